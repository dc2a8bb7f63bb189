#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;
class QTextStream;

namespace flexo::cli {

// The command line's own words (usage, help, errors before a command runs), in one translation context.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli)
};

// Exit codes of the command line, as the README lists them.
enum ExitCode : int {
    ExitOk = 0,          // every check passed (warnings allowed)
    ExitCheckFailed = 1, // a check failed
    ExitUsage = 2,       // usage error or unreadable config
    ExitInterrupted = 3, // interrupted or timed out
    ExitIncomplete = 4,  // nothing failed, but a check that matters could not run (Verification)
};

// True when the arguments ask for the command line rather than the wizard.
[[nodiscard]] bool isCommandLineInvocation(const QStringList &arguments);

// Runs the command line. `arguments` includes the program name. Output goes to the given streams
// only, and `in` (when given) replaces standard input, so tests can run commands in-process. Needs a
// QCoreApplication; returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in = nullptr);

} // namespace flexo::cli
