#include "cli/DiagnoseRun.h"

#include "cli/CommandLine.h"
#include "cli/CoreAdapter.h"
#include "cli/DiagnoseBatch.h"
#include "cli/DiagnoseCommand.h"
#include "cli/InterruptWatcher.h"
#include "cli/OutputFile.h"
#include "cli/Terminal.h"
#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace flexo::cli {

DiagnoseRun::DiagnoseRun(DiagnoseOptions options, QString secret, QString secretSource, QTextStream &out,
                         QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secret(std::move(secret))
    , m_secretSource(std::move(secretSource))
    , m_out(out)
    , m_err(err)
    , m_progress(err, Terminal::stderrIsTerminal() && m_options.format != DiagnoseOptions::Format::Json)
{}

DiagnoseRun::~DiagnoseRun()
{
    // The batch's checks hold the networks: destroy them first.
    delete m_batch;
    m_batch = nullptr;
    m_secret.fill(QLatin1Char('\0'));
}

QNetworkAccessManager *DiagnoseRun::networkFor(const ConnectorConfig &config)
{
    // Configs that reach the network the same way share one manager, so its connection pool (six per
    // host) bounds the load on each endpoint however many configs run.
    QNetworkAccessManager *&network = m_networks[config.proxy];
    if (!network)
        network = CoreAdapter::createNetwork(config, this);
    return network;
}

int DiagnoseRun::exec()
{
    ConfigDiagnoser::Setup setup;
    setup.secret = m_secret;
    setup.secretSource = m_secretSource;
    setup.mode = m_options.interactive ? CheckRunner::Mode::Interactive : CheckRunner::Mode::NonInteractive;
    setup.network = [this](const ConnectorConfig &config) { return networkFor(config); };
    if (m_secret.isEmpty())
        m_secrets = CoreAdapter::createSecretStore(this);
    setup.secrets = m_secrets;
    if (m_options.interactive)
        setup.openBrowser = [this](const QUrl &url) { openBrowser(url); };

    // A person signs in to one tenant at a time: interactive runs take the configs one by one.
    const int parallel = m_options.interactive ? 1 : m_options.maxParallel;
    m_batch = new DiagnoseBatch(m_options.configPaths, setup, parallel);
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
    QCoreApplication::exec();
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
    if (!CoreAdapter::openBrowser(url))
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
            for (ConfigDiagnoser *diagnoser : m_batch->running()) {
                Error refused;
                if (diagnoser->runner() &&
                    CoreAdapter::deliverPastedAnswer(*diagnoser->runner(), line, &refused)) {
                    taken = true;
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
    QCoreApplication::exit(m_exitCode);
}

int DiagnoseRun::writeReport()
{
    const QList<ConfigDiagnosis> diagnoses = m_batch->diagnoses();
    QStringList sensitive;
    if (!m_secret.isEmpty())
        sensitive << m_secret;
    const QByteArray report =
        CoreAdapter::renderReport(diagnoses, m_options.format, m_options.redactUsers, sensitive);

    int code = DiagnoseCommand::exitCodeFor(diagnoses, m_stopped);
    if (m_options.outputPath.isEmpty()) {
        m_out << QString::fromUtf8(report);
        m_out.flush();
    } else {
        const Error error = OutputFile::write(m_options.outputPath, report, /*privateFile=*/false);
        if (error) {
            m_err << error.userText() << '\n';
            code = ExitUsage;
        } else {
            m_err << tr("Report written to %1.").arg(m_options.outputPath) << '\n';
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
