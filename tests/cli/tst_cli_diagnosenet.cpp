// `diagnose` against the fake cloud's identity platform: the checks that need the network and the
// secret (discovery, app credentials), the time limit, Ctrl+C and a run without any secret.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "TestConfigs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using flexo::test::CliProcess;
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
    void interruptExitsThree();

private:
    QString writeConfig(const QString &name, const flexo::ConnectorConfig &config);
    QString goodConfig(const QString &name = QStringLiteral("good.json"));
    static void verifyNoSecret(const CliProcess::Outcome &outcome);

    flexo::fake::FakeCloud m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliDiagnoseNet::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_cloud.loadDefaultScenario();
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

void TstCliDiagnoseNet::verifyNoSecret(const CliProcess::Outcome &outcome)
{
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliDiagnoseNet::noSecretSkipsWithReason()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(m_cloud.baseUrl());
    config.secretLocation = {};
    const auto outcome =
        CliProcess().run({QStringLiteral("diagnose"), writeConfig(QStringLiteral("c.json"), config),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 0);
    const QJsonArray checks = QJsonDocument::fromJson(outcome.out)
                                  .object()
                                  .value(QStringLiteral("runs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
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
    CliProcess cli;
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
    CliProcess cli;
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

QTEST_GUILESS_MAIN(TstCliDiagnoseNet)
#include "tst_cli_diagnosenet.moc"
