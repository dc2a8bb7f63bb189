#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace flexo::test {

// Runs the real flexo-teams-setup executable, as a support engineer's shell would: no standard input
// unless the test gives one, the test's private HOME, and extra environment variables on request.
class CliProcess
{
public:
    struct Outcome
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
        [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
        [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
        [[nodiscard]] QByteArray all() const { return out + err; }
    };

    CliProcess();

    [[nodiscard]] static QString program();
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    void setStdin(const QByteArray &data)
    {
        m_stdin = data;
        m_hasStdin = true;
    }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }

    Outcome run(const QStringList &arguments, int timeoutMs = 60000);
    // Starts without waiting (for tests that signal the process while it runs).
    void startProcess(QProcess &process, const QStringList &arguments);

private:
    QProcessEnvironment m_env;
    QByteArray m_stdin;
    bool m_hasStdin = false;
    QString m_workingDirectory;
};

} // namespace flexo::test
