#include "BrowserSimulator.h"
#include "DefaultScenarioValues.h"
#include "FakeCheck.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/StandardChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace flexo;

Q_DECLARE_METATYPE(flexo::CheckStatus)
Q_DECLARE_METATYPE(flexo::RemedyKind)
using namespace flexo::checkstest;

// The standard checks end to end against the in-process fake cloud.
class TestChecksFakeCloud : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nonInteractiveHappyPath();
    void wrongSecretFailsAppCredentials();
    void expiredSecret();
    void unknownTenant();
    void interactiveEverythingPasses();
    void chinaSkipsTheMeetingChecks();
    void cancelStopsTheSignIn();
    void redirectUris_data();
    void redirectUris();
    void refusedSignInUriFailsBeforeTheBrowser();
    void crossCloudAppCredentialsAreExplained();
    void redirectOnAnotherPlatformIsExplained_data();
    void redirectOnAnotherPlatformIsExplained();

private:
    std::unique_ptr<CheckRunner> makeRunner(const ConnectorConfig &config, const QString &secret);
    QList<CheckResult> runToEnd(CheckRunner &runner, CheckRunner::Mode mode);
    static QString statuses(const QList<CheckResult> &results);

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<fake::BrowserSimulator> m_browser;
    int m_browserOpened = 0;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestChecksFakeCloud::initTestCase()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    QVERIFY(m_dir.isValid());
}

void TestChecksFakeCloud::init()
{
    m_fake->loadDefaultScenario();
    m_fake->clearFaults();
    m_browser = std::make_unique<fake::BrowserSimulator>();
    m_browserOpened = 0;
}

std::unique_ptr<CheckRunner> TestChecksFakeCloud::makeRunner(const ConnectorConfig &config,
                                                             const QString &secret)
{
    CheckContext context(config, &m_network);
    context.secret = secret;
    fake::BrowserSimulator *browser = m_browser.get();
    int *opened = &m_browserOpened;
    context.openBrowser = [browser, opened](const QUrl &url) {
        ++*opened;
        browser->open(url);
    };
    auto runner = std::make_unique<CheckRunner>(context);
    runner->addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner->check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner->check(CheckId::MeetingCreate))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    return runner;
}

QList<CheckResult> TestChecksFakeCloud::runToEnd(CheckRunner &runner, CheckRunner::Mode mode)
{
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(mode);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
        return {};
    return finished.at(0).at(0).value<QList<CheckResult>>();
}

QString TestChecksFakeCloud::statuses(const QList<CheckResult> &results)
{
    QStringList parts;
    for (const CheckResult &result : results)
        parts << checkName(result.id) + QLatin1Char('=') + statusName(result.status) + QLatin1String(" (") +
                     result.summary + QLatin1Char(')');
    return parts.join(QLatin1Char('\n'));
}

void TestChecksFakeCloud::nonInteractiveHappyPath()
{
    auto runner = makeRunner(fakeCloudConfig(m_fake->baseUrl()), kSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::NonInteractive);
    QCOMPARE(results.size(), 10); // every check listed; what needs a person ends skipped
    for (const CheckId id : {CheckId::Config, CheckId::SecretExpiry, CheckId::Discovery,
                             CheckId::AppCredentials, CheckId::RedirectUris}) {
        QVERIFY2(runner->result(id).status == CheckStatus::Passed, qPrintable(statuses(results)));
    }
    QCOMPARE(runner->result(CheckId::FlexoEndpoints).status, CheckStatus::Warning);
    QCOMPARE(runner->result(CheckId::Discovery).facts.value(QStringLiteral("tenantId")).toString(),
             kTenantId);
    QCOMPARE(runner->context().discovery.tenantId, kTenantId);
    QCOMPARE(worstOf(results), CheckStatus::Warning);
    QCOMPARE(runner->result(CheckId::SignIn).skipReason, SkipReason::NeedsPerson);
    QCOMPARE(runner->result(CheckId::MeetingCreate).status, CheckStatus::Skipped);
}

void TestChecksFakeCloud::wrongSecretFailsAppCredentials()
{
    const QString wrong = QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcd");
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.secretHint = QStringLiteral("Wr0");
    auto runner = makeRunner(config, wrong);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::Interactive);
    const CheckResult app = runner->result(CheckId::AppCredentials);
    QVERIFY2(app.status == CheckStatus::Failed, qPrintable(statuses(results)));
    QCOMPARE(app.observed.aadsts, QStringLiteral("AADSTS7000215"));
    QCOMPARE(app.observed.httpStatus, 401);
    QVERIFY(!app.fix.isEmpty());
    QVERIFY(!app.observed.traceId.isEmpty());
    for (const CheckId id :
         {CheckId::SignIn, CheckId::Refresh, CheckId::MeetingCreate, CheckId::MeetingDelete})
        QCOMPARE(runner->result(id).status, CheckStatus::Skipped);
    QCOMPARE(runner->result(CheckId::SignIn).summary,
             QStringLiteral("skipped because 'Application credentials' failed"));
}

void TestChecksFakeCloud::expiredSecret()
{
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.secretExpiry = QDate(2025, 1, 31);
    config.secretHint = QStringLiteral("Old");
    auto runner = makeRunner(config, kExpiredSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::NonInteractive);
    QCOMPARE(runner->result(CheckId::SecretExpiry).status, CheckStatus::Failed);
    const CheckResult app = runner->result(CheckId::AppCredentials);
    QVERIFY2(app.status == CheckStatus::Failed, qPrintable(statuses(results)));
    QCOMPARE(app.observed.aadsts, QStringLiteral("AADSTS7000222"));
}

void TestChecksFakeCloud::unknownTenant()
{
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.tenantId = QStringLiteral("5c0ffee0-1234-4abc-8def-0123456789ab");
    config.tenantDomain.clear();
    auto runner = makeRunner(config, kSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::Interactive);
    const CheckResult discovery = runner->result(CheckId::Discovery);
    QVERIFY2(discovery.status == CheckStatus::Failed, qPrintable(statuses(results)));
    QCOMPARE(discovery.observed.aadsts, QStringLiteral("AADSTS90002"));
    for (const CheckId id : {CheckId::AppCredentials, CheckId::SignIn, CheckId::Refresh,
                             CheckId::MeetingCreate, CheckId::MeetingDelete})
        QCOMPARE(runner->result(id).status, CheckStatus::Skipped);
    QCOMPARE(runner->result(CheckId::AppCredentials).summary,
             QStringLiteral("skipped because 'Tenant discovery' failed"));
}

void TestChecksFakeCloud::interactiveEverythingPasses()
{
    auto runner = makeRunner(fakeCloudConfig(m_fake->baseUrl()), kSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::Interactive);
    QCOMPARE(results.size(), 10);
    for (const CheckResult &result : results) {
        if (result.id == CheckId::FlexoEndpoints)
            continue; // FlexO's hosts are pointed at a closed port here: a warning, checked above
        QVERIFY2(result.status == CheckStatus::Passed, qPrintable(statuses(results)));
    }
    QCOMPARE(runner->result(CheckId::SignIn).facts.value(QStringLiteral("account")).toString(),
             fake::defaults::signInUser);
    QVERIFY(!runner->result(CheckId::MeetingCreate)
                 .facts.value(QStringLiteral("meetingId"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_fake->liveMeetingCount(), 0);
}

void TestChecksFakeCloud::chinaSkipsTheMeetingChecks()
{
    // A China config cannot reach the fake; what matters is that the meeting checks say why they
    // did not run instead of failing. The sign-in and its prerequisites are given as passed.
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.cloud = Cloud::China;
    CheckContext context(config, &m_network);
    context.secret = kSecret;
    context.tokens.accessToken = QStringLiteral("not-used");
    // A sign-in that passes without a browser, before the real meeting checks.
    CheckRunner runner(context, CheckGraph({{CheckId::SignIn, {}, {}, {}},
                                            {CheckId::MeetingCreate, {CheckId::SignIn}, {}, {}},
                                            {CheckId::MeetingDelete, {CheckId::MeetingCreate}, {}, {}}}));
    runner.addCheck(std::make_unique<FakeCheck>(CheckId::SignIn));
    auto checks = StandardChecks::create();
    for (auto &check : checks) {
        if (check->id() == CheckId::MeetingCreate || check->id() == CheckId::MeetingDelete)
            runner.addCheck(std::move(check));
    }
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(QList<CheckId>{CheckId::MeetingCreate, CheckId::MeetingDelete});
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.result(CheckId::SignIn).status, CheckStatus::Passed);
    const CheckResult create = runner.result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Skipped);
    QCOMPARE(create.summary, QStringLiteral("not available in that cloud"));
    QVERIFY(!create.cause.isEmpty());
    QCOMPARE(runner.result(CheckId::MeetingDelete).status, CheckStatus::Skipped);
}

void TestChecksFakeCloud::cancelStopsTheSignIn()
{
    auto runner = makeRunner(fakeCloudConfig(m_fake->baseUrl()), kSecret);
    // Nobody answers the browser: the sign-in waits for a person until cancelled.
    runner->context().openBrowser = [](const QUrl &) {};
    QSignalSpy started(runner.get(), &CheckRunner::checkStarted);
    QSignalSpy finished(runner.get(), &CheckRunner::finished);
    runner->run(CheckRunner::Mode::Interactive);
    QTRY_VERIFY_WITH_TIMEOUT(runner->result(CheckId::AppCredentials).status == CheckStatus::Passed, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(started.cbegin(), started.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).value<CheckId>() == CheckId::SignIn;
                                         }),
                             15000);
    runner->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(runner->wasCancelled());
    QCOMPARE(runner->result(CheckId::SignIn).status, CheckStatus::Skipped);
    QCOMPARE(runner->result(CheckId::MeetingDelete).summary, QStringLiteral("cancelled"));
}

// The redirect-uris check against the fake's authorize page: the test sign-in URI and two FlexO URIs.
void TestChecksFakeCloud::redirectUris_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("flexoUris");
    QTest::addColumn<QString>("fault"); // on /authorize: "" or a fault kind
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<RemedyKind>("remedy");
    QTest::addColumn<QString>("remedyTarget");
    QTest::addColumn<QStringList>("outcomes");

    const QString registered = fake::defaults::flexoRedirectUri;
    const QString missing = QStringLiteral("https://flexo.stluc.example/teams/oauth/other");
    QTest::newRow("all accepted") << kClientId << QStringList{registered} << QString() << CheckStatus::Passed
                                  << QString() << RemedyKind::None << QString()
                                  << QStringList{QStringLiteral("accepted"), QStringLiteral("accepted")};
    QTest::newRow("a FlexO URI not registered")
        << kClientId << QStringList{registered, missing} << QString() << CheckStatus::Failed
        << QStringLiteral("AADSTS50011") << RemedyKind::RegisterRedirectUri << missing
        << QStringList{QStringLiteral("accepted"), QStringLiteral("accepted"),
                       QStringLiteral("not-registered")};
    QTest::newRow("app not in tenant")
        << QStringLiteral("0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c") << QStringList{registered} << QString()
        << CheckStatus::Failed << QStringLiteral("AADSTS700016") << RemedyKind::CorrectClientId << QString()
        << QStringList{QStringLiteral("app-not-in-tenant"), QStringLiteral("app-not-in-tenant")};
    // Could not be pre-checked is never a failure.
    QTest::newRow("no answer") << kClientId << QStringList{registered} << QStringLiteral("drop")
                               << CheckStatus::Warning << QString() << RemedyKind::None << QString()
                               << QStringList{QStringLiteral("unknown"), QStringLiteral("unknown")};
}

void TestChecksFakeCloud::redirectUris()
{
    QFETCH(QString, clientId);
    QFETCH(QStringList, flexoUris);
    QFETCH(QString, fault);
    QFETCH(CheckStatus, status);
    QFETCH(QString, code);
    QFETCH(RemedyKind, remedy);
    QFETCH(QString, remedyTarget);
    QFETCH(QStringList, outcomes);
    if (!fault.isEmpty())
        QVERIFY(m_fake->addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("authorize")},
                                             {QStringLiteral("kind"), fault}}));
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.clientId = clientId;
    config.redirectUris = flexoUris;
    auto runner = makeRunner(config, QString()); // the pre-check needs no secret
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::NonInteractive);
    const CheckResult result = runner->result(CheckId::RedirectUris);
    QVERIFY2(result.status == status, qPrintable(statuses(results)));
    QCOMPARE(result.facts.value(QStringLiteral("errorCode")).toString(), code);
    QCOMPARE(result.remedy.kind, remedy);
    if (!remedyTarget.isEmpty()) {
        QCOMPARE(result.remedy.target, remedyTarget);
        QCOMPARE(result.remedy.platform, QStringLiteral("web"));
        QVERIFY2(result.summary.contains(remedyTarget), qPrintable(result.summary));
    }
    QStringList seen;
    const QVariantList listed = result.facts.value(QStringLiteral("redirectUris")).toList();
    for (const QVariant &entry : listed)
        seen << entry.toMap().value(QStringLiteral("outcome")).toString();
    QCOMPARE(seen, outcomes);
    QCOMPARE(listed.first().toMap().value(QStringLiteral("usedBy")).toString(),
             QStringLiteral("test-sign-in"));
    // Without a secret the app-credentials check is skipped; the pre-check ran all the same.
    QCOMPARE(runner->result(CheckId::AppCredentials).status, CheckStatus::Skipped);
}

// An interactive run whose test sign-in URI Entra refuses would leave the person on Microsoft's error
// page until the time-out: the sign-in fails at once instead, naming the URI, and no browser opens.
void TestChecksFakeCloud::refusedSignInUriFailsBeforeTheBrowser()
{
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.signInRedirectUri = QStringLiteral("http://localhost/not-registered");
    for (const bool alone : {false, true}) {
        auto runner = makeRunner(config, kSecret);
        QList<CheckResult> results;
        if (alone) {
            // As the wizard runs it: the sign-in by itself, with no redirect-uris verdict to read.
            QSignalSpy finished(runner.get(), &CheckRunner::finished);
            runner->run(QList<CheckId>{CheckId::Discovery, CheckId::AppCredentials, CheckId::SignIn});
            QVERIFY(finished.wait(30000));
            results = finished.at(0).at(0).value<QList<CheckResult>>();
            QCOMPARE(runner->result(CheckId::RedirectUris).status, CheckStatus::Pending);
        } else {
            results = runToEnd(*runner, CheckRunner::Mode::Interactive);
            QCOMPARE(runner->result(CheckId::RedirectUris).status, CheckStatus::Failed);
        }
        const CheckResult signIn = runner->result(CheckId::SignIn);
        QVERIFY2(signIn.status == CheckStatus::Failed, qPrintable(statuses(results)));
        QCOMPARE(signIn.observed.aadsts, QStringLiteral("AADSTS50011"));
        QCOMPARE(signIn.remedy.kind, RemedyKind::RegisterRedirectUri);
        QCOMPARE(signIn.remedy.target, QStringLiteral("http://localhost/not-registered"));
        QVERIFY2(signIn.summary.contains(QLatin1String("http://localhost/not-registered")),
                 qPrintable(signIn.summary));
        QCOMPARE(m_browserOpened, 0);
        if (!alone) {
            for (const CheckId id : {CheckId::Refresh, CheckId::MeetingCreate, CheckId::MeetingDelete})
                QCOMPARE(runner->result(id).status, CheckStatus::Skipped);
        }
    }
}

// A GCC High tenant's confidential client at the global sign-in service: Microsoft answers AADSTS900382,
// which the check explains with the remedy to choose the tenant's own cloud.
void TestChecksFakeCloud::crossCloudAppCredentialsAreExplained()
{
    QVERIFY(m_fake->loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json")));
    QVERIFY(m_fake->setEndpointCloud(QStringLiteral("Global")));
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.tenantId = QStringLiteral("5b1f0c2e-7a3d-4e8b-9c6f-1d2e3f4a5b6c"); // countyhigh, GCC High
    config.tenantDomain.clear();
    config.clientId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    auto runner = makeRunner(config, kSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::NonInteractive);
    const CheckResult app = runner->result(CheckId::AppCredentials);
    QVERIFY2(app.status == CheckStatus::Failed, qPrintable(statuses(results)));
    QCOMPARE(app.observed.aadsts, QStringLiteral("AADSTS900382"));
    QCOMPARE(app.remedy.kind, RemedyKind::SwitchCloud);
    QVERIFY2(!app.cause.isEmpty() && !app.fix.isEmpty(), qPrintable(app.summary));
    QVERIFY(!app.remedy.summary().isEmpty());
}

// The test sign-in's URI registered on the wrong platform: the authorize endpoint takes it, the code's
// redemption does not (9002327 for a single-page application, 700025 for mobile and desktop); the
// sign-in names the move to the Web platform.
void TestChecksFakeCloud::redirectOnAnotherPlatformIsExplained_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("single-page application") << "spa"
                                             << "AADSTS9002327";
    QTest::newRow("mobile and desktop") << "publicClient"
                                        << "AADSTS700025";
}

void TestChecksFakeCloud::redirectOnAnotherPlatformIsExplained()
{
    QFETCH(QString, platform);
    QFETCH(QString, aadsts);
    const QString signInUri = QStringLiteral("http://localhost/flexo-teams-setup");
    QVERIFY(m_fake->loadScenario(fake::FakeCloud::defaultScenarioWithRedirectUris(
        {{QStringLiteral("web"), QJsonArray{fake::defaults::flexoRedirectUri}},
         {platform, QJsonArray{signInUri}}})));

    auto runner = makeRunner(fakeCloudConfig(m_fake->baseUrl()), kSecret);
    const QList<CheckResult> results = runToEnd(*runner, CheckRunner::Mode::Interactive);
    const CheckResult signIn = runner->result(CheckId::SignIn);
    QVERIFY2(signIn.status == CheckStatus::Failed, qPrintable(statuses(results)));
    QCOMPARE(signIn.observed.aadsts, aadsts);
    QCOMPARE(signIn.remedy.kind, RemedyKind::RegisterRedirectUri);
    QCOMPARE(signIn.remedy.target, signInUri);
    QCOMPARE(signIn.remedy.fromPlatform, platform);
    QCOMPARE(signIn.remedy.platform, QStringLiteral("web"));
    QVERIFY2(signIn.remedy.summary().contains(Remedy::platformName(platform)),
             qPrintable(signIn.remedy.summary()));
}

QTEST_GUILESS_MAIN(TestChecksFakeCloud)
#include "tst_checksfakecloud.moc"
