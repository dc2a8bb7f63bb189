#include "CliProcess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace flexo::test {

CliProcess::CliProcess()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    // A developer's own secret must not leak into the tests, nor the tests' into a run.
    m_env.remove(QStringLiteral("FLEXO_CLIENT_SECRET"));
    m_env.remove(QStringLiteral("BROWSER"));
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

QString CliProcess::program()
{
    return QStringLiteral(FLEXO_BINARY_DIR "/flexo-teams-setup");
}

CliProcess::Outcome CliProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    startProcess(process, arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000))
        return outcome;
    if (m_hasStdin) {
        process.write(m_stdin);
        process.closeWriteChannel();
    }
    // Spin the test's event loop while waiting: the fake cloud runs in this process and must answer.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        outcome.crashed = true;
    }
    outcome.exitCode = process.exitCode();
    outcome.crashed = outcome.crashed || process.exitStatus() != QProcess::NormalExit;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

void CliProcess::startProcess(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(m_env);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    if (!m_hasStdin)
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program(), arguments);
}

} // namespace flexo::test
