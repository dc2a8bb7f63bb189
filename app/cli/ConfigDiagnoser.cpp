#include "cli/ConfigDiagnoser.h"

#include "checks/Check.h"
#include "cli/CoreAdapter.h"
#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace flexo::cli {

ConfigDiagnoser::ConfigDiagnoser(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    m_diagnosis.path = m_setup.path;
}

ConfigDiagnoser::~ConfigDiagnoser()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void ConfigDiagnoser::start()
{
    Result<ConnectorConfig> loaded = CoreAdapter::loadConfig(m_setup.path);
    if (!loaded.ok()) {
        m_diagnosis.loadError = loaded.error();
        // Report from the event loop, like every other outcome, so callers see one order of events.
        QTimer::singleShot(0, this, &ConfigDiagnoser::finish);
        return;
    }
    m_diagnosis.config = loaded.value();
    const QString fileSecret = m_diagnosis.config.secret;
    m_diagnosis.config.secret.clear();

    if (!m_setup.secret.isEmpty()) {
        QTimer::singleShot(0, this, [this] { runChecks(m_setup.secret, m_setup.secretSource, {}); });
        return;
    }
    if (!fileSecret.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, fileSecret] { runChecks(fileSecret, QStringLiteral("file"), {}); });
        return;
    }
    const SecretLocation &where = m_diagnosis.config.secretLocation;
    if (!m_setup.secrets || where.keychainService.isEmpty() || where.keychainKey.isEmpty()) {
        const QString reason =
            tr("No client secret was given: the config names no keychain entry, and neither "
               "--secret-stdin nor FLEXO_CLIENT_SECRET was used.");
        QTimer::singleShot(0, this, [this, reason] { runChecks({}, {}, reason); });
        return;
    }
    m_setup.secrets->read(
        where.keychainService, where.keychainKey, this, [this](const SecretStore::Outcome &outcome) {
            if (m_cancelled)
                return finish();
            if (outcome.ok()) {
                runChecks(outcome.value, QStringLiteral("keychain"), {});
                return;
            }
            const QString reason = tr("The client secret could not be read from the keychain: %1 Give it "
                                      "with --secret-stdin or FLEXO_CLIENT_SECRET instead.")
                                       .arg(outcome.error ? outcome.error.userText() : tr("no entry."));
            runChecks({}, {}, reason);
        });
}

void ConfigDiagnoser::runChecks(const QString &secret, const QString &source, const QString &missingReason)
{
    if (m_cancelled)
        return finish();
    m_diagnosis.secretSource = source;
    const QString normalized = CoreAdapter::normalizeSecret(secret);
    m_diagnosis.secretLength = static_cast<int>(normalized.size());
    // The report shows the hint of the secret that was really used, which may differ from the file's.
    if (!normalized.isEmpty())
        m_diagnosis.config.secretHint = normalized.left(3);
    m_missingSecretReason = missingReason;
    CheckContext context(m_diagnosis.config, m_setup.network ? m_setup.network(m_diagnosis.config) : nullptr);
    context.secret = normalized;
    context.openBrowser = m_setup.openBrowser;
    if (m_setup.clock)
        context.clock = m_setup.clock;
    m_runner = new CheckRunner(std::move(context), this);
    m_runner->addChecks(CoreAdapter::createChecks());
    connect(m_runner, &CheckRunner::checkStarted, this, &ConfigDiagnoser::checkStarted);
    connect(m_runner, &CheckRunner::checkFinished, this, &ConfigDiagnoser::checkFinished);
    connect(m_runner, &CheckRunner::finished, this, &ConfigDiagnoser::onRunnerFinished);
    m_runner->run(m_setup.mode);
}

void ConfigDiagnoser::onRunnerFinished(const QList<CheckResult> &results)
{
    m_diagnosis.results = results;
    if (!m_missingSecretReason.isEmpty()) {
        // Say why the secret was missing on the checks that were skipped for want of it.
        for (CheckResult &result : m_diagnosis.results) {
            const bool wantsSecret = m_runner->graph().needs(result.id).testFlag(CheckNeed::Secret);
            if (result.status == CheckStatus::Skipped && wantsSecret)
                result.cause = m_missingSecretReason;
        }
    }
    m_diagnosis.interrupted = m_cancelled || m_runner->wasCancelled();
    finish();
}

void ConfigDiagnoser::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_diagnosis.interrupted = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void ConfigDiagnoser::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcCli) << "diagnosed" << m_setup.path << statusName(m_diagnosis.worstStatus());
    emit finished();
}

} // namespace flexo::cli
