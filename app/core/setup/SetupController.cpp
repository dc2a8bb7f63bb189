#include "setup/SetupController.h"

#include "checks/CheckRunner.h"
#include "checks/SignInCheck.h"
#include "cloud/CloudCatalog.h"
#include "cloud/KeychainBinding.h"
#include "common/Logging.h"
#include "config/ConfigFile.h"
#include "config/ConfigPaths.h"
#include "config/ConfigRules.h"
#include "diagnosis/DiagnosisService.h"
#include "diagnosis/SecretKeeper.h"
#include "diagnosis/SignInKeeper.h"
#include "net/NetworkFactory.h"
#include "secrets/SecretErrors.h"
#include "setup/SetupModel.h"

#include <algorithm>

namespace flexo {

SetupController::SetupController(SetupModel *model, SetupServices services, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_services(std::move(services))
    , m_draftFile(m_services.draftFile.isEmpty() ? ConfigPaths::unfinishedSetupFile() : m_services.draftFile)
{
    DiagnosisEnvironment environment;
    environment.network = m_services.network;
    environment.secrets = m_services.secretStore;
    environment.clock = m_services.clock;
    environment.journalFile = m_services.journalFile;
    // The sign-in's address is shown for copying, and opened only when the admin asked for it.
    environment.openBrowser = [this](const QUrl &url) {
        m_signInUrl = url;
        emit signInUrlChanged(url);
        if (m_openBrowserForSignIn && m_services.openBrowser)
            m_services.openBrowser(url);
    };
    m_diagnosis = new DiagnosisService(environment, this);
    m_cloudDetector = new TenantCloudDetector(m_services.globalLoginBase, this);
    m_cloudDetector->setTimeoutMs(m_services.cloudDetectionTimeoutMs);
    m_cloudDetectionDelay.setSingleShot(true);
    m_cloudDetectionDelay.setInterval(m_services.cloudDetectionDelayMs);
    connect(&m_cloudDetectionDelay, &QTimer::timeout, this, &SetupController::startCloudDetection);
    // A changed value makes the runner's earlier results (and tokens) meaningless: start afresh.
    connect(m_model, &SetupModel::resultsInvalidated, this, [this](const QList<CheckId> &ids) {
        if (!isBusy() && (ids.contains(CheckId::Discovery) || ids.contains(CheckId::AppCredentials)))
            dropRunner();
    });
    connect(m_model, &SetupModel::changed, this, &SetupController::forgetSignInOfOtherRegistration);
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

QDateTime SetupController::now() const
{
    return m_services.clock ? m_services.clock() : QDateTime::currentDateTimeUtc();
}

QDate SetupController::today() const
{
    return now().date();
}

SecretKeeper *SetupController::secretKeeper() const
{
    return m_diagnosis->keeper();
}

QUrl SetupController::portalUrl() const
{
    return CloudCatalog::info(m_model->config().cloud).portal;
}

bool SetupController::onlineMeetingsAvailable(Cloud cloud) const
{
    return CloudCatalog::info(cloud).onlineMeetingsAvailable;
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
    const ConnectorConfig config = m_model->config();
    if (m_runner) {
        // Values no online check depends on may have changed (expiry, FlexO addresses); the proxy
        // follows the config.
        (void)m_diagnosis->networkFor(config);
        m_runner->context().config = config;
        m_runner->context().secret = config.secret;
        return;
    }
    m_runner = m_diagnosis->createRunner(config, config.secret);
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

void SetupController::detectCloud(const QString &tenant)
{
    cancelCloudDetection();
    const QString typed = rules::normalizeIdentifier(tenant);
    // Half a domain or an empty GUID is not worth a request.
    if (typed.isEmpty() || rules::checkTenant(typed).isError())
        return;
    m_cloudDetectionTenant = typed;
    m_cloudDetectionDelay.start();
}

void SetupController::cancelCloudDetection()
{
    m_cloudDetectionDelay.stop();
    m_cloudDetector->cancel();
    m_cloudDetectionTenant.clear();
}

bool SetupController::isDetectingCloud() const
{
    return m_cloudDetectionDelay.isActive() || m_cloudDetector->isRunning();
}

void SetupController::startCloudDetection()
{
    const ConnectorConfig &config = m_model->config();
    const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
    if (!options.ok()) {
        // The network settings are wrong: the tenant check says so; guessing a cloud is not worth it.
        TenantCloudDetection unknown;
        unknown.tenant = m_cloudDetectionTenant;
        unknown.error = options.error();
        emit cloudDetected(unknown);
        return;
    }
    m_cloudDetector->detect(m_diagnosis->networkFor(config), options.value(), m_cloudDetectionTenant,
                            [this](const TenantCloudDetection &detection) { emit cloudDetected(detection); });
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
    const Error error = DiagnosisService::submitPastedAnswer(*m_runner, address);
    if (error)
        emit pastedAddressRefused(error);
}

bool SetupController::canKeepSignIn() const
{
    if (!m_runner || m_runner->result(CheckId::Refresh).status != CheckStatus::Passed)
        return false;
    const auto *signIn = qobject_cast<const SignInCheck *>(m_runner->check(CheckId::SignIn));
    return signIn && !signIn->refreshToken().isEmpty();
}

QString SetupController::signedInAccount() const
{
    return m_runner ? m_runner->context().tokens.account : QString();
}

void SetupController::setKeepSignIn(bool keep)
{
    SignInKeeper *keeper = m_diagnosis->signInKeeper();
    if (!keeper) {
        emit keepSignInFinished(secretErrors::noSecretService(QStringLiteral("no keychain configured")),
                                false);
        return;
    }
    const ConnectorConfig config = m_model->config();
    if (!keep) {
        const ConnectorConfig keptFor = m_keptFor.value_or(config);
        keeper->remove(keptFor, this, [this, keptFor](const Error &error) {
            if (!error && m_keptFor && KeychainBinding::sameRegistration(*m_keptFor, keptFor))
                m_keptFor.reset();
            emit keepSignInFinished(error, bool(error));
        });
        return;
    }
    if (!canKeepSignIn()) {
        emit keepSignInFinished(Error::make(QStringLiteral("setup.no-sign-in-to-keep"),
                                            tr("There is no passed test sign-in to keep."), {},
                                            tr("Run the test sign-in first.")),
                                false);
        return;
    }
    KeptSignIn kept;
    kept.refreshToken = qobject_cast<const SignInCheck *>(m_runner->check(CheckId::SignIn))->refreshToken();
    kept.account = signedInAccount();
    kept.keptAt = now();
    keeper->write(config, kept, this, [this, config](const Error &error) {
        if (!error)
            m_keptFor = config;
        emit keepSignInFinished(error, !error);
        // The registration may have changed while the keychain was writing.
        forgetSignInOfOtherRegistration();
    });
}

void SetupController::forgetSignInOfOtherRegistration()
{
    SignInKeeper *keeper = m_diagnosis->signInKeeper();
    if (!keeper || !m_keptFor || KeychainBinding::sameRegistration(*m_keptFor, m_model->config()))
        return;
    const ConnectorConfig keptFor = *m_keptFor;
    // Cleared at once: one removal, however many keystrokes follow. Should it fail, the entry is
    // named again so that unticking the box tries once more.
    m_keptFor.reset();
    qCInfo(lcSecrets) << "removing the sign-in kept for the registration before the change";
    keeper->remove(keptFor, this, [this, keptFor](const Error &error) {
        if (error && !m_keptFor)
            m_keptFor = keptFor;
        emit keepSignInFinished(error, bool(error));
    });
}

void SetupController::runMeetingTest()
{
    runChecks(Task::MeetingTest, {CheckId::MeetingCreate, CheckId::MeetingDelete});
}

int SetupController::leftoverMeetingCount() const
{
    return int(m_diagnosis->leftoverMeetings().size());
}

QList<JournalEntry> SetupController::leftoverMeetings() const
{
    QList<JournalEntry> meetings = m_diagnosis->leftoverMeetings();
    meetings.erase(std::remove_if(meetings.begin(), meetings.end(),
                                  [](const JournalEntry &entry) { return !entry.hasMeeting(); }),
                   meetings.end());
    return meetings;
}

void SetupController::deleteLeftovers()
{
    if (isBusy() || !m_runner)
        return;
    setTask(Task::DeleteLeftover);
    m_diagnosis->deleteLeftovers(*m_runner, this, [this](bool ok) {
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
    config.lastVerification = {};
    config.lastVerification.when = now();
    const QList<CheckResult> results = m_model->results();
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Passed || result.status == CheckStatus::Warning)
            config.lastVerification.passedChecks << checkName(result.id);
        else if (result.status == CheckStatus::Failed)
            config.lastVerification.failedChecks << checkName(result.id);
    }
    config.lastVerification.worstStatus = statusName(worstOf(results));

    if (!m_diagnosis->keeper()) {
        emit saveFinished(secretErrors::noSecretService(QStringLiteral("no keychain configured")));
        return;
    }
    setTask(Task::Save);
    // The secret first: a config whose secret is nowhere is worse than none.
    m_diagnosis->keeper()->write(config, config.secret, this,
                                 [this, config, path](const Error &error, const KeychainEntry &) {
                                     setTask(Task::None);
                                     if (error) {
                                         qCWarning(lcSecrets) << "Keychain write failed:" << error.detail;
                                         emit saveFinished(error);
                                         emit taskFinished(Task::Save, false);
                                         return;
                                     }
                                     ConnectorConfig withoutSecret = config;
                                     withoutSecret.secret.clear();
                                     const Error saved = ConfigFile::save(withoutSecret, path);
                                     if (saved.isNull()) {
                                         m_model->markSaved(path);
                                         discardUnfinishedSetup();
                                     }
                                     emit saveFinished(saved);
                                     emit taskFinished(Task::Save, saved.isNull());
                                 });
}

std::optional<SetupDraft> SetupController::unfinishedSetup() const
{
    std::optional<SetupDraft> draft = m_draftFile.load();
    if (draft && !draft->isWorthKeeping())
        return std::nullopt;
    return draft;
}

void SetupController::resumeUnfinishedSetup()
{
    if (const std::optional<SetupDraft> draft = m_draftFile.load())
        draft->applyTo(*m_model);
}

void SetupController::keepUnfinishedSetup()
{
    if (!m_model->hasUnsavedChanges())
        return;
    const SetupDraft draft = SetupDraft::fromModel(*m_model, now());
    if (!draft.isWorthKeeping())
        return;
    if (const Error error = m_draftFile.save(draft))
        qCWarning(lcConfig) << "Could not keep the unfinished setup:" << error.detail;
}

void SetupController::discardUnfinishedSetup()
{
    m_draftFile.remove();
}

void SetupController::exportConfig(const QString &path, bool includeSecret)
{
    if (isBusy())
        return;
    ConnectorConfig config = m_model->config();
    if (!includeSecret)
        config.secret.clear();
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

} // namespace flexo
