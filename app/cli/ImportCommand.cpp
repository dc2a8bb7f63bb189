#include "cli/ImportCommand.h"

#include "cli/CommandLine.h"
#include "cli/KeychainAccess.h"
#include "common/SafeFile.h"
#include "config/ConfigFile.h"
#include "config/ConfigPaths.h"
#include "config/ConfigRules.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace flexo::cli {

QString ImportCommand::description() const
{
    return tr("Reads a connector config file and checks it. When it holds the client secret, the secret is "
              "stored in the keychain and the config is written without it. Without --output, the config "
              "of this machine is replaced (the previous one is kept as .bak). A file that fails the checks "
              "changes nothing.");
}

bool ImportCommand::parseOptions(const QStringList &arguments, ImportOptions *options, bool *helpShown)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The config file to import."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Where to write the config (default: this machine's config)."),
                                    QStringLiteral("CONFIG"));
    parser.addOption(output);
    if (!parse(parser, arguments, helpShown))
        return false;
    if (*helpShown)
        return true;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(tr("Name exactly one file to import."));
        return false;
    }
    options->sourcePath = parser.positionalArguments().constFirst();
    options->outputPath = parser.value(output);
    return true;
}

int ImportCommand::execute(const QStringList &arguments)
{
    ImportOptions options;
    bool helpShown = false;
    if (!parseOptions(arguments, &options, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    const QString source = options.sourcePath;
    QString target = options.outputPath;
    if (target.isEmpty())
        target = ConfigPaths::defaultConfigFile();

    const QString nothingChanged = tr("Nothing was changed.");
    Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(source);
    if (!loaded.ok()) {
        m_err << loaded.error().userText() << '\n' << nothingChanged << '\n' << Qt::flush;
        return ExitUsage;
    }
    ConnectorConfig config = loaded.value().config;
    config.secret = loaded.value().fileSecret;
    const bool holdsSecret = !config.secret.isEmpty();
    bool invalid = false;
    for (const RuleResult &finding : rules::checkConfig(config, QDate::currentDate(), holdsSecret)) {
        if (finding.severity == RuleSeverity::Ok || finding.severity == RuleSeverity::Note)
            continue;
        invalid = invalid || finding.isError();
        m_err << source << ": " << (finding.isError() ? tr("error") : tr("warning")) << " [" << finding.field
              << "] " << finding.message << '\n';
    }
    if (invalid) {
        m_err << tr("%1 was not imported because of the errors above. %2").arg(source, nothingChanged) << '\n'
              << Qt::flush;
        return ExitCheckFailed;
    }
    // Created readable by the user only: the config names where its secret lives.
    if (SafeFile::makePrivateDirectory(QFileInfo(target).absolutePath())) {
        m_err << tr("The folder of %1 could not be created. %2").arg(target, nothingChanged) << '\n'
              << Qt::flush;
        return ExitUsage;
    }

    KeychainEntry entry;
    if (holdsSecret) {
        KeychainSecretStore store;
        SecretKeeper keeper(&store);
        const Error error = KeychainAccess(&keeper).write(config, config.secret, &entry);
        if (error) {
            m_err
                << tr("The client secret could not be stored in the keychain, so the config was not written "
                      "(it would not work without its secret).")
                << '\n'
                << error.userText() << '\n'
                << nothingChanged << '\n'
                << Qt::flush;
            return ExitCheckFailed;
        }
        config.secret.fill(QLatin1Char('\0'));
        config.secret.clear();
    }

    const bool replacing = QFileInfo::exists(target);
    const Error error = ConfigFile::save(config, target);
    if (error) {
        m_err << error.userText() << '\n';
        if (holdsSecret)
            m_err << tr("The secret is already in the keychain (%1, %2); run the import again once the "
                        "config can be written.")
                         .arg(entry.service, entry.key)
                  << '\n';
        m_err.flush();
        return ExitUsage;
    }
    m_out << tr("Imported %1 into %2.").arg(source, target) << '\n';
    if (holdsSecret)
        m_out << tr("The client secret is now in the keychain (service %1, key %2); the config does not hold "
                    "it.")
                     .arg(entry.service, entry.key)
              << '\n';
    if (replacing)
        m_out << tr("The previous config was kept as %1.").arg(ConfigFile::backupPath(target)) << '\n';
    m_out.flush();
    return ExitOk;
}

} // namespace flexo::cli
