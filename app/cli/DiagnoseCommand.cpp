#include "cli/DiagnoseCommand.h"

#include "checks/Verification.h"
#include "cli/CommandLine.h"
#include "cli/DiagnoseRun.h"
#include "cli/ForgetSignIn.h"
#include "cloud/KeychainBinding.h"
#include "config/ConfigPaths.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>

namespace flexo::cli {

namespace {

// The file a path names: a link or "./a.json" beside "a.json" is the same config.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

QString DiagnoseCommand::description() const
{
    return tr("Runs the checks of one or more connector configs and reports, for each failure, what was "
              "observed, the likely cause and the fix. Without CONFIG, the config of this machine is used.\n"
              "The client secret comes from --secret-stdin or FLEXO_CLIENT_SECRET (then every config must be "
              "the same app registration), or from the keychain entry of each config's cloud, tenant and "
              "client; without one, the checks that need it are skipped.");
}

bool DiagnoseCommand::parseOptions(const QStringList &arguments, DiagnoseOptions *options, bool *helpShown)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("Connector config files."),
                                 QStringLiteral("[CONFIG...]"));
    const QCommandLineOption interactive(
        QStringLiteral("interactive"),
        tr("Also run the checks that need a person: test sign-in in the browser, probe meeting."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Report format: text, json, markdown, html, nagios (a monitoring plugin's "
           "status line; exit code 0 OK, 1 warning, 2 critical, 3 unknown) or "
           "prometheus (for node_exporter's textfile collector). Give it several times, each with its "
           "--output, for several reports of the same run."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write the report to FILE (replaced atomically) instead of standard "
                                       "output; with several --format, the first format goes to the first "
                                       "file, and so on."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Stop after SECONDS and report what finished (exit code 3). Without it, a run with "
           "--format nagios stops after %1 seconds.")
            .arg(DiagnoseOptions::pluginTimeoutSeconds),
        QStringLiteral("SECONDS"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("Read the client secret from the first line of standard input (not echoed)."));
    const QCommandLineOption redactUsers(QStringLiteral("redact-users"),
                                         tr("Mask user names (c***@contoso.com) in the report."));
    const QString defaultJobs = QString::number(DiagnoseOptions::defaultJobs());
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  tr("Diagnose at most N configs at the same time, at most %1 of one tenant "
                                     "(default %2 on this computer).")
                                      .arg(DiagnoseOptions::jobsPerTenant)
                                      .arg(defaultJobs),
                                  QStringLiteral("N"), defaultJobs);
    // The earlier name of --jobs, kept so scripts written for it still run.
    QCommandLineOption parallel(QStringLiteral("parallel"), QString(), QStringLiteral("N"));
    parallel.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption keepSignIn(
        QStringLiteral("keep-sign-in"),
        tr("With --interactive: keep the test sign-in (its refresh token, in the keychain entry of the "
           "config's registration) so that later runs without a person also check the token refresh and "
           "the meeting probe."));
    const QCommandLineOption forgetSignIn(QStringLiteral("forget-sign-in"),
                                          tr("Remove the sign-in kept for each config from the keychain; no "
                                             "check runs."));
    parser.addOptions({interactive, format, output, timeout, secretStdin, redactUsers, jobs, parallel});
    parser.addOptions({keepSignIn, forgetSignIn});
    if (!parse(parser, arguments, helpShown))
        return false;
    if (*helpShown)
        return true;

    options->configPaths = parser.positionalArguments();
    options->interactive = parser.isSet(interactive);
    options->secretFromStdin = parser.isSet(secretStdin);
    options->redactUsers = parser.isSet(redactUsers);
    options->keepSignIn = parser.isSet(keepSignIn);
    options->forgetSignIn = parser.isSet(forgetSignIn);
    if (options->keepSignIn && !options->interactive) {
        printUsageError(
            tr("--keep-sign-in needs --interactive: only a test sign-in by a person can be kept."));
        return false;
    }
    if (options->forgetSignIn && (options->interactive || options->keepSignIn)) {
        printUsageError(
            tr("--forget-sign-in runs no check: use it without --interactive and --keep-sign-in."));
        return false;
    }

    if (!parseReports(parser.values(format), parser.values(output), &options->reports))
        return false;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            printUsageError(tr("--timeout needs a whole number of seconds between 1 and 86400."));
            return false;
        }
        options->timeoutSeconds = seconds;
    } else if (options->isPlugin()) {
        // A plugin must end on its own (Monitoring Plugins guidelines): killed by Nagios's 60 s service
        // check timeout it would page as CRITICAL with nothing said; stopped here it is UNKNOWN with what
        // finished.
        options->timeoutSeconds = DiagnoseOptions::pluginTimeoutSeconds;
    }
    bool ok = false;
    options->maxParallel = parser.value(parser.isSet(parallel) ? parallel : jobs).toInt(&ok);
    if (!ok || options->maxParallel < 1 || options->maxParallel > DiagnoseOptions::maxJobs) {
        printUsageError(tr("--jobs needs a number between 1 and %1.").arg(DiagnoseOptions::maxJobs));
        return false;
    }
    if (options->configPaths.isEmpty()) {
        const QString path = ConfigPaths::defaultConfigFile();
        if (!QFileInfo::exists(path)) {
            printUsageError(tr("No config given, and this machine has no saved connector config."));
            return false;
        }
        options->configPaths << path;
    }
    // A file named twice (a glob beside its own name) would be diagnosed twice at once and reported
    // twice: a Prometheus file with a series twice is rejected whole by node_exporter.
    QHash<QString, QString> firstNameOf;
    QStringList distinct;
    for (const QString &path : std::as_const(options->configPaths)) {
        const QString key = fileKey(path);
        if (const auto first = firstNameOf.constFind(key); first != firstNameOf.cend()) {
            if (!options->isPlugin()) // its output is the plugin's, nothing else
                m_err << tr("%1 is the same file as %2: it is diagnosed once.").arg(path, *first) << '\n';
            continue;
        }
        firstNameOf.insert(key, path);
        distinct << path;
    }
    options->configPaths = distinct;
    return true;
}

bool DiagnoseCommand::parseReports(const QStringList &formats, const QStringList &outputs,
                                   QList<ReportTarget> *reports)
{
    // The i-th --format goes to the i-th --output; one --format (or none: text) may go to standard
    // output. Anything else would leave a report without a place or a file without a format.
    const QStringList names = formats.isEmpty() ? QStringList{QStringLiteral("text")} : formats;
    if (outputs.size() > names.size() || (names.size() > 1 && outputs.size() != names.size())) {
        printUsageError(tr("Give each report its --output: %1 --format and %2 --output given.")
                            .arg(names.size())
                            .arg(outputs.size()));
        return false;
    }
    reports->clear();
    QSet<QString> files;
    for (qsizetype i = 0; i < names.size(); ++i) {
        ReportTarget report;
        if (!ReportRenderer::parseFormat(names.at(i).toLower(), &report.format)) {
            printUsageError(
                tr("Unknown report format '%1': use text, json, markdown, html, nagios or prometheus.")
                    .arg(names.at(i).toLower()));
            return false;
        }
        if (report.format == ReportRenderer::Format::Nagios && names.size() > 1) {
            printUsageError(tr("--format nagios is a monitoring plugin's answer: give it alone."));
            return false;
        }
        report.path = outputs.value(i);
        const QString file = report.path.isEmpty() ? QString() : fileKey(report.path);
        if (!file.isEmpty() && files.contains(file)) {
            printUsageError(
                tr("%1 is given twice with --output: each report needs its own file.").arg(report.path));
            return false;
        }
        files.insert(file);
        reports->append(report);
    }
    return true;
}

int DiagnoseCommand::exitCodeFor(const QList<ConfigDiagnosis> &diagnoses, bool stopped)
{
    if (stopped)
        return ExitInterrupted;
    bool unreadable = false;
    bool failed = false;
    bool incomplete = false;
    for (const ConfigDiagnosis &diagnosis : diagnoses) {
        unreadable = unreadable || static_cast<bool>(diagnosis.loadError);
        failed = failed || diagnosis.worstStatus() == CheckStatus::Failed;
        incomplete = incomplete || Verification::isIncomplete(diagnosis.results);
    }
    if (unreadable)
        return ExitUsage;
    if (failed)
        return ExitCheckFailed;
    // A run that could not try sign-in or the meeting probe proves less than one that did: a monitor
    // must not read it as a pass.
    return incomplete ? ExitIncomplete : ExitOk;
}

bool DiagnoseCommand::asksForPlugin(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        const bool formatOption =
            argument == QLatin1String("--format") || argument == QLatin1String("-format");
        if (formatOption && i + 1 < arguments.size() &&
            arguments.at(i + 1).compare(QLatin1String("nagios"), Qt::CaseInsensitive) == 0)
            return true;
        if (argument.compare(QLatin1String("--format=nagios"), Qt::CaseInsensitive) == 0 ||
            argument.compare(QLatin1String("-format=nagios"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool DiagnoseCommand::givenSecretFitsEveryConfig(const QStringList &paths)
{
    // A secret given beside the configs belongs to one app registration; sending it to the sign-in
    // servers of several would hand it to whichever of them a file names.
    std::optional<ConnectorConfig> first;
    for (const QString &path : paths) {
        const Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
        if (!loaded.ok())
            continue; // reported with the results; it runs nothing
        if (!first) {
            first = loaded.value().config;
        } else if (!KeychainBinding::sameRegistration(*first, loaded.value().config)) {
            printUsageError(
                tr("A client secret given with --secret-stdin or FLEXO_CLIENT_SECRET is used for one app "
                   "registration only, but these configs name different clouds, tenants or client IDs. "
                   "Diagnose them one at a time, each with its own secret."));
            return false;
        }
    }
    return true;
}

int DiagnoseCommand::execute(const QStringList &arguments)
{
    DiagnoseOptions options;
    bool helpShown = false;
    // A monitoring plugin reports its own usage errors as UNKNOWN (3), not as a critical state.
    const int usage = asksForPlugin(arguments) ? 3 : ExitUsage;
    if (!parseOptions(arguments, &options, &helpShown))
        return usage;
    if (helpShown)
        return ExitOk;
    if (options.forgetSignIn) {
        KeychainSecretStore keychain;
        return ForgetSignIn(&keychain, m_out, m_err).run(options.configPaths);
    }
    GivenSecret given;
    if (!readProvidedSecret(options.secretFromStdin, &given.value, &given.source))
        return usage;
    if (!given.value.isEmpty() && options.configPaths.size() > 1 &&
        !givenSecretFitsEveryConfig(options.configPaths))
        return usage;

    // Also with a given secret: the sign-in kept for monitoring lives in the keychain.
    KeychainSecretStore keychain;
    DiagnoseRun run(options, given, &keychain, m_out, m_err);
    given.value.fill(QLatin1Char('\0'));
    return run.exec();
}

} // namespace flexo::cli
