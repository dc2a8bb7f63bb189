#include "DefaultScenarioValues.h"
#include "checks/CheckRunner.h"
#include "checks/ConfigCheck.h"
#include "checks/SecretExpiryCheck.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace flexo;

namespace {

const QDate today(2026, 12, 1);

ConnectorConfig goodConfig()
{
    ConnectorConfig config;
    config.tenantId = fake::defaults::tenantId;
    config.tenantDomain = fake::defaults::tenantDomain;
    config.clientId = fake::defaults::clientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {fake::defaults::flexoRedirectUri};
    config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    return config;
}

QList<CheckResult> runConfigChecks(const ConnectorConfig &config, const QString &secret)
{
    CheckContext context(config, nullptr);
    context.secret = secret;
    context.clock = [] { return QDateTime(today, QTime(9, 0), QTimeZone::utc()); };
    CheckRunner runner(context);
    runner.addCheck(std::make_unique<ConfigCheck>());
    runner.addCheck(std::make_unique<SecretExpiryCheck>());
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::NonInteractive);
    if (!finished.wait(5000))
        return {};
    return finished.at(0).at(0).value<QList<CheckResult>>();
}

} // namespace

class TestConfigChecks : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("configStatus");
        QTest::addColumn<int>("expiryStatus");
        QTest::addColumn<QString>("code");

        const QString secret = fake::defaults::secret;
        const QString client = goodConfig().clientId;
        const int passed = int(CheckStatus::Passed);
        const int failed = int(CheckStatus::Failed);
        const int warning = int(CheckStatus::Warning);
        const int skipped = int(CheckStatus::Skipped);
        QTest::newRow("all good") << secret << QDate(2027, 6, 30) << client << passed << passed << QString();
        QTest::newRow("secret id pasted")
            << fake::defaults::secretId << QDate(2027, 6, 30) << client << failed << skipped
            << QStringLiteral("secret.looks-like-secret-id");
        QTest::newRow("client id is tenant id")
            << secret << QDate(2027, 6, 30) << goodConfig().tenantId << failed << skipped << QString();
        QTest::newRow("expired") << secret << QDate(2025, 1, 31) << client << passed << failed
                                 << QStringLiteral("secretExpiry.past");
        QTest::newRow("expires soon") << secret << today.addDays(10) << client << passed << warning
                                      << QStringLiteral("secretExpiry.soon");
        QTest::newRow("expiry unknown")
            << secret << QDate() << client << passed << warning << QStringLiteral("secretExpiry.unknown");
        QTest::newRow("beyond 24 months") << secret << today.addMonths(30) << client << passed << warning
                                          << QStringLiteral("secretExpiry.too-far");
    }

    void outcomes()
    {
        QFETCH(QString, secret);
        QFETCH(QDate, expiry);
        QFETCH(QString, clientId);
        QFETCH(int, configStatus);
        QFETCH(int, expiryStatus);
        QFETCH(QString, code);
        ConnectorConfig config = goodConfig();
        config.secretExpiry = expiry;
        config.clientId = clientId;
        const QList<CheckResult> results = runConfigChecks(config, secret);
        QCOMPARE(results.size(), 2);
        const CheckResult &configResult = results.at(0);
        const CheckResult &expiryResult = results.at(1);
        QCOMPARE(configResult.id, CheckId::Config);
        QCOMPARE(int(configResult.status), configStatus);
        QCOMPARE(int(expiryResult.status), expiryStatus);
        QVERIFY(!configResult.summary.isEmpty());
        QVERIFY(!expiryResult.summary.isEmpty());
        if (configStatus == int(CheckStatus::Failed)) {
            QVERIFY(!configResult.fix.isEmpty());
            QVERIFY(!configResult.facts.value(QStringLiteral("problems")).toStringList().isEmpty());
        }
        if (!code.isEmpty()) {
            const CheckResult &coded = configStatus == int(CheckStatus::Failed) ? configResult : expiryResult;
            QCOMPARE(coded.facts.value(QStringLiteral("errorCode")).toString(), code);
        }
        if (expiryStatus == int(CheckStatus::Skipped))
            QCOMPARE(expiryResult.summary, QStringLiteral("skipped because 'Configuration values' failed"));
    }

    void expiryIsReportedOnce()
    {
        ConnectorConfig config = goodConfig();
        config.secretExpiry = QDate(2025, 1, 31);
        const QList<CheckResult> results = runConfigChecks(config, fake::defaults::secret);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, CheckStatus::Passed);
        QVERIFY(results.at(1).summary.contains(QStringLiteral("2025-01-31")));
        QVERIFY(results.at(1).fix.contains(QStringLiteral("24 months")));
    }

    // "I don't know the expiry date" saves none: the check warns that expiry is not tracked and says,
    // as a value, to record the date. A known date needs no such remedy; an expired one a new secret.
    void unknownExpiryIsNotTrackedWithItsRemedy_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("remedy");
        QTest::newRow("unknown") << QDate() << int(CheckStatus::Warning)
                                 << int(RemedyKind::RecordSecretExpiry);
        QTest::newRow("known") << QDate(2027, 6, 30) << int(CheckStatus::Passed) << int(RemedyKind::None);
        QTest::newRow("expired") << QDate(2025, 1, 31) << int(CheckStatus::Failed)
                                 << int(RemedyKind::CreateNewSecret);
        QTest::newRow("soon") << today.addDays(10) << int(CheckStatus::Warning)
                              << int(RemedyKind::CreateNewSecret);
    }

    void unknownExpiryIsNotTrackedWithItsRemedy()
    {
        QFETCH(QDate, expiry);
        QFETCH(int, status);
        QFETCH(int, remedy);
        ConnectorConfig config = goodConfig();
        config.secretExpiry = expiry;
        const QList<CheckResult> results = runConfigChecks(config, fake::defaults::secret);
        QCOMPARE(results.size(), 2);
        const CheckResult &result = results.at(1);
        QCOMPARE(int(result.status), status);
        QCOMPARE(int(result.remedy.kind), remedy);
        if (!expiry.isValid()) {
            QVERIFY2(result.summary.contains(QLatin1String("not tracked")), qPrintable(result.summary));
            QVERIFY(!result.fix.isEmpty());
            QVERIFY(!result.remedy.summary().isEmpty());
            QVERIFY(!result.facts.contains(QStringLiteral("expires")));
        }
    }

    void withoutSecretTheKeychainEntryIsEnough()
    {
        const QList<CheckResult> results = runConfigChecks(goodConfig(), QString());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, CheckStatus::Passed);
    }
};

QTEST_GUILESS_MAIN(TestConfigChecks)
#include "tst_configchecks.moc"
