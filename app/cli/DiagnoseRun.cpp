#include "cli/DiagnoseRun.h"

#include "auth/BrowserOpener.h"
#include "checks/MonitoringState.h"
#include "checks/ReportRenderer.h"
#include "cli/CommandLine.h"
#include "cli/DiagnoseBatch.h"
#include "cli/DiagnoseCommand.h"
#include "cli/InterruptWatcher.h"
#include "cli/OutputFile.h"
#include "cli/Terminal.h"
#include "common/Logging.h"
#include "diagnosis/DiagnosisService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace flexo::cli {

DiagnoseRun::DiagnoseRun(DiagnoseOptions options, GivenSecret given, SecretStore *secrets, QTextStream &out,
                         QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_given(std::move(given))
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
    , m_progress(err, Terminal::stderrIsTerminal() && !m_options.hasMachineReport())
{}

DiagnoseRun::~DiagnoseRun()
{
    // The batch's checks use the service's networks: destroy them first.
    delete m_batch;
    m_batch = nullptr;
    m_given.value.fill(QLatin1Char('\0'));
}

int DiagnoseRun::exec()
{
    DiagnosisEnvironment environment;
    environment.secrets = m_given.value.isEmpty() ? m_secrets : nullptr;
    environment.keptSignIns = m_secrets;
    environment.keepSignIn = m_options.keepSignIn;
    if (m_options.interactive)
        environment.openBrowser = [this](const QUrl &url) { openBrowser(url); };
    // A person signs in to one tenant at a time: interactive runs take the configs one by one.
    const int parallel = m_options.interactive ? 1 : m_options.maxParallel;
    // About four configs share a manager's six connections per host (scripts/bench).
    environment.networksPerProxy = (parallel + 3) / 4;
    m_service = new DiagnosisService(environment, this);

    const CheckRunner::Mode mode =
        m_options.interactive ? CheckRunner::Mode::Interactive : CheckRunner::Mode::NonInteractive;
    m_batch = new DiagnoseBatch(m_options.configPaths, m_service, mode, m_given, parallel,
                                DiagnoseOptions::jobsPerTenant);
    connect(m_batch, &DiagnoseBatch::progressChanged, this, [this](int done, int total, const QString &path) {
        m_progress.show(tr("[%1/%2] diagnosed %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
    });
    connect(m_batch, &DiagnoseBatch::finished, this, &DiagnoseRun::onFinished);

    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, [this] { stop(false); });
    if (m_options.timeoutSeconds > 0)
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] { stop(true); });
    if (m_options.interactive) {
        // A pasted redirect address arrives as a line on standard input, read without blocking.
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &DiagnoseRun::onStdinReadable);
    }

    m_progress.show(tr("[0/%1] starting").arg(m_options.configPaths.size()));
    QTimer::singleShot(0, m_batch, &DiagnoseBatch::start);
    m_loop.exec();
    return m_exitCode;
}

void DiagnoseRun::stop(bool timedOut)
{
    if (m_stopped || !m_batch)
        return;
    m_stopped = true;
    m_timedOut = timedOut;
    m_progress.clear();
    if (timedOut)
        m_err << tr("Time limit of %1 seconds reached: stopping the checks.").arg(m_options.timeoutSeconds)
              << '\n';
    else
        m_err << tr("Interrupted: stopping the checks.") << '\n';
    m_err.flush();
    m_batch->cancel();
}

void DiagnoseRun::openBrowser(const QUrl &url)
{
    m_progress.clear();
    m_err << tr("Sign in with an administrator account of the tenant in your browser. If it does not open, "
                "open this address:")
          << "\n  " << url.toString(QUrl::FullyEncoded) << '\n'
          << tr("If the browser cannot reach this computer afterwards (remote session), copy the address "
                "it was sent to from its address bar and paste it here, then press Enter.")
          << '\n';
    m_err.flush();
    if (!BrowserOpeners::system()(url))
        m_err << tr("No browser could be started (set BROWSER to choose one); open the address above "
                    "yourself.")
              << '\n'
              << Qt::flush;
}

void DiagnoseRun::onStdinReadable()
{
    char chunk[4096];
    const auto got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got <= 0) {
        // End of input: nothing more will be pasted.
        m_stdin->setEnabled(false);
        return;
    }
    m_stdinBuffer.append(chunk, static_cast<qsizetype>(got));
    if (m_stdinBuffer.size() > 64 * 1024)
        m_stdinBuffer.clear();
    qsizetype newline = -1;
    while ((newline = m_stdinBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdinBuffer.left(newline)).trimmed();
        m_stdinBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        bool taken = false;
        if (m_batch) {
            for (Diagnosis *diagnosis : m_batch->running()) {
                CheckRunner *runner = diagnosis->runner();
                if (runner && DiagnosisService::isWaitingForPerson(*runner)) {
                    taken = true;
                    const Error refused = DiagnosisService::submitPastedAnswer(*runner, line);
                    if (refused)
                        m_err << refused.userText() << '\n' << Qt::flush;
                    break;
                }
            }
        }
        if (!taken)
            m_err
                << tr("That is not the address of a sign-in answer this run is waiting for; it was ignored.")
                << '\n'
                << Qt::flush;
    }
}

void DiagnoseRun::onFinished()
{
    m_progress.clear();
    if (m_stdin)
        m_stdin->setEnabled(false);
    m_exitCode = writeReport();
    m_loop.exit(m_exitCode);
}

void DiagnoseRun::writeToStandardOutput(const QString &report)
{
    // A fleet's report is megabytes: on a file or pipe it goes out in one unbuffered write of its
    // UTF-8 (the stream's encoding, Qt's default), not converted and copied piece by piece.
    m_out.flush();
    auto *file = qobject_cast<QFile *>(m_out.device());
    QFile direct;
    if (file && file->handle() >= 0 && m_out.encoding() == QStringConverter::Utf8 &&
        direct.open(file->handle(), QIODevice::WriteOnly | QIODevice::Unbuffered,
                    QFileDevice::DontCloseHandle)) {
        direct.write(report.toUtf8());
    } else {
        m_out << report;
        m_out.flush();
    }
}

int DiagnoseRun::writeReport()
{
    const QList<ConfigDiagnosis> diagnoses = m_batch->diagnoses();
    QList<ReportRun> runs;
    runs.reserve(diagnoses.size());
    for (const ConfigDiagnosis &diagnosis : diagnoses)
        runs << diagnosis.toReportRun();
    ReportOptions reportOptions;
    reportOptions.redactUsers = m_options.redactUsers;
    reportOptions.sensitiveValues = m_batch->sensitiveValues();
    const bool plugin = m_options.isPlugin();
    // As a monitoring plugin the state is the exit code (the Monitoring Plugins guidelines); a run
    // that was stopped proves nothing: UNKNOWN.
    int code = plugin ? (m_stopped ? static_cast<int>(MonitoringState::Unknown)
                                   : static_cast<int>(MonitoringStates::of(runs)))
                      : DiagnoseCommand::exitCodeFor(diagnoses, m_stopped);
    // Every report is written even when one cannot be: the others still tell what the run found.
    for (const ReportTarget &target : m_options.reports) {
        const QString report = ReportRenderer::render(target.format, runs, reportOptions);
        if (target.path.isEmpty()) {
            writeToStandardOutput(report);
            continue;
        }
        const Error error = OutputFile::write(target.path, report.toUtf8(), /*privateFile=*/false);
        if (error) {
            m_err << error.userText() << '\n';
            code = plugin ? static_cast<int>(MonitoringState::Unknown) : ExitUsage;
        } else {
            m_err << tr("Report written to %1.").arg(target.path) << '\n';
        }
    }
    for (const ConfigDiagnosis &diagnosis : diagnoses) {
        if (diagnosis.loadError)
            m_err << diagnosis.loadError.userText() << '\n';
    }
    m_err.flush();
    return code;
}

} // namespace flexo::cli
