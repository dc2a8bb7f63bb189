#pragma once

#include "CliProcess.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>

namespace flexo::test {

// Runs the command line in this process, on buffers, as the executable runs it: the same entry point
// (flexo::cli::run), environment variables set for the one run, standard input given by the test.
// Faster than starting the executable, and a failure shows the command's own stack. Tests that need
// the process itself (no display, signals, a browser it starts) use CliProcess.
class InProcessCli
{
public:
    using Outcome = CliProcess::Outcome;

    InProcessCli();

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.insert(name, std::nullopt); }
    void setStdin(const QByteArray &data) { m_stdin = data; }

    // `timeoutMs` is accepted for the same calls as CliProcess; the command's own --timeout applies.
    Outcome run(const QStringList &arguments, int timeoutMs = 60000);

private:
    QHash<QString, std::optional<QString>> m_env;
    QByteArray m_stdin;
};

} // namespace flexo::test
