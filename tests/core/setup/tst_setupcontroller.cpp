// The whole setup flow through the controller, with no widget at all (this test does not link
// QtWidgets): the wizard's pages only show what it reports. Against the in-process fake cloud, with
// an in-memory keychain.
#include "BrowserSimulator.h"
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"

#include "auth/KeptSignIn.h"
#include "checks/CheckRunner.h"
#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretErrors.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace flexo;
namespace defaults = flexo::fake::defaults;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());

} // namespace

class TestSetupController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void happyPathSavesTheConfigAndTheSecret();
    void passedSignInIsKeptOnlyWhenAsked();
    void keptSignInFollowsItsRegistration();
    void unknownTenantStopsAtDiscovery();
    void wrongSecretFailsVerification();
    void lockedKeychainSavesNothing();
    void changedClientIdDropsLaterResults();
    void unknownExpirySavesNoDateAndIsNotTracked();
    void cloudIsDetectedFromTheGlobalService_data();
    void cloudIsDetectedFromTheGlobalService();
    void newTextCancelsTheDetectionBefore();
    void silentServiceEndsDetectionAtTheTimeout();

private:
    // What the admin enters on the pages before any check: the default scenario on the fake cloud.
    void enterValues(const QString &secret = defaults::secret);
    // Runs one step and waits for its end; returns whether it succeeded.
    bool runStep(const std::function<void()> &step, SetupController::Task task);

    fake::FakeCloud m_cloud;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fake::BrowserSimulator> m_browser;
    std::unique_ptr<SetupModel> m_model;
    std::unique_ptr<SetupController> m_controller;
    QList<QUrl> m_opened;
};

void TestSetupController::initTestCase()
{
    QVERIFY(m_cloud.start());
}

void TestSetupController::init()
{
    m_cloud.loadDefaultScenario();
    m_cloud.clearFaults();
    m_store.clear();
    m_store.setMode(MemorySecretStore::Mode::Working);
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_browser = std::make_unique<fake::BrowserSimulator>();
    m_model = std::make_unique<SetupModel>();
    SetupServices services;
    services.network = &m_network;
    services.secretStore = &m_store;
    services.clock = [] { return kNow; };
    services.journalFile = m_dir->filePath(QStringLiteral("journal.json"));
    // The fake plays the global sign-in service, which describes US Government tenants too.
    services.globalLoginBase = m_cloud.baseUrl();
    services.cloudDetectionDelayMs = 50;
    services.cloudDetectionTimeoutMs = 2000;
    // The person at the browser: the sign-in page is followed as a browser would.
    services.openBrowser = [this](const QUrl &url) {
        m_opened << url;
        m_browser->open(url);
        return true;
    };
    m_controller = std::make_unique<SetupController>(m_model.get(), services);
}

void TestSetupController::cleanup()
{
    m_controller.reset();
    m_model.reset();
    m_browser.reset();
}

void TestSetupController::enterValues(const QString &secret)
{
    m_model->setCloud(Cloud::Custom);
    m_model->setCustomBases(m_cloud.baseUrl(), m_cloud.baseUrl());
    m_model->setTenantInput(defaults::tenantDomain);
    m_model->setClientId(defaults::clientId);
    m_model->setSecret(secret);
    m_model->setSecretExpiry(defaults::secretExpiry);
    m_model->setRedirectUris({defaults::flexoRedirectUri});
    m_model->setLifecycleUrl(QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle")));
    m_model->setProxy(QStringLiteral("none"));
}

bool TestSetupController::runStep(const std::function<void()> &step, SetupController::Task task)
{
    QSignalSpy finished(m_controller.get(), &SetupController::taskFinished);
    step();
    // Some steps end at once (an export), the others later.
    if (finished.isEmpty() && !finished.wait(30000))
        return false;
    const QList<QVariant> last = finished.last();
    return last.at(0).value<SetupController::Task>() == task && last.at(1).toBool();
}

void TestSetupController::happyPathSavesTheConfigAndTheSecret()
{
    enterValues();
    QVERIFY(m_model->hasUnsavedChanges());

    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    QVERIFY(m_model->passed(CheckId::Discovery));
    QCOMPARE(m_model->config().tenantId, defaults::tenantId); // resolved from the domain

    QVERIFY(runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QVERIFY(m_model->passed(CheckId::AppCredentials));

    QSignalSpy signInUrl(m_controller.get(), &SetupController::signInUrlChanged);
    QVERIFY(runStep([this] { m_controller->startSignIn(); }, SetupController::Task::SignIn));
    QVERIFY(m_model->passed(CheckId::SignIn));
    QVERIFY(m_model->passed(CheckId::Refresh));
    QCOMPARE(m_model->result(CheckId::SignIn).facts.value(QStringLiteral("account")).toString(),
             defaults::signInUser);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(m_opened.first().path().endsWith(QLatin1String("/authorize")));
    QVERIFY(m_controller->signInUrl().isValid());
    QVERIFY(!signInUrl.isEmpty());

    QVERIFY(runStep([this] { m_controller->runMeetingTest(); }, SetupController::Task::MeetingTest));
    QVERIFY(m_model->passed(CheckId::MeetingCreate));
    QVERIFY(m_model->passed(CheckId::MeetingDelete));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
    QCOMPARE(m_controller->leftoverMeetingCount(), 0);

    const QString path = m_dir->filePath(QStringLiteral("connector.json"));
    QSignalSpy saved(m_controller.get(), &SetupController::saveFinished);
    QVERIFY(runStep([&] { m_controller->save(path); }, SetupController::Task::Save));
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().at(0).value<Error>().isNull());
    QVERIFY(!m_model->hasUnsavedChanges());
    QCOMPARE(m_model->savedPath(), path);

    // The secret is in the keychain entry bound to the cloud, tenant and client; the file has none.
    const Result<ConnectorConfig> file = ConfigFile::load(path);
    QVERIFY(file.ok());
    QVERIFY(file.value().secret.isEmpty());
    QCOMPARE(file.value().tenantId, defaults::tenantId);
    QCOMPARE(file.value().lastVerification.when, kNow);
    QCOMPARE(file.value().lastVerification.passedChecks,
             QStringList({QStringLiteral("discovery"), QStringLiteral("app-credentials"),
                          QStringLiteral("sign-in"), QStringLiteral("refresh"),
                          QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")}));
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(file.value());
    QVERIFY(entry.ok());
    QCOMPARE(m_store.count(), 1);
    QCOMPARE(m_store.value(entry.value().service, entry.value().key), defaults::secret);

    // The copy for the FlexO server holds the secret only when asked.
    const QString plainExport = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(runStep([&] { m_controller->exportConfig(plainExport, false); }, SetupController::Task::Export));
    QVERIFY(ConfigFile::load(plainExport).value().secret.isEmpty());
    const QString secretExport = m_dir->filePath(QStringLiteral("export-with-secret.json"));
    QVERIFY(runStep([&] { m_controller->exportConfig(secretExport, true); }, SetupController::Task::Export));
    QCOMPARE(ConfigFile::load(secretExport).value().secret, defaults::secret);
}

// "Keep this sign-in": off by default; ticked, the refresh token, the account and the date go to the
// keychain entry of the kept sign-in (beside the secret's); unticked again, it is removed.
void TestSetupController::passedSignInIsKeptOnlyWhenAsked()
{
    enterValues();
    QVERIFY(!m_controller->canKeepSignIn());
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    QVERIFY(runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QVERIFY(!m_controller->canKeepSignIn());
    QVERIFY(runStep([this] { m_controller->startSignIn(); }, SetupController::Task::SignIn));
    QVERIFY(m_controller->canKeepSignIn());
    QCOMPARE(m_controller->signedInAccount(), defaults::signInUser);
    QCOMPARE(m_store.count(), 0); // nothing kept unless asked

    const Result<KeychainEntry> entry = KeychainBinding::keptSignInEntryFor(m_model->config());
    QVERIFY(entry.ok());
    QSignalSpy kept(m_controller.get(), &SetupController::keepSignInFinished);
    m_controller->setKeepSignIn(true);
    QVERIFY(kept.wait(10000));
    QVERIFY(kept.last().at(0).value<Error>().isNull());
    QVERIFY(kept.last().at(1).toBool());
    const KeptSignIn stored = KeptSignIn::fromValue(m_store.value(entry.value().service, entry.value().key));
    QVERIFY(!stored.isNull());
    QCOMPARE(stored.account, defaults::signInUser);
    QCOMPARE(stored.keptAt, kNow);
    QVERIFY(stored.refreshToken.startsWith(QLatin1String("1.fakerefresh.")));
    QCOMPARE(m_store.count(), 1);

    m_controller->setKeepSignIn(false);
    QVERIFY(kept.wait(10000));
    QVERIFY(kept.last().at(0).value<Error>().isNull());
    QVERIFY(!kept.last().at(1).toBool());
    QCOMPARE(m_store.count(), 0);
}

// A sign-in kept for one registration is not left behind when the admin goes back and changes the
// client ID: it is removed (and said so); a new secret for the same registration keeps it.
void TestSetupController::keptSignInFollowsItsRegistration()
{
    enterValues();
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    QVERIFY(runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QVERIFY(runStep([this] { m_controller->startSignIn(); }, SetupController::Task::SignIn));
    const Result<KeychainEntry> entry = KeychainBinding::keptSignInEntryFor(m_model->config());
    QVERIFY(entry.ok());
    QSignalSpy kept(m_controller.get(), &SetupController::keepSignInFinished);
    m_controller->setKeepSignIn(true);
    QVERIFY(kept.wait(10000));
    QVERIFY(kept.last().at(1).toBool());
    QVERIFY(m_store.contains(entry.value().service, entry.value().key));

    // Same registration, another secret: the sign-in still belongs to it.
    m_model->setSecret(QStringLiteral("Ab8Q~anotherSecretValue0123456789abcdefgh"));
    QVERIFY(!kept.wait(300));
    QVERIFY(m_store.contains(entry.value().service, entry.value().key));

    // Typed character by character: one removal, answered once.
    const QString otherClient = QStringLiteral("0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8");
    for (int length = 1; length <= otherClient.size(); length += 9)
        m_model->setClientId(otherClient.left(length));
    m_model->setClientId(otherClient);
    QVERIFY(kept.wait(10000));
    QVERIFY(kept.last().at(0).value<Error>().isNull());
    QVERIFY(!kept.last().at(1).toBool());
    QCOMPARE(m_store.count(), 0);
    QVERIFY(!kept.wait(300));
    QCOMPARE(kept.size(), 2);

    // Unticking now removes nothing else and says nothing is kept.
    m_controller->setKeepSignIn(false);
    QVERIFY(kept.wait(10000));
    QVERIFY(kept.last().at(0).value<Error>().isNull());
    QVERIFY(!kept.last().at(1).toBool());
}

void TestSetupController::unknownTenantStopsAtDiscovery()
{
    enterValues();
    m_model->setTenantInput(QStringLiteral("nobody.onmicrosoft.com"));
    QVERIFY(!runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    const CheckResult discovery = m_model->result(CheckId::Discovery);
    QCOMPARE(discovery.status, CheckStatus::Failed);
    QCOMPARE(discovery.observed.aadsts, QStringLiteral("AADSTS90002"));
    QVERIFY(!discovery.fix.isEmpty());
    QVERIFY(m_model->config().tenantId.isEmpty());

    // Verifying needs the tenant: it is skipped with the reason, and nothing reaches the token endpoint.
    m_cloud.clearRequestLog();
    QVERIFY(!runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QCOMPARE(m_model->result(CheckId::AppCredentials).status, CheckStatus::Skipped);
    QCOMPARE(m_model->result(CheckId::AppCredentials).skipReason, SkipReason::PrerequisiteFailed);
    for (const QJsonValue &request : m_cloud.requestLog())
        QVERIFY(
            !request.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/token")));
}

void TestSetupController::wrongSecretFailsVerification()
{
    enterValues(QStringLiteral("Wr0Q~notTheSecretOfThisApp.0123456789abc"));
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    QVERIFY(!runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    const CheckResult verified = m_model->result(CheckId::AppCredentials);
    QCOMPARE(verified.status, CheckStatus::Failed);
    QCOMPARE(verified.observed.aadsts, QStringLiteral("AADSTS7000215"));
    QVERIFY(!verified.summary.contains(QLatin1String("Wr0Q~")));

    // Correcting the secret drops the failed result; verifying again passes.
    m_model->setSecret(defaults::secret);
    QVERIFY(!m_model->hasResult(CheckId::AppCredentials));
    QVERIFY(runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QVERIFY(m_model->passed(CheckId::AppCredentials));
}

void TestSetupController::lockedKeychainSavesNothing()
{
    enterValues();
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    m_store.setMode(MemorySecretStore::Mode::Locked);
    const QString path = m_dir->filePath(QStringLiteral("connector.json"));
    QSignalSpy saved(m_controller.get(), &SetupController::saveFinished);
    QVERIFY(!runStep([&] { m_controller->save(path); }, SetupController::Task::Save));
    QCOMPARE(saved.count(), 1);
    const Error error = saved.first().at(0).value<Error>();
    QCOMPARE(error.code, QString(secretErrors::lockedCode));
    QVERIFY(!error.fix.isEmpty());
    // The config is not written without its secret, and the work is still unsaved.
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_model->hasUnsavedChanges());
    QCOMPARE(m_store.count(), 0);
}

void TestSetupController::changedClientIdDropsLaterResults()
{
    enterValues();
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    QVERIFY(runStep([this] { m_controller->verifyCredentials(); }, SetupController::Task::Verify));
    QSignalSpy invalidated(m_model.get(), &SetupModel::resultsInvalidated);
    m_model->setClientId(defaults::otherTenantId);
    QCOMPARE(invalidated.count(), 1);
    // What the graph says depends on the client ID is gone; discovery does not depend on it.
    QVERIFY(!m_model->hasResult(CheckId::AppCredentials));
    QVERIFY(m_model->passed(CheckId::Discovery));
}

// "I don't know the expiry date": the model holds none, the saved file has no secret.expires, and a
// diagnosis of that file warns that the expiry is not tracked, with the remedy to record it.
void TestSetupController::unknownExpirySavesNoDateAndIsNotTracked()
{
    enterValues();
    m_model->setSecretExpiry(QDate());
    QVERIFY(runStep([this] { m_controller->runDiscovery(); }, SetupController::Task::Discovery));
    const QString path = m_dir->filePath(QStringLiteral("connector.json"));
    QVERIFY(runStep([&] { m_controller->save(path); }, SetupController::Task::Save));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(saved.contains(QStringLiteral("secret")));
    QVERIFY(!saved.value(QStringLiteral("secret")).toObject().contains(QStringLiteral("expires")));
    const Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(!loaded.value().config.secretExpiry.isValid());

    DiagnosisEnvironment environment;
    environment.network = &m_network;
    environment.clock = [] { return kNow; };
    environment.journalFile = m_dir->filePath(QStringLiteral("journal.json"));
    DiagnosisService service(environment);
    const std::unique_ptr<CheckRunner> runner = service.createRunner(loaded.value().config, defaults::secret);
    QSignalSpy finished(runner.get(), &CheckRunner::finished);
    runner->run(QList<CheckId>{CheckId::SecretExpiry});
    QVERIFY(finished.wait(10000));
    const CheckResult expiry = runner->result(CheckId::SecretExpiry);
    QCOMPARE(expiry.status, CheckStatus::Warning);
    QVERIFY2(expiry.summary.contains(QLatin1String("not tracked")), qPrintable(expiry.summary));
    QCOMPARE(expiry.remedy.kind, RemedyKind::RecordSecretExpiry);
}

void TestSetupController::cloudIsDetectedFromTheGlobalService_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("tenantId");
    QTest::newRow("GCC High domain") << QStringLiteral("countyhigh.onmicrosoft.us") << true
                                     << int(Cloud::UsGovHigh)
                                     << QStringLiteral("5b1f0c2e-7a3d-4e8b-9c6f-1d2e3f4a5b6c");
    QTest::newRow("GCC High GUID") << QStringLiteral("5b1f0c2e-7a3d-4e8b-9c6f-1d2e3f4a5b6c") << true
                                   << int(Cloud::UsGovHigh)
                                   << QStringLiteral("5b1f0c2e-7a3d-4e8b-9c6f-1d2e3f4a5b6c");
    QTest::newRow("DoD domain") << QStringLiteral("armydod.onmicrosoft.us") << true << int(Cloud::UsGovDod)
                                << QStringLiteral("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    QTest::newRow("GCC moderate stays Global")
        << QStringLiteral("citygcc.onmicrosoft.com") << true << int(Cloud::Global)
        << QStringLiteral("0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d");
    QTest::newRow("unknown tenant") << QStringLiteral("nosuch.example") << false << int(Cloud::Custom)
                                    << QString();
}

void TestSetupController::cloudIsDetectedFromTheGlobalService()
{
    QFETCH(QString, tenant);
    QFETCH(bool, known);
    QFETCH(int, cloud);
    QFETCH(QString, tenantId);
    QString error;
    QVERIFY2(
        m_cloud.loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json"), &error),
        qPrintable(error));
    QSignalSpy detected(m_controller.get(), &SetupController::cloudDetected);
    m_controller->detectCloud(tenant);
    QVERIFY(m_controller->isDetectingCloud());
    QVERIFY(detected.wait(10000));
    QCOMPARE(detected.size(), 1);
    const auto detection = detected.first().first().value<TenantCloudDetection>();
    QCOMPARE(detection.tenant, tenant);
    QCOMPARE(detection.isKnown(), known);
    QCOMPARE(int(detection.cloud), cloud);
    QCOMPARE(detection.tenantId, tenantId);
    QVERIFY(!m_controller->isDetectingCloud());
    // Detection only reports: the model's cloud is the page's business.
    QCOMPARE(m_model->config().cloud, Cloud::Global);
}

void TestSetupController::newTextCancelsTheDetectionBefore()
{
    QString error;
    QVERIFY2(
        m_cloud.loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json"), &error),
        qPrintable(error));
    QSignalSpy detected(m_controller.get(), &SetupController::cloudDetected);
    // Typed letter by letter: only the last text is asked about.
    m_controller->detectCloud(QStringLiteral("countyhigh.onmicrosoft.u"));
    m_controller->detectCloud(QStringLiteral("countyhigh.onmicrosoft.us"));
    m_controller->detectCloud(QStringLiteral("armydod.onmicrosoft.us"));
    QVERIFY(detected.wait(10000));
    QTest::qWait(300);
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.first().first().value<TenantCloudDetection>().cloud, Cloud::UsGovDod);
    // Text that is not a tenant yet asks nothing, and drops the pending question.
    m_controller->detectCloud(QStringLiteral("countyhigh.onmicrosoft.us"));
    m_controller->detectCloud(QStringLiteral("county"));
    QVERIFY(!m_controller->isDetectingCloud());
    QTest::qWait(300);
    QCOMPARE(detected.size(), 1);
}

void TestSetupController::silentServiceEndsDetectionAtTheTimeout()
{
    QString error;
    QVERIFY2(m_cloud.addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("discovery")},
                                          {QStringLiteral("kind"), QStringLiteral("noAnswer")},
                                          {QStringLiteral("times"), 5}},
                              &error),
             qPrintable(error));
    QSignalSpy detected(m_controller.get(), &SetupController::cloudDetected);
    m_controller->detectCloud(defaults::tenantDomain);
    // The limit is 2 s in this test; generous for a loaded machine.
    QVERIFY(detected.wait(15000));
    const auto detection = detected.first().first().value<TenantCloudDetection>();
    QVERIFY(!detection.isKnown());
    QVERIFY(!detection.error.isNull());
    QVERIFY(!m_controller->isDetectingCloud());
}

QTEST_GUILESS_MAIN(TestSetupController)
#include "tst_setupcontroller.moc"
