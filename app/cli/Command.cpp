#include "cli/Command.h"

#include "cli/CommandLine.h"
#include "cli/Terminal.h"
#include "common/EnvironmentSecret.h"
#include "common/Redaction.h"
#include "config/ConfigRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace flexo::cli {

namespace {

// Options that would carry the secret itself. They are refused before parsing so that the value
// is never echoed back in an "unknown option" message.
bool isSecretArgument(const QString &argument)
{
    static const QStringList names = {QStringLiteral("--secret"), QStringLiteral("--client-secret"),
                                      QStringLiteral("--password"), QStringLiteral("-s")};
    for (const QString &name : names) {
        if (argument == name || argument.startsWith(name + QLatin1Char('=')))
            return true;
    }
    // "-sVALUE", the value attached as short options often take it (mysql -pPASSWORD). Single-dash
    // words are long options here, and "-secret-stdin" is the only one that starts with 's'.
    return argument.startsWith(QLatin1String("-s")) && !argument.startsWith(QLatin1String("-secret-stdin"));
}

} // namespace

Command::Command(QTextStream &out, QTextStream &err, QIODevice *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

Command::~Command() = default;

void Command::printUsageError(const QString &message)
{
    m_err << message << '\n'
          << CliText::tr("Run 'flexo-teams-setup %1 --help' for usage.").arg(name()) << '\n';
    m_err.flush();
}

bool Command::readProvidedSecret(bool fromStdin, QString *secret, QString *source)
{
    secret->clear();
    source->clear();
    if (fromStdin) {
        if (m_in) {
            *secret = rules::normalizeSecret(QString::fromUtf8(m_in->readLine()));
        } else {
            if (Terminal::stdinIsTerminal())
                m_err << CliText::tr("Client secret (input hidden): ") << Qt::flush;
            *secret = rules::normalizeSecret(Terminal::readLine(/*hideInput=*/true));
        }
        registerSensitiveValue(*secret);
        if (secret->isEmpty()) {
            printUsageError(CliText::tr(
                "--secret-stdin was given, but the first line of standard input held no secret."));
            return false;
        }
        *source = QStringLiteral("stdin");
        return true;
    }
    *secret = rules::normalizeSecret(EnvironmentSecret::take());
    if (!secret->isEmpty())
        *source = QStringLiteral("environment");
    return true;
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, bool *helpShown)
{
    *helpShown = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (isSecretArgument(argument)) {
            printUsageError(CliText::tr(
                "The client secret cannot be given as an argument: other users of this machine can read "
                "command lines in the process list, and the shell keeps them in its history. Pipe it with "
                "--secret-stdin, set FLEXO_CLIENT_SECRET, or keep it in the keychain (the wizard or `import` "
                "saves it there)."));
            return false;
        }
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printUsageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        *helpShown = true;
        m_out << CliText::tr("Usage: flexo-teams-setup %1").arg(name());
        const QString positional =
            parser.helpText().section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 2);
        m_out << ' ' << positional << "\n\n" << description() << "\n\n";
        m_out << parser.helpText().section(QLatin1Char('\n'), 1).trimmed() << '\n';
        m_out.flush();
    }
    return true;
}

} // namespace flexo::cli
