#include "cli/CommandLine.h"

#include "cli/DiagnoseCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/RotateCommand.h"
#include "cli/SafeOutput.h"
#include "cli/ShowCommand.h"
#include "cli/Terminal.h"
#include "cli/ValidateCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace flexo::cli {

namespace {

QString helpText()
{
    return CliText::tr("Usage: flexo-teams-setup [COMMAND] [OPTIONS]\n"
                       "\n"
                       "Sets up and checks the Microsoft Teams connector of a FlexO server.\n"
                       "Without a command, the setup wizard opens.\n"
                       "\n"
                       "Commands:\n"
                       "  diagnose [CONFIG...] [--interactive]\n"
                       "           [--format text|json|markdown|html|nagios|prometheus]\n"
                       "           [--output FILE] [--timeout SECONDS] [--secret-stdin] [--redact-users]\n"
                       "           [--jobs N] [--keep-sign-in | --forget-sign-in]\n"
                       "                         run the checks of one or more connector configs\n"
                       "  validate CONFIG...     check the configs' values without using the network\n"
                       "  export CONFIG --output FILE [--include-secret]\n"
                       "                         write the config for the FlexO server\n"
                       "  import FILE [--output CONFIG]\n"
                       "                         read a FlexO config; its secret goes to the keychain\n"
                       "  show CONFIG [--reveal] print the values for FlexO's Teams integration form\n"
                       "  rotate CONFIG --expires DATE\n"
                       "                         replace the client secret (new one on standard input)\n"
                       "\n"
                       "The client secret is read from the keychain entry of the config's cloud,\n"
                       "tenant and client, from standard input (--secret-stdin) or from\n"
                       "FLEXO_CLIENT_SECRET (for one app registration at a time), never from an\n"
                       "argument. 'flexo-teams-setup COMMAND --help' describes a command.\n"
                       "\n"
                       "Options:\n"
                       "  -h, --help             show this help and exit\n"
                       "  -v, --version          show the version and exit\n"
                       "\n"
                       "Wizard options (without a command):\n"
                       "  --custom-cloud URL     start with the Custom cloud, sign-in and Graph at URL\n"
                       "  --dark                 use a dark colour scheme\n"
                       "  CONFIG                 open the diagnose window for CONFIG instead\n"
                       "\n"
                       "Exit codes: 0 all checks passed (warnings allowed), 1 a check failed,\n"
                       "2 usage error or unreadable config, 3 interrupted or timed out,\n"
                       "4 incomplete (nothing failed, but not everything could be checked).\n");
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    static const QStringList verbs = {
        QStringLiteral("diagnose"),  QStringLiteral("validate"), QStringLiteral("export"),
        QStringLiteral("import"),    QStringLiteral("--help"),   QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v"),       QStringLiteral("help")};
    static const QStringList handoverVerbs = {QStringLiteral("show"), QStringLiteral("rotate")};
    return verbs.contains(arguments.at(1)) || handoverVerbs.contains(arguments.at(1));
}

namespace {

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in,
               bool outIsTerminal)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << helpText();
        return ExitOk;
    }
    const QStringList commandArguments = arguments.mid(1);
    std::unique_ptr<Command> command;
    if (first == QLatin1String("diagnose"))
        command = std::make_unique<DiagnoseCommand>(out, err, in);
    else if (first == QLatin1String("validate"))
        command = std::make_unique<ValidateCommand>(out, err, in);
    else if (first == QLatin1String("export"))
        command = std::make_unique<ExportCommand>(out, err, in);
    else if (first == QLatin1String("import"))
        command = std::make_unique<ImportCommand>(out, err, in);
    else if (first == QLatin1String("show"))
        command = std::make_unique<ShowCommand>(out, err, in, outIsTerminal);
    else if (first == QLatin1String("rotate"))
        command = std::make_unique<RotateCommand>(out, err, in);
    if (command)
        return command->execute(commandArguments);
    err << CliText::tr("Unknown command: %1").arg(first) << '\n'
        << CliText::tr("Run 'flexo-teams-setup --help' for usage.") << '\n';
    return ExitUsage;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice *in)
{
    // Everything a command prints passes the one filter for text from outside (file values, server
    // texts, arguments): nothing reaches the terminal that could drive it.
    SafeOutput safeOut(out);
    SafeOutput safeErr(err);
    QTextStream cleanOut(&safeOut);
    QTextStream cleanErr(&safeErr);
    // Whether the real stream is a terminal: `show --reveal` prints the secret only there.
    const int code = runCommand(arguments, cleanOut, cleanErr, in, Terminal::isTerminal(out));
    cleanOut.flush();
    cleanErr.flush();
    return code;
}

} // namespace flexo::cli
