#include "ui/wizard/SetupController.h"

#include "checks/Check.h"
#include "checks/CheckRunner.h"
#include "common/Logging.h"
#include "config/ConfigFile.h"
#include "config/ConfigPaths.h"
#include "net/NetworkFactory.h"
#include "secrets/SecretStore.h"
#include "ui/wizard/SetupModel.h"
#include "ui/wizard/WizardChecks.h"

namespace flexo::ui {

SetupController::SetupController(SetupModel *model, SetupServices services, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_services(std::move(services))
{
    // A changed value makes the runner's earlier results (and tokens) meaningless: start afresh.
    connect(m_model, &SetupModel::resultsInvalidated, this, [this](const QList<CheckId> &ids) {
        if (!isBusy() && (ids.contains(CheckId::Discovery) || ids.contains(CheckId::AppCredentials)))
            dropRunner();
    });
}

SetupController::~SetupController()
{
    // The model may already be gone when the wizard closes mid-check: the cancelled results must
    // not reach it.
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

QDate SetupController::today() const
{
    return (m_services.clock ? m_services.clock() : QDateTime::currentDateTimeUtc()).date();
}

QUrl SetupController::portalUrl() const
{
    return WizardChecks::portalUrl(m_model->config().cloud);
}

bool SetupController::onlineMeetingsAvailable(Cloud cloud) const
{
    return WizardChecks::onlineMeetingsAvailable(cloud);
}

void SetupController::openUrl(const QUrl &url)
{
    if (url.isValid() && m_services.openBrowser)
        m_services.openBrowser(url);
}

void SetupController::setTask(Task task)
{
    if (m_task == task)
        return;
    m_task = task;
    emit taskChanged(task);
}

void SetupController::dropRunner()
{
    if (!m_runner)
        return;
    m_runner->disconnect(this);
    m_runner->cancel();
    m_runner.release()->deleteLater();
    m_signInUrl.clear();
}

void SetupController::ensureRunner()
{
    ConnectorConfig config = m_model->config();
    const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
    if (options.ok() && m_services.network)
        NetworkFactory::applyProxy(m_services.network, options.value());
    if (m_runner) {
        // Values no online check depends on may have changed (expiry, FlexO addresses).
        m_runner->context().config = config;
        m_runner->context().secret = config.secret;
        return;
    }
    CheckContext context(config, m_services.network);
    context.secret = config.secret;
    if (m_services.clock)
        context.clock = m_services.clock;
    context.openBrowser = [this](const QUrl &url) {
        m_signInUrl = url;
        emit signInUrlChanged(url);
        if (m_openBrowserForSignIn && m_services.openBrowser)
            m_services.openBrowser(url);
    };
    m_runner = std::make_unique<CheckRunner>(std::move(context));
    m_runner->addChecks(WizardChecks::create(m_services.journalFile));
    connect(m_runner.get(), &CheckRunner::checkStarted, this, &SetupController::checkStarted);
    connect(m_runner.get(), &CheckRunner::checkFinished, this, [this](const CheckResult &result) {
        m_model->setResult(result);
        emit checkFinished(result);
    });
    connect(m_runner.get(), &CheckRunner::finished, this, &SetupController::onRunFinished);
}

void SetupController::runChecks(Task task, const QList<CheckId> &ids)
{
    if (isBusy())
        return;
    ensureRunner();
    setTask(task);
    m_runner->run(ids);
}

void SetupController::onRunFinished(const QList<CheckResult> &results)
{
    const Task finished = m_task;
    bool ok = !results.isEmpty() && !m_runner->wasCancelled();
    for (const CheckResult &result : results)
        ok = ok && (result.status == CheckStatus::Passed || result.status == CheckStatus::Warning);
    setTask(Task::None);
    if (finished == Task::MeetingTest || finished == Task::DeleteLeftover)
        emit leftoversChanged();
    emit taskFinished(finished, ok);
}

void SetupController::runDiscovery()
{
    runChecks(Task::Discovery, {CheckId::Discovery});
}

void SetupController::verifyCredentials()
{
    runChecks(Task::Verify, {CheckId::AppCredentials});
}

void SetupController::startSignIn(bool openBrowser)
{
    if (isBusy())
        return;
    m_openBrowserForSignIn = openBrowser;
    m_signInUrl.clear();
    emit signInUrlChanged(m_signInUrl);
    // A new attempt must not reuse the previous sign-in: forget its results and tokens.
    ensureRunner();
    m_runner->context().tokens = {};
    runChecks(Task::SignIn, {CheckId::SignIn, CheckId::Refresh});
}

void SetupController::submitPastedAddress(const QString &address)
{
    if (m_task != Task::SignIn || !m_runner)
        return;
    const Error error = WizardChecks::submitPastedAnswer(*m_runner, address);
    if (error)
        emit pastedAddressRefused(error);
}

void SetupController::runMeetingTest()
{
    runChecks(Task::MeetingTest, {CheckId::MeetingCreate, CheckId::MeetingDelete});
}

int SetupController::leftoverMeetingCount() const
{
    return WizardChecks::leftoverCount(m_services.journalFile);
}

QList<QPair<QString, QUrl>> SetupController::leftoverMeetings() const
{
    return WizardChecks::leftoverMeetings(m_services.journalFile);
}

void SetupController::deleteLeftovers()
{
    if (isBusy() || !m_runner)
        return;
    setTask(Task::DeleteLeftover);
    WizardChecks::deleteLeftovers(*m_runner, m_services.journalFile, this, [this](bool ok) {
        setTask(Task::None);
        emit leftoversChanged();
        emit taskFinished(Task::DeleteLeftover, ok);
    });
}

QString SetupController::defaultConfigPath() const
{
    return ConfigPaths::defaultConfigFile();
}

void SetupController::save(const QString &path)
{
    if (isBusy())
        return;
    ConnectorConfig config = m_model->config();
    config.secretLocation = ConfigPaths::defaultSecretLocation(config);
    config.lastVerification = {};
    config.lastVerification.when = m_services.clock ? m_services.clock() : QDateTime::currentDateTimeUtc();
    QList<CheckResult> results = m_model->results();
    for (const CheckResult &result : std::as_const(results)) {
        if (result.status == CheckStatus::Passed || result.status == CheckStatus::Warning)
            config.lastVerification.passedChecks << checkName(result.id);
        else if (result.status == CheckStatus::Failed)
            config.lastVerification.failedChecks << checkName(result.id);
    }
    config.lastVerification.worstStatus = statusName(worstOf(results));

    if (!m_services.secretStore) {
        emit saveFinished(
            Error::make(QStringLiteral("secrets.unavailable"), tr("No keychain is configured.")));
        return;
    }
    setTask(Task::Save);
    // The secret first: a config that names a keychain entry which does not exist is worse than none.
    m_services.secretStore->write(config.secretLocation.keychainService, config.secretLocation.keychainKey,
                                  config.secret, this,
                                  [this, config, path](const SecretStore::Outcome &outcome) {
                                      setTask(Task::None);
                                      if (!outcome.ok()) {
                                          qCWarning(lcUi) << "Keychain write failed:" << outcome.error.detail;
                                          emit saveFinished(outcome.error);
                                          emit taskFinished(Task::Save, false);
                                          return;
                                      }
                                      ConnectorConfig withoutSecret = config;
                                      withoutSecret.secret.clear();
                                      const Error error = ConfigFile::save(withoutSecret, path);
                                      if (error.isNull())
                                          m_model->markSaved(path);
                                      emit saveFinished(error);
                                      emit taskFinished(Task::Save, error.isNull());
                                  });
}

void SetupController::exportConfig(const QString &path, bool includeSecret)
{
    if (isBusy())
        return;
    ConnectorConfig config = m_model->config();
    if (!includeSecret) {
        config.secret.clear();
        config.secretLocation = ConfigPaths::defaultSecretLocation(config);
    } else {
        config.secretLocation = {};
    }
    SaveOptions options;
    options.includeSecret = includeSecret;
    options.forExport = true;
    const Error error = ConfigFile::save(config, path, options);
    emit exportFinished(error, path);
    emit taskFinished(Task::Export, error.isNull());
}

void SetupController::cancel()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel(); // finished() follows and ends the task
}

} // namespace flexo::ui
