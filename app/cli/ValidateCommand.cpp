#include "cli/ValidateCommand.h"

#include "cli/CommandLine.h"
#include "config/ConfigFile.h"
#include "config/ConfigRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

namespace flexo::cli {

namespace {

QString severityLabel(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Error:
        return ValidateCommand::tr("error");
    case RuleSeverity::Warning:
        return ValidateCommand::tr("warning");
    case RuleSeverity::Note:
        return ValidateCommand::tr("note");
    case RuleSeverity::Ok:
        break;
    }
    return ValidateCommand::tr("ok");
}

} // namespace

QString ValidateCommand::description() const
{
    return tr("Checks that every value of each config is present and well-formed, without using the "
              "network or the keychain. Exit code 0 when all are valid (warnings allowed), 1 when a value "
              "is wrong, 2 when a file cannot be read.");
}

bool ValidateCommand::parseOptions(const QStringList &arguments, QStringList *configPaths, bool *helpShown)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("Connector config files."),
                                 QStringLiteral("CONFIG..."));
    if (!parse(parser, arguments, helpShown))
        return false;
    if (*helpShown)
        return true;
    *configPaths = parser.positionalArguments();
    if (configPaths->isEmpty()) {
        printUsageError(tr("Name at least one config file to validate."));
        return false;
    }
    return true;
}

int ValidateCommand::execute(const QStringList &arguments)
{
    QStringList paths;
    bool helpShown = false;
    if (!parseOptions(arguments, &paths, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    bool unreadable = false;
    bool invalid = false;
    const QDate today = QDate::currentDate();
    for (const QString &path : paths) {
        const Result<ConnectorConfig> loaded = ConfigFile::load(path);
        if (!loaded.ok()) {
            unreadable = true;
            m_out << path << ": " << tr("cannot be read") << '\n';
            m_err << path << ": " << loaded.error().userText() << '\n';
            continue;
        }
        const ConnectorConfig &config = loaded.value();
        const QList<RuleResult> findings = rules::checkConfig(config, today, !config.secret.isEmpty());
        bool fileInvalid = false;
        for (const RuleResult &finding : findings)
            fileInvalid = fileInvalid || finding.isError();
        invalid = invalid || fileInvalid;
        m_out << path << ": " << (fileInvalid ? tr("invalid") : tr("valid")) << '\n';
        for (const RuleResult &finding : findings) {
            m_out << "  " << severityLabel(finding.severity) << " [" << finding.field << "] "
                  << finding.message << '\n';
        }
    }
    m_out.flush();
    m_err.flush();
    if (unreadable)
        return ExitUsage;
    return invalid ? ExitCheckFailed : ExitOk;
}

} // namespace flexo::cli
