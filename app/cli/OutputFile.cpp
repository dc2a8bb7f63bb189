#include "cli/OutputFile.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QSaveFile>

namespace flexo::cli {

Error OutputFile::write(const QString &path, const QByteArray &data, bool privateFile)
{
    QSaveFile file(path);
    const auto fail = [&path, &file] {
        return Error::make(
            QStringLiteral("cli.output.write"),
            QCoreApplication::translate("flexo::cli", "Could not write %1: %2.")
                .arg(path, file.errorString()),
            QCoreApplication::translate("flexo::cli", "The folder may not exist or may not be writable."),
            QCoreApplication::translate("flexo::cli", "Choose another --output path."),
            QStringLiteral("QSaveFile failed for %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // Restrict before the first byte is written, so the secret is never readable by others.
    if (privateFile && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail();
    }
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return fail();
    }
    if (!file.commit())
        return fail();
    return {};
}

} // namespace flexo::cli
