#include "common/LogFile.h"

#include "common/Redaction.h"
#include "common/SafeFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace flexo {

namespace {

constexpr qint64 kMaxSize = 1024 * 1024;

struct LogState
{
    QMutex mutex;
    QFile file;
    LogFile::Echo echo = LogFile::Echo::WarningsAndAbove;
};

// Never destroyed: messages can still arrive while static objects are torn down at exit.
LogState &state()
{
    static auto *instance = new LogState;
    return *instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}

bool echoes(LogFile::Echo echo, QtMsgType type)
{
    switch (echo) {
    case LogFile::Echo::Everything:
        return true;
    case LogFile::Echo::WarningsAndAbove:
        return type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    case LogFile::Echo::Nothing:
        return type == QtFatalMsg;
    }
    return true;
}

// Opens `file` (its name already set) for appending; a new file is created 0600 from the first byte,
// and a symbolic link in its place is refused.
bool openPrivate(QFile &file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file.fileName()).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
#endif
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    // An older file may have been made with other rights.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void rotateIfLarge(QFile &file)
{
    if (file.size() < kMaxSize)
        return;
    const QString path = file.fileName();
    file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    file.setFileName(path);
    openPrivate(file);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &log = state();
    // One entry is one line, and nothing from outside (a server's text, a file's value) can forge
    // another entry, drive the terminal or carry a registered secret into the log.
    const QString safe = plainText(scrub(message), TextLines::Single);
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levelName(type) + ' ' + category + ": " + safe.toUtf8() + '\n';
    {
        QMutexLocker locker(&log.mutex);
        if (log.file.isOpen()) {
            log.file.write(line);
            log.file.flush();
            rotateIfLarge(log.file);
        }
    }
    if (echoes(log.echo, type) || !log.file.isOpen()) {
        const QByteArray shown = category + ": " + safe.toLocal8Bit() + '\n';
        std::fwrite(shown.constData(), 1, static_cast<size_t>(shown.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString LogFile::install(const QString &directory, Echo echo)
{
    LogState &log = state();
    QString path;
    {
        QMutexLocker locker(&log.mutex);
        log.echo = echo;
        if (!directory.isEmpty() && !SafeFile::makePrivateDirectory(directory)) {
            log.file.close();
            log.file.setFileName(QDir(directory).filePath(fileName()));
            if (openPrivate(log.file))
                path = log.file.fileName();
        }
    }
    qInstallMessageHandler(handleMessage);
    return path;
}

} // namespace flexo
