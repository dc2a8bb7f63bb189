#include "common/ChildProcess.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace flexo {

namespace {

bool isPassedOn(const QString &name)
{
    static const QStringList names = {QStringLiteral("PATH"),
                                      QStringLiteral("HOME"),
                                      QStringLiteral("USER"),
                                      QStringLiteral("LOGNAME"),
                                      QStringLiteral("SHELL"),
                                      QStringLiteral("LANG"),
                                      QStringLiteral("LANGUAGE"),
                                      QStringLiteral("TZ"),
                                      QStringLiteral("TMPDIR"),
                                      QStringLiteral("DISPLAY"),
                                      QStringLiteral("WAYLAND_DISPLAY"),
                                      QStringLiteral("XAUTHORITY"),
                                      QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                      QStringLiteral("DESKTOP_SESSION"),
                                      QStringLiteral("KDE_FULL_SESSION"),
                                      QStringLiteral("KDE_SESSION_VERSION"),
                                      QStringLiteral("GNOME_DESKTOP_SESSION_ID"),
                                      QStringLiteral("http_proxy"),
                                      QStringLiteral("https_proxy"),
                                      QStringLiteral("no_proxy"),
                                      QStringLiteral("all_proxy"),
                                      QStringLiteral("HTTP_PROXY"),
                                      QStringLiteral("HTTPS_PROXY"),
                                      QStringLiteral("NO_PROXY"),
                                      QStringLiteral("ALL_PROXY")};
    return names.contains(name) || name.startsWith(QLatin1String("LC_")) ||
           name.startsWith(QLatin1String("XDG_"));
}

#ifdef Q_OS_UNIX
// Closes every descriptor from `from` on except `keep`. Only async-signal-safe calls: runs after fork().
void closeDescriptorsFrom(int from, int keep, int maxFd)
{
#ifdef SYS_close_range
    const bool below =
        keep <= from || ::syscall(SYS_close_range, unsigned(from), unsigned(keep - 1), 0u) == 0;
    if (below && ::syscall(SYS_close_range, unsigned(qMax(keep + 1, from)), ~0u, 0u) == 0)
        return;
#endif
    for (int fd = from; fd < maxFd; ++fd) {
        if (fd != keep)
            ::close(fd);
    }
}
#endif

} // namespace

QStringList ChildProcess::cleanEnvironment()
{
    QStringList environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &name : keys) {
        if (isPassedOn(name))
            environment << name + QLatin1Char('=') + system.value(name);
    }
    return environment;
}

bool ChildProcess::startDetached(const QString &program, const QStringList &arguments,
                                 const QStringList &environment, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString resolved =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (resolved.isEmpty())
        return fail(tr("%1 was not found.").arg(program));
#ifdef Q_OS_UNIX
    // Everything the child needs is prepared before fork(): after it only async-signal-safe calls.
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    const size_t argumentCount = storage.size();
    for (const QString &entry : environment)
        storage.push_back(entry.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (size_t i = 0; i < storage.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    const QByteArray path = QFile::encodeName(resolved);
    rlimit limit = {};
    const int maxFd = (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
                          ? int(qMin<rlim_t>(limit.rlim_cur, 65536))
                          : 65536;

    // The grandchild reports a failed exec() through this pipe; a successful one closes it (CLOEXEC).
    int status[2] = {-1, -1};
    if (::pipe2(status, O_CLOEXEC) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (status[1] <= STDERR_FILENO) { // standard streams closed: keep the pipe out of their way
        const int moved = ::fcntl(status[1], F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
        ::close(status[1]);
        status[1] = moved;
    }

    const pid_t child = ::fork();
    if (child < 0) {
        const int forkError = errno;
        ::close(status[0]);
        ::close(status[1]);
        return fail(QString::fromLocal8Bit(std::strerror(forkError)));
    }
    if (child == 0) {
        // The intermediate process: a new session, then the real child, then gone, so the browser is
        // adopted by init and never becomes this process's zombie.
        ::setsid();
        const pid_t grandchild = ::fork();
        if (grandchild != 0)
            ::_exit(grandchild < 0 ? 1 : 0);
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        struct sigaction defaults = {};
        defaults.sa_handler = SIG_DFL;
        for (const int sig : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            ::sigaction(sig, &defaults, nullptr);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, STDIN_FILENO);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
        }
        closeDescriptorsFrom(STDERR_FILENO + 1, status[1], maxFd);
        ::execve(path.constData(), argv.data(), envp.data());
        const int execError = errno;
        [[maybe_unused]] const ssize_t written = ::write(status[1], &execError, sizeof execError);
        ::_exit(127);
    }
    ::close(status[1]);
    int childStatus = 0;
    while (::waitpid(child, &childStatus, 0) < 0 && errno == EINTR) {
    }
    int execError = 0;
    ssize_t got = 0;
    do {
        got = ::read(status[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    ::close(status[0]);
    if (!WIFEXITED(childStatus) || WEXITSTATUS(childStatus) != 0)
        return fail(tr("The process could not be started."));
    if (got > 0)
        return fail(QString::fromLocal8Bit(std::strerror(execError)));
    return true;
#else
    QProcess process;
    process.setProgram(resolved);
    process.setArguments(arguments);
    QProcessEnvironment clean;
    for (const QString &entry : environment)
        clean.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(clean);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        return fail(process.errorString());
    return true;
#endif
}

} // namespace flexo
