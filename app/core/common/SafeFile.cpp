#include "common/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace flexo {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
#endif

} // namespace

Error SafeFile::write(const QString &path, const QByteArray &data, Access access)
{
    const auto failed = [&path](const QString &reason, const QString &detail) {
        return Error::make(QStringLiteral("file.write-failed"), tr("Could not write %1.").arg(shown(path)),
                           reason,
                           tr("Check that the folder exists, that you may write to it and that the disk "
                              "is not full, or choose another file."),
                           QStringLiteral("writing %1: %2").arg(path, detail));
    };
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat target = {};
    if (::lstat(native.constData(), &target) == 0) {
        if (S_ISLNK(target.st_mode)) {
            return Error::make(QStringLiteral("file.symlink"),
                               tr("%1 is a symbolic link; nothing was written.").arg(shown(path)),
                               tr("Writing through a link could overwrite another file, and someone may have "
                                  "placed it there "
                                  "on purpose."),
                               tr("Choose a path that is not a link, or remove the link first."),
                               QStringLiteral("refused to write through symlink %1").arg(path));
        }
        if (!S_ISREG(target.st_mode)) {
            return Error::make(
                QStringLiteral("file.not-regular"),
                tr("%1 exists and is not a regular file; nothing was written.").arg(shown(path)),
                tr("A folder, device or pipe has that name."), tr("Choose another file name."),
                QStringLiteral("refused to replace non-regular %1").arg(path));
        }
    } else if (errno != ENOENT) {
        return failed(systemError(errno), QStringLiteral("lstat: %1").arg(systemError(errno)));
    }

    const QString folder = QFileInfo(path).absolutePath();
    struct stat dir = {};
    if (::stat(QFile::encodeName(folder).constData(), &dir) != 0)
        return failed(tr("Its folder %1 does not exist or cannot be read.").arg(shown(folder)),
                      QStringLiteral("stat folder: %1").arg(systemError(errno)));
    if (access == Access::Private && (dir.st_mode & (S_IWGRP | S_IWOTH)) && !(dir.st_mode & S_ISVTX)) {
        return Error::make(
            QStringLiteral("file.shared-folder"),
            tr("%1 holds private data and is not written into %2: other users may change that folder.")
                .arg(shown(path), shown(folder)),
            tr("The folder is writable by its group or by everyone, without the sticky bit, so another "
               "user could replace or redirect the file."),
            tr("Write it into a folder only you can change (for example your home folder)."),
            QStringLiteral("refused: folder %1 mode %2 is group/world-writable without sticky bit")
                .arg(folder)
                .arg(dir.st_mode & 07777, 4, 8, QLatin1Char('0')));
    }

    // A fresh name that nobody can have prepared: O_EXCL refuses an existing one, O_NOFOLLOW a link.
    const mode_t mode = access == Access::Private ? 0600 : 0666;
    QString temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = folder + QStringLiteral("/.") + QFileInfo(path).fileName() + QStringLiteral(".tmp-") +
                    QString::number(QRandomGenerator::system()->generate64(), 36);
        fd = ::open(QFile::encodeName(temporary).constData(),
                    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST)
            return failed(systemError(errno), QStringLiteral("create temporary: %1").arg(systemError(errno)));
    }
    if (fd < 0)
        return failed(tr("No temporary file could be created next to it."),
                      QStringLiteral("no temporary name"));
    const QByteArray nativeTemporary = QFile::encodeName(temporary);
    const bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeError = errno;
    if (::close(fd) != 0 || !written) {
        ::unlink(nativeTemporary.constData());
        return failed(systemError(writeError), QStringLiteral("write: %1").arg(systemError(writeError)));
    }
    // rename() replaces the directory entry itself: a link planted meanwhile is replaced, never followed.
    if (::rename(nativeTemporary.constData(), native.constData()) != 0) {
        const int renameError = errno;
        ::unlink(nativeTemporary.constData());
        return failed(systemError(renameError), QStringLiteral("rename: %1").arg(systemError(renameError)));
    }
    return {};
#else
    Q_UNUSED(access)
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return failed(file.errorString(), file.errorString());
    return {};
#endif
}

Error SafeFile::makePrivateDirectory(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return {};
    // The missing folders, outermost first, each created 0700 from the start.
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at) && at != QFileInfo(at).path();
         at = QFileInfo(at).path())
        missing.prepend(at);
    for (const QString &folder : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
            const QString reason = systemError(errno);
#else
        if (!QDir().mkdir(folder)) {
            const QString reason = tr("It could not be created.");
#endif
            return Error::make(QStringLiteral("file.folder-failed"),
                               tr("The folder %1 could not be created.").arg(shown(folder)), reason,
                               tr("Check that you may write to its parent folder."),
                               QStringLiteral("mkdir %1: %2").arg(folder, reason));
        }
    }
    return {};
}

} // namespace flexo
