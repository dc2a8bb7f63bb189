#include "cli/ExportCommand.h"

#include "cli/CommandLine.h"
#include "cli/KeychainAccess.h"
#include "cli/OutputFile.h"
#include "common/Redaction.h"
#include "config/ConfigFile.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace flexo::cli {

QString ExportCommand::description() const
{
    return tr("Writes the connector config for the FlexO server to FILE. Without --include-secret the file "
              "holds no secret; FlexO then needs the secret entered separately. With it, the secret is read "
              "from the keychain entry of the config's cloud, tenant and client (or --secret-stdin, or "
              "FLEXO_CLIENT_SECRET) and the file is made readable by you only.");
}

bool ExportCommand::parseOptions(const QStringList &arguments, ExportOptions *options, bool *helpShown)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("The connector config to export."),
                                 QStringLiteral("CONFIG"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption includeSecret(QStringLiteral("include-secret"),
                                           tr("Write the client secret into the file (mode 0600)."));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("With --include-secret: read the secret from standard input instead of the keychain."));
    parser.addOptions({output, includeSecret, secretStdin});
    if (!parse(parser, arguments, helpShown))
        return false;
    if (*helpShown)
        return true;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(tr("Name exactly one config to export."));
        return false;
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        printUsageError(tr("Say where to write the export with --output FILE."));
        return false;
    }
    if (parser.isSet(secretStdin) && !parser.isSet(includeSecret)) {
        printUsageError(tr("--secret-stdin only makes sense with --include-secret."));
        return false;
    }
    options->configPath = parser.positionalArguments().constFirst();
    options->outputPath = parser.value(output);
    options->includeSecret = parser.isSet(includeSecret);
    options->secretFromStdin = parser.isSet(secretStdin);
    if (QFileInfo(options->configPath).absoluteFilePath() ==
        QFileInfo(options->outputPath).absoluteFilePath()) {
        printUsageError(tr("The export would replace the config it is made from; choose another --output."));
        return false;
    }
    return true;
}

int ExportCommand::execute(const QStringList &arguments)
{
    ExportOptions options;
    bool helpShown = false;
    if (!parseOptions(arguments, &options, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    const QString &source = options.configPath;
    const QString &target = options.outputPath;

    Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(source);
    if (!loaded.ok()) {
        m_err << loaded.error().userText() << '\n' << Qt::flush;
        return ExitUsage;
    }
    ConnectorConfig config = loaded.value().config;
    SaveOptions saveOptions;
    saveOptions.forExport = true;
    if (options.includeSecret) {
        QString secret;
        QString secretSource;
        if (!readProvidedSecret(options.secretFromStdin, &secret, &secretSource))
            return ExitUsage;
        if (secret.isEmpty())
            secret = loaded.value().fileSecret;
        if (secret.isEmpty()) {
            // Only the entry bound to this config's cloud, tenant and client: never one a file names.
            KeychainSecretStore store;
            SecretKeeper keeper(&store);
            const SecretKeeper::Lookup lookup = KeychainAccess(&keeper).read(config);
            if (!lookup.found()) {
                m_err << tr("The secret could not be read from the keychain, so nothing was written.") << '\n'
                      << lookup.error.userText() << '\n'
                      << tr("Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET instead.") << '\n'
                      << Qt::flush;
                return ExitUsage;
            }
            secret = lookup.secret;
        }
        config.secret = secret;
        saveOptions.includeSecret = true;
    } else {
        // The secrets this run knows (the file's own, one given with FLEXO_CLIENT_SECRET, one read from
        // a keychain) must not leave under another key.
        if (Error copy = ConfigFile::refuseSecretCopies(ConfigFile::toJson(config, saveOptions),
                                                        QStringList{loaded.value().fileSecret} +
                                                            registeredSensitiveValues())) {
            m_err << copy.userText() << '\n' << Qt::flush;
            return ExitUsage;
        }
        config.secret.clear();
    }

    const QByteArray data = ConfigFile::serialize(config, saveOptions);
    config.secret.fill(QLatin1Char('\0'));
    const Error error = OutputFile::write(target, data, saveOptions.includeSecret);
    if (error) {
        m_err << error.userText() << '\n' << Qt::flush;
        return ExitUsage;
    }
    if (saveOptions.includeSecret) {
        m_err << tr("Warning: %1 holds the client secret in plain text. It is readable by you only; hand it "
                    "over on a safe channel, import it on the FlexO server, then delete it.")
                     .arg(target)
              << '\n';
    }
    m_out << tr("Exported %1 to %2.").arg(source, target) << '\n';
    m_out.flush();
    m_err.flush();
    return ExitOk;
}

} // namespace flexo::cli
