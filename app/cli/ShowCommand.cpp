#include "cli/ShowCommand.h"

#include "cli/CommandLine.h"
#include "cli/KeychainAccess.h"
#include "common/Redaction.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/FlexoHandover.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace flexo::cli {

ShowCommand::ShowCommand(QTextStream &out, QTextStream &err, QIODevice *in, bool outIsTerminal)
    : Command(out, err, in)
    , m_outIsTerminal(outIsTerminal)
{}

QString ShowCommand::description() const
{
    return tr("Prints the values to enter in FlexO's Teams integration form, under the form's own field "
              "names: Tenant ID, Application ID, Application Secret Key, Redirection URL and Lifecycle URL. "
              "The secret is printed only with --reveal, and only when standard output is a terminal; it is "
              "read from the config file (an export that holds it) or the keychain entry of the config's "
              "cloud, tenant and client.");
}

int ShowCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("The connector config to show."),
                                 QStringLiteral("CONFIG"));
    const QCommandLineOption reveal(
        QStringLiteral("reveal"),
        tr("Print the client secret too (only to a terminal, never to a pipe or file)."));
    parser.addOption(reveal);
    bool helpShown = false;
    if (!parse(parser, arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(tr("Name exactly one config to show."));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
    if (!loaded.ok()) {
        m_err << loaded.error().userText() << '\n' << Qt::flush;
        return ExitUsage;
    }
    const ConnectorConfig &config = loaded.value().config;

    int code = ExitOk;
    QString secret;
    QString secretNote;
    if (parser.isSet(reveal) && !m_outIsTerminal) {
        secretNote = tr("(not printed: standard output is not a terminal)");
        m_err
            << tr("The client secret is printed only to a terminal, never into a pipe or a file. Run the "
                  "command in a terminal without redirecting its output, or copy the secret from the wizard "
                  "or the diagnose window.")
            << '\n';
        code = ExitUsage;
    } else if (parser.isSet(reveal)) {
        secret = loaded.value().fileSecret;
        if (secret.isEmpty()) {
            KeychainSecretStore store;
            SecretKeeper keeper(&store);
            const SecretKeeper::Lookup lookup = KeychainAccess(&keeper).read(config);
            if (lookup.found()) {
                secret = lookup.secret;
            } else {
                m_err << tr("The client secret could not be read from the keychain.") << '\n'
                      << lookup.error.userText() << '\n';
                secretNote = tr("(not available)");
                code = ExitUsage;
            }
        }
    } else {
        secretNote = tr("(add --reveal to print it on a terminal)");
    }

    m_out << tr("Values for FlexO's Teams integration form (%1):").arg(path) << "\n\n";
    const QList<HandoverField> fields = FlexoHandover::fields(config);
    int width = 0;
    for (const HandoverField &field : fields)
        width = qMax(width, int(field.name.size()));
    for (const HandoverField &field : fields) {
        QString value = field.value;
        if (field.isSecret()) {
            value = secret.isEmpty()
                        ? FlexoHandover::secretPlaceholder(config) + QLatin1Char(' ') + secretNote
                        : secret;
        } else if (value.isEmpty()) {
            value = tr("(not set)");
        }
        m_out << "  " << field.name.leftJustified(width + 2) << value << '\n';
    }
    m_out << '\n' << FlexoHandover::reminder() << '\n';
    secret.fill(QLatin1Char('\0'));
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace flexo::cli
