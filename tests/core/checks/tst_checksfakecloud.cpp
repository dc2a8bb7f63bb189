#include "BrowserSimulator.h"
#include "DefaultScenarioValues.h"
#include "FakeCheck.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/StandardChecks.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace flexo;
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

private:
    std::unique_ptr<CheckRunner> makeRunner(const ConnectorConfig &config, const QString &secret);
    QList<CheckResult> runToEnd(CheckRunner &runner, CheckRunner::Mode mode);
    static QString statuses(const QList<CheckResult> &results);

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<fake::BrowserSimulator> m_browser;
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
}

std::unique_ptr<CheckRunner> TestChecksFakeCloud::makeRunner(const ConnectorConfig &config,
                                                             const QString &secret)
{
    CheckContext context(config, &m_network);
    context.secret = secret;
    fake::BrowserSimulator *browser = m_browser.get();
    context.openBrowser = [browser](const QUrl &url) { browser->open(url); };
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
    QCOMPARE(results.size(), 5);
    for (const CheckId id :
         {CheckId::Config, CheckId::SecretExpiry, CheckId::Discovery, CheckId::AppCredentials}) {
        QVERIFY2(runner->result(id).status == CheckStatus::Passed, qPrintable(statuses(results)));
    }
    QCOMPARE(runner->result(CheckId::FlexoEndpoints).status, CheckStatus::Warning);
    QCOMPARE(runner->result(CheckId::Discovery).facts.value(QStringLiteral("tenantId")).toString(),
             kTenantId);
    QCOMPARE(runner->context().discovery.tenantId, kTenantId);
    QCOMPARE(worstOf(results), CheckStatus::Warning);
    QCOMPARE(runner->result(CheckId::SignIn).status, CheckStatus::Pending); // not part of the run
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
    QCOMPARE(results.size(), 9);
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

QTEST_GUILESS_MAIN(TestChecksFakeCloud)
#include "tst_checksfakecloud.moc"
