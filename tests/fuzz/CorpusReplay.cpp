// The short regression pass of a fuzz target, built into every test build (no clang needed): feeds
// every file below the target's checked-in corpus (tests/fuzz/<target>/, regressions included) to
// LLVMFuzzerTestOneInput once, as libFuzzer would. A crash, a sanitizer report or a failed FUZZ_CHECK
// ends the process abnormally and so fails the test.

#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList roots;
    for (int i = 1; i < argc; ++i)
        roots << QString::fromLocal8Bit(argv[i]);
    if (roots.isEmpty())
        roots << QStringLiteral(FLEXO_FUZZ_CORPUS);

    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        if (QFileInfo(root).isFile()) {
            files << root;
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "no corpus files under %s\n", qPrintable(roots.join(QStringLiteral(", "))));
        return 1;
    }

    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        std::fflush(stderr);
        // A buffer of exactly the input's size, as libFuzzer passes it, so that a sanitizer sees a read
        // past its end.
        const std::unique_ptr<uint8_t[]> copy(new uint8_t[size_t(data.size())]);
        if (!data.isEmpty())
            std::memcpy(copy.get(), data.constData(), size_t(data.size()));
        LLVMFuzzerTestOneInput(copy.get(), size_t(data.size()));
    }
    std::fprintf(stderr, "%lld inputs, none failed\n", static_cast<long long>(files.size()));
    return 0;
}
