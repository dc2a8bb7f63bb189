#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace flexo {

// Writes files that other users of the machine must not read or redirect: a config, an export with
// the client secret, a report. The file is written under a temporary name created with O_EXCL and
// O_NOFOLLOW (mode 0600 from the first byte for a private file, whatever the umask), then renamed over
// the target, so a reader never sees half a file and the previous one is replaced only when the new
// one is complete. Refused with a message, before anything is written:
//  - a target that is a symbolic link (a planted link would make the tool overwrite its target),
//    or that exists and is not a regular file;
//  - for a private file, a folder that other users may write to without the sticky bit (they could
//    swap the file or its temporary one).
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    enum class Access {
        Private, // 0600: holds a secret or a configuration
        Shared,  // the umask's mode: a report
    };

    // Error codes: file.symlink, file.not-regular, file.shared-folder, file.write-failed.
    [[nodiscard]] static Error write(const QString &path, const QByteArray &data, Access access);

    // Creates `path` and every missing parent with mode 0700 (existing folders are left as they are).
    // Error code: file.folder-failed.
    [[nodiscard]] static Error makePrivateDirectory(const QString &path);
};

} // namespace flexo
