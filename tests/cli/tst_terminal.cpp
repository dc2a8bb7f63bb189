// The command line's standard-input reader, in process: a signal that interrupts the read is not the
// end of the input.
#include "cli/Terminal.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using flexo::cli::Terminal;

namespace {

std::atomic<bool> g_signalled{false};

void onSignal(int)
{
    g_signalled = true;
}

// Whether thread `tid` of this process is inside read(2) right now.
bool inRead(pid_t tid)
{
    QFile file(QStringLiteral("/proc/self/task/%1/syscall").arg(tid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().startsWith(QByteArray(QByteArray::number(SYS_read) + ' '));
}

template<typename Condition> bool waitFor(Condition condition)
{
    for (int i = 0; i < 1000; ++i) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

} // namespace

class TestTerminal : public QObject
{
    Q_OBJECT

private slots:
    void readGoesOnAfterASignal();
};

void TestTerminal::readGoesOnAfterASignal()
{
    int pipeFds[2];
    QCOMPARE(::pipe(pipeFds), 0);
    const int savedStdin = ::dup(STDIN_FILENO);
    QVERIFY(::dup2(pipeFds[0], STDIN_FILENO) == STDIN_FILENO);
    ::close(pipeFds[0]);
    // A handler without SA_RESTART: the read is interrupted with EINTR, as under a terminal resize
    // or a job-control signal with a handler.
    struct sigaction action = {};
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    struct sigaction previous = {};
    ::sigaction(SIGUSR1, &action, &previous);

    const pthread_t reader = ::pthread_self();
    const pid_t readerTid = pid_t(::syscall(SYS_gettid));
    std::thread helper([&] {
        waitFor([&] { return inRead(readerTid); });
        ::pthread_kill(reader, SIGUSR1);
        waitFor([] { return g_signalled.load(); });
        // Written once the reader is back in read(2), or has given up.
        waitFor([&] { return inRead(readerTid); });
        [[maybe_unused]] const auto written = ::write(pipeFds[1], "after-signal\n", 13);
        ::close(pipeFds[1]);
    });
    const QString line = Terminal::readLine(/*hideInput=*/false);
    helper.join();

    ::sigaction(SIGUSR1, &previous, nullptr);
    ::dup2(savedStdin, STDIN_FILENO);
    ::close(savedStdin);
    QVERIFY(g_signalled.load());
    QCOMPARE(line, QStringLiteral("after-signal"));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
