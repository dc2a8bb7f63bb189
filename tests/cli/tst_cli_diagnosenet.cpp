// `diagnose` against the fake cloud's identity platform: the checks that need the network and the
// secret (discovery, app credentials), the time limit, Ctrl+C, a run without any secret, and the
// retry policy seen from the command line: a blip passes, an outage fails with what it tried.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "InProcessCli.h"
#include "TestConfigs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using flexo::test::CliProcess;
using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

class TstCliDiagnoseNet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noSecretSkipsWithReason();
    void expiredSecretFailsWithCode();
    void timeoutExitsThree();
    void interruptExitsThree(); // the real executable, sent SIGINT
    void transientTokenFaultPassesAfterOneRetry();
    void persistentTokenFaultFailsNamingEndpointAndIds();
    void retryAfterHoldsBackTheWholeRun();
    void proxyErrorPageIsNamedAsTheProxys_data();
    void proxyErrorPageIsNamedAsTheProxys();

private:
    QString writeConfig(const QString &name, const flexo::ConnectorConfig &config);
    QString goodConfig(const QString &name = QStringLiteral("good.json"));
    static void verifyNoSecret(const InProcessCli::Outcome &outcome);
    static QJsonObject checkOf(const InProcessCli::Outcome &outcome, const QString &id);
    void addTokenFault(const QJsonObject &fault);
    [[nodiscard]] int tokenRequests() const;
    InProcessCli::Outcome diagnose(const QString &format);

    flexo::fake::FakeCloud m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliDiagnoseNet::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
}

void TstCliDiagnoseNet::init()
{
    m_cloud.clearFaults();
    m_cloud.clearRequestLog();
    m_cloud.setLatency(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstCliDiagnoseNet::writeConfig(const QString &name, const flexo::ConnectorConfig &config)
{
    return TestConfigs::writeInto(m_dir->path(), name, config);
}

QString TstCliDiagnoseNet::goodConfig(const QString &name)
{
    return writeConfig(name, TestConfigs::forCloud(m_cloud.baseUrl()));
}

void TstCliDiagnoseNet::verifyNoSecret(const InProcessCli::Outcome &outcome)
{
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

QJsonObject TstCliDiagnoseNet::checkOf(const InProcessCli::Outcome &outcome, const QString &id)
{
    return TestConfigs::checkOf(outcome.out, id);
}

void TstCliDiagnoseNet::addTokenFault(const QJsonObject &fault)
{
    QJsonObject json = fault;
    json.insert(QStringLiteral("endpoint"), QStringLiteral("token"));
    json.insert(QStringLiteral("grantType"), QStringLiteral("client_credentials"));
    QString error;
    QVERIFY2(m_cloud.addFault(json, &error), qPrintable(error));
}

int TstCliDiagnoseNet::tokenRequests() const
{
    int count = 0;
    for (const QJsonValue &entry : m_cloud.requestLog())
        count += entry.toObject().value(QStringLiteral("endpoint")).toString() == QLatin1String("token");
    return count;
}

InProcessCli::Outcome TstCliDiagnoseNet::diagnose(const QString &format)
{
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    return cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), format});
}

void TstCliDiagnoseNet::noSecretSkipsWithReason()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(m_cloud.baseUrl());
    const auto outcome =
        InProcessCli().run({QStringLiteral("diagnose"), writeConfig(QStringLiteral("c.json"), config),
                            QStringLiteral("--format"), QStringLiteral("json")});
    // Skipped for want of the secret: nothing failed, but the run is incomplete (not a silent pass).
    QCOMPARE(outcome.exitCode, 4);
    const QJsonArray checks = TestConfigs::checksOf(outcome.out);
    bool sawSkip = false;
    for (const QJsonValue &check : checks) {
        const QJsonObject object = check.toObject();
        if (object.value(QStringLiteral("id")).toString() != QLatin1String("app-credentials"))
            continue;
        sawSkip = true;
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        const QString why = object.value(QStringLiteral("summary")).toString() +
                            object.value(QStringLiteral("cause")).toString();
        QVERIFY2(why.contains(QLatin1String("FLEXO_CLIENT_SECRET")), qPrintable(why));
    }
    QVERIFY(sawSkip);
}

void TstCliDiagnoseNet::expiredSecretFailsWithCode()
{
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::expiredSecret);
    const auto outcome = cli.run(
        {QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.outText().contains(QLatin1String("AADSTS7000222")), qPrintable(outcome.outText()));
    verifyNoSecret(outcome);
}

void TstCliDiagnoseNet::timeoutExitsThree()
{
    // Every answer of the cloud takes 10 s: the 1 s time limit fires first.
    m_cloud.setLatency(10000);
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--timeout"),
                                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    m_cloud.setLatency(0);
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.errText().contains(QLatin1String("Time limit")), qPrintable(outcome.errText()));
    const QJsonObject run = QJsonDocument::fromJson(outcome.out)
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(run.value(QStringLiteral("interrupted")).toBool(), true);
}

void TstCliDiagnoseNet::interruptExitsThree()
{
    m_cloud.setLatency(10000);
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    QProcess process;
    cli.startProcess(process, {QStringLiteral("diagnose"), goodConfig()});
    QVERIFY(process.waitForStarted());
    // Wait until the run is on the network, then press Ctrl+C.
    QTRY_VERIFY_WITH_TIMEOUT(!m_cloud.requestLog().isEmpty(), 10000);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
    m_cloud.setLatency(0);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("Interrupted"));
}

void TstCliDiagnoseNet::transientTokenFaultPassesAfterOneRetry()
{
    // Entra's "A transient error has occurred" once, with Retry-After: 1, as MSAL retries it.
    addTokenFault({{QStringLiteral("kind"), QStringLiteral("status")},
                   {QStringLiteral("status"), 503},
                   {QStringLiteral("retryAfter"), QStringLiteral("1")},
                   {QStringLiteral("call"), 1}});
    const auto outcome = diagnose(QStringLiteral("json"));
    QCOMPARE(outcome.exitCode, 4); // passed; without a person the sign-in is not verified
    const QJsonObject check = checkOf(outcome, QStringLiteral("app-credentials"));
    QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    const QString summary = check.value(QStringLiteral("summary")).toString();
    for (const char *part :
         {"Passed after one retry", "HTTP 503", "AADSTS90033", "request id", "Retry-After 1 s"})
        QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(summary));
    QCOMPARE(tokenRequests(), 2);
    verifyNoSecret(outcome);
}

void TstCliDiagnoseNet::persistentTokenFaultFailsNamingEndpointAndIds()
{
    addTokenFault({{QStringLiteral("kind"), QStringLiteral("status")},
                   {QStringLiteral("status"), 503},
                   {QStringLiteral("retryAfter"), QStringLiteral("1")},
                   {QStringLiteral("call"), 0}});
    QElapsedTimer elapsed;
    elapsed.start();
    const auto text = diagnose(QStringLiteral("text"));
    qInfo("diagnose with a persistent 503 on the token endpoint ended after %lld ms", elapsed.elapsed());
    QCOMPARE(text.exitCode, 1);
    // Once more and no further: the policy's bound (README, "Retries"), not endless waiting.
    QCOMPARE(tokenRequests(), 2);
    const QString report = text.outText();
    for (const char *part :
         {"/oauth2/v2.0/token", "2 attempt", "HTTP 503", "AADSTS90033", "request id", "correlation id"})
        QVERIFY2(report.contains(QLatin1String(part)),
                 qPrintable(QLatin1String(part) + QLatin1Char(' ') + report.right(3000)));

    m_cloud.clearRequestLog();
    const auto json = diagnose(QStringLiteral("json"));
    QCOMPARE(json.exitCode, 1);
    const QJsonObject check = checkOf(json, QStringLiteral("app-credentials"));
    QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    const QString all = QString::fromUtf8(QJsonDocument(check).toJson());
    const QJsonObject observed = check.value(QStringLiteral("observed")).toObject();
    const QJsonObject facts = check.value(QStringLiteral("facts")).toObject();
    QCOMPARE(observed.value(QStringLiteral("aadsts")).toString(), QStringLiteral("AADSTS90033"));
    QCOMPARE(observed.value(QStringLiteral("httpStatus")).toInt(), 503);
    QVERIFY2(!observed.value(QStringLiteral("correlationId")).toString().isEmpty(), qPrintable(all));
    QVERIFY2(!observed.value(QStringLiteral("traceId")).toString().isEmpty(), qPrintable(all));
    QCOMPARE(facts.value(QStringLiteral("attempts")).toInt(), 2);
    QVERIFY2(facts.value(QStringLiteral("endpoint")).toString().endsWith(QLatin1String("/oauth2/v2.0/token")),
             qPrintable(all));
    QVERIFY2(facts.contains(QStringLiteral("triedMs")), qPrintable(all));
    verifyNoSecret(text);
    verifyNoSecret(json);
}

// Two configs at once: the discovery document is briefly unavailable for the first request (503,
// Retry-After: 2) and comes late for the other. That config waits for the same quiet time before its
// next request to the service (the token), and its report says how long it waited and why.
void TstCliDiagnoseNet::retryAfterHoldsBackTheWholeRun()
{
    for (const QJsonObject &fault : {QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                                 {QStringLiteral("status"), 503},
                                                 {QStringLiteral("retryAfter"), QStringLiteral("2")},
                                                 {QStringLiteral("call"), 1}},
                                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                                 {QStringLiteral("latencyMs"), 700},
                                                 {QStringLiteral("call"), 2}}}) {
        QJsonObject json = fault;
        json.insert(QStringLiteral("endpoint"), QStringLiteral("discovery"));
        QString error;
        QVERIFY2(m_cloud.addFault(json, &error), qPrintable(error));
    }
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(QStringLiteral("first.json")),
                                  goodConfig(QStringLiteral("second.json")), QStringLiteral("--jobs"),
                                  QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 4); // passed; without a person the sign-in is not verified
    const QJsonArray runs =
        QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    int told = 0;
    int heldBack = 0;
    for (const QJsonValue &run : runs) {
        const QJsonArray checks = run.toObject().value(QStringLiteral("checks")).toArray();
        qint64 waited = 0;
        bool throttled = false;
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            const QJsonObject facts = check.value(QStringLiteral("facts")).toObject();
            waited += facts.value(QStringLiteral("heldBackMs")).toInteger();
            if (check.value(QStringLiteral("id")).toString() == QLatin1String("discovery"))
                throttled =
                    check.value(QStringLiteral("summary")).toString().contains(QLatin1String("HTTP 503"));
        }
        if (throttled) {
            ++told;
            QCOMPARE(waited, qint64(0)); // its own repeat waited for the Retry-After, once
        } else {
            ++heldBack;
            // What was left of the 2 s when its next request was due: the pause, not a guess.
            QVERIFY2(waited > 0 && waited <= 2000, qPrintable(QString::number(waited)));
        }
    }
    QCOMPARE(told, 1);
    QCOMPARE(heldBack, 1);
    QVERIFY(outcome.outText().contains(QLatin1String("heldBackMs")));
    verifyNoSecret(outcome);
}

void TstCliDiagnoseNet::proxyErrorPageIsNamedAsTheProxys_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("504") << 504;
}

void TstCliDiagnoseNet::proxyErrorPageIsNamedAsTheProxys()
{
    QFETCH(int, status);
    addTokenFault({{QStringLiteral("kind"), QStringLiteral("proxyPage")},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("call"), 0}});
    const auto outcome = diagnose(QStringLiteral("text"));
    QCOMPARE(outcome.exitCode, 1);
    const QString report = outcome.outText();
    for (const QString &part :
         {QStringLiteral("proxy or gateway (squid/5.7)"), QStringLiteral("HTTP %1").arg(status),
          QStringLiteral("nothing says that Microsoft's service is at fault")})
        QVERIFY2(report.contains(part), qPrintable(report));
    QVERIFY2(!report.contains(QLatin1String("The requested URL could not be retrieved")), qPrintable(report));
    verifyNoSecret(outcome);
}

QTEST_GUILESS_MAIN(TstCliDiagnoseNet)
#include "tst_cli_diagnosenet.moc"
