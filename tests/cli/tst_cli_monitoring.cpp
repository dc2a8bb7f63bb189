// `diagnose` as a monitor runs it, against the fake cloud: exit code 4 when nothing failed but not
// everything could be checked, the Nagios plugin's states and exit codes, the Prometheus file written
// with --output, and a run from a timer without a session keychain that says UNKNOWN, never OK.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "InProcessCli.h"
#include "TestConfigs.h"
#include "cli/DiagnoseBatch.h"
#include "diagnosis/DiagnosisService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using flexo::test::CliProcess;
using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

class TstCliMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nonInteractiveRunIsIncomplete();
    void failureWinsOverIncomplete();
    void nagiosStates_data();
    void nagiosStates();
    void nagiosUsageErrorIsUnknown();
    void nagiosStoppedByItsTimeLimitIsUnknown();
    void nagiosEveryCheckRanIsWarningAtWorst();
    void prometheusFileWrittenAtomically();
    void fileNamedTwiceIsDiagnosedOnce();
    void oneRunWritesEveryReport();
    void withoutSessionKeychainNeverPasses_data();
    void withoutSessionKeychainNeverPasses();
    void fleetIsBoundedPerTenant();

private:
    QString goodConfig(const QString &name = QStringLiteral("good.json"));
    QString wrongClientConfig();

    flexo::fake::FakeCloud m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliMonitoring::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
}

void TstCliMonitoring::init()
{
    m_cloud.clearFaults();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstCliMonitoring::goodConfig(const QString &name)
{
    return TestConfigs::writeInto(m_dir->path(), name, TestConfigs::forCloud(m_cloud.baseUrl()));
}

QString TstCliMonitoring::wrongClientConfig()
{
    flexo::ConnectorConfig wrong = TestConfigs::forCloud(m_cloud.baseUrl());
    wrong.clientId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");
    return TestConfigs::writeInto(m_dir->path(), QStringLiteral("wrong.json"), wrong);
}

// Without a person the sign-in, refresh and meeting probe cannot run: nothing failed, but the run
// does not prove meetings can be made, and says so in its exit code and report.
void TstCliMonitoring::nonInteractiveRunIsIncomplete()
{
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run(
        {QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 4);
    const QJsonObject report = QJsonDocument::fromJson(outcome.out).object();
    QCOMPARE(report.value(QStringLiteral("meetingVerdict")).toString(), QStringLiteral("not-verified"));
    const QJsonArray missing = report.value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("notVerified"))
                                   .toArray();
    QStringList checks;
    for (const QJsonValue &entry : missing) {
        const QString check = entry.toObject().value(QStringLiteral("check")).toString();
        checks << check;
        // The sign-in wants a person; what follows it could also run from a kept sign-in.
        QCOMPARE(entry.toObject().value(QStringLiteral("reason")).toString(),
                 check == QLatin1String("sign-in") ? QStringLiteral("needs-person")
                                                   : QStringLiteral("needs-kept-sign-in"));
    }
    QVERIFY2(checks.contains(QStringLiteral("sign-in")) && checks.contains(QStringLiteral("meeting-create")),
             outcome.out.constData());
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

// An incomplete config beside a failed one: the failure is what the exit code says.
void TstCliMonitoring::failureWinsOverIncomplete()
{
    flexo::ConnectorConfig good = TestConfigs::forCloud(m_cloud.baseUrl());
    good.secret = TestConfigs::secret;
    flexo::ConnectorConfig wrong = good;
    wrong.clientId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");
    const QString goodPath = m_dir->filePath(QStringLiteral("good.json"));
    const QString wrongPath = m_dir->filePath(QStringLiteral("wrong.json"));
    QVERIFY(TestConfigs::write(good, goodPath, /*includeSecret=*/true));
    QVERIFY(TestConfigs::write(wrong, wrongPath, /*includeSecret=*/true));
    InProcessCli cli;
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodPath, wrongPath});
    QCOMPARE(outcome.exitCode, 1);
    QCOMPARE(cli.run({QStringLiteral("diagnose"), goodPath}).exitCode, 4);
}

void TstCliMonitoring::nagiosStates_data()
{
    QTest::addColumn<bool>("wrongClient");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("state");
    QTest::newRow("incomplete: UNKNOWN") << false << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("a check failed: CRITICAL") << true << 2 << QStringLiteral("CRITICAL");
}

void TstCliMonitoring::nagiosStates()
{
    QFETCH(bool, wrongClient);
    QFETCH(int, exitCode);
    QFETCH(QString, state);
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const QString config = wrongClient ? wrongClientConfig() : goodConfig();
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), config, QStringLiteral("--format"), QStringLiteral("nagios")});
    QCOMPARE(outcome.exitCode, exitCode);
    const QString line = outcome.outText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(line.startsWith(QStringLiteral("FLEXO TEAMS %1 - ").arg(state)), qPrintable(outcome.outText()));
    QVERIFY2(line.contains(QLatin1String(" | ")) && line.contains(QLatin1String("secret_days_left=")),
             qPrintable(line));
    // Nothing but the plugin output on standard output; no progress on standard error.
    QVERIFY2(!outcome.errText().contains(QLatin1String("diagnosed")), qPrintable(outcome.errText()));
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliMonitoring::nagiosUsageErrorIsUnknown()
{
    InProcessCli cli;
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("nagios"),
                 QStringLiteral("--jobs"), QStringLiteral("0"), goodConfig()});
    QCOMPARE(outcome.exitCode, 3);
    const auto other =
        cli.run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--jobs"), QStringLiteral("0"), goodConfig()});
    QCOMPARE(other.exitCode, 2);
}

// A slow service makes the plugin stop at its time limit and answer UNKNOWN with what finished, before
// the monitoring system would kill it without a word.
void TstCliMonitoring::nagiosStoppedByItsTimeLimitIsUnknown()
{
    QString error;
    QVERIFY2(m_cloud.addFault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
                               {QStringLiteral("kind"), QStringLiteral("latency")},
                               {QStringLiteral("latencyMs"), 5000}},
                              &error),
             qPrintable(error));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"),
                 QStringLiteral("nagios"), QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.outText().startsWith(QLatin1String("FLEXO TEAMS UNKNOWN - the run was stopped")),
             qPrintable(outcome.outText()));
    // What finished before the limit is still reported.
    QVERIFY2(outcome.outText().contains(QLatin1String("check_config_seconds=")),
             qPrintable(outcome.outText()));
}

// With a person signing in every check runs: the only warning left is the FlexO hosts of the test
// config (closed local ports), so the plugin says WARNING (exit 1), not UNKNOWN.
void TstCliMonitoring::nagiosEveryCheckRanIsWarningAtWorst()
{
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER));
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--interactive"),
                                  QStringLiteral("--format"), QStringLiteral("nagios")},
                                 90000);
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    QVERIFY2(outcome.exitCode == 1, outcome.out.constData());
    QVERIFY2(outcome.outText().startsWith(QLatin1String("FLEXO TEAMS WARNING - ")), outcome.out.constData());
    QVERIFY2(outcome.outText().contains(QLatin1String("check_meeting_create_seconds=")),
             outcome.out.constData());
    QVERIFY2(!outcome.outText().contains(QLatin1String("not verified")), outcome.out.constData());
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
}

void TstCliMonitoring::prometheusFileWrittenAtomically()
{
    const QString target = m_dir->filePath(QStringLiteral("flexo-teams.prom"));
    QFile stale(target);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale\n");
    stale.close();
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const QString config = goodConfig();
    const auto outcome = cli.run({QStringLiteral("diagnose"), config, QStringLiteral("--format"),
                                  QStringLiteral("prometheus"), QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY(outcome.out.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(!text.contains(QLatin1String("stale")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("flexo_teams_state{config=\"%1\"} 3\n").arg(config)),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("flexo_teams_check_status{config=\"%1\",check=\"app-credentials\"} 1\n")
                          .arg(config)),
        qPrintable(text));
    QVERIFY(!text.contains(TestConfigs::secret));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("flexo-teams.prom*")}, QDir::Files).size(), 1);
}

// node_exporter drops a textfile with a series twice, so a glob beside a config's own name would
// blank the dashboard: each file is diagnosed and reported once, under the name it was first given.
void TstCliMonitoring::fileNamedTwiceIsDiagnosedOnce()
{
    const QString config = goodConfig();
    const QString dotted = m_dir->path() + QStringLiteral("/./good.json");
    const QString link = m_dir->filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(config, link));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), config, dotted, link, config,
                                  QStringLiteral("--format"), QStringLiteral("prometheus")});
    QCOMPARE(outcome.exitCode, 4);
    const QStringList lines = QString::fromUtf8(outcome.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QSet<QString> series;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(!series.contains(name), qPrintable(line));
        series.insert(name);
    }
    QVERIFY2(series.contains(QStringLiteral("flexo_teams_state{config=\"%1\"}").arg(config)),
             outcome.out.constData());
    QCOMPARE(lines.filter(QLatin1String("flexo_teams_state{")).size(), 1);
    const QString err = QString::fromUtf8(outcome.err);
    for (const QString &repeat : {dotted, link})
        QVERIFY2(err.contains(QStringLiteral("%1 is the same file as %2").arg(repeat, config)),
                 qPrintable(err));

    // A plugin's output is its status line: the repeat is dropped without a word.
    const auto plugin = cli.run(
        {QStringLiteral("diagnose"), config, dotted, QStringLiteral("--format"), QStringLiteral("nagios")});
    QCOMPARE(plugin.exitCode, 3);
    QVERIFY2(plugin.err.isEmpty(), plugin.err.constData());
    QVERIFY2(!plugin.out.contains("good.json:"), plugin.out.constData()); // one config: no file prefixes
}

// The timer leaves a Prometheus file for the dashboard and a JSON report for the person who looks
// into an alert: both from the same run, or the report may explain a failure the dashboard never
// saw (and a kept sign-in would make two probe meetings a day).
void TstCliMonitoring::oneRunWritesEveryReport()
{
    const QString config = goodConfig();
    const QString metrics = m_dir->filePath(QStringLiteral("flexo-teams.prom"));
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    m_cloud.clearRequestLog();
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), config, QStringLiteral("--format"), QStringLiteral("prometheus"),
                 QStringLiteral("--output"), metrics, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--output"), report});
    QCOMPARE(outcome.exitCode, 4);
    QVERIFY(outcome.out.isEmpty());
    int tokenRequests = 0;
    for (const QJsonValue &entry : m_cloud.requestLog())
        tokenRequests +=
            entry.toObject().value(QStringLiteral("endpoint")).toString() == QLatin1String("token");
    QCOMPARE(tokenRequests, 1); // one client-credentials grant: one run

    QFile metricsFile(metrics);
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(metricsFile.readAll());
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QDateTime generatedAt =
        QDateTime::fromString(json.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate);
    QVERIFY(generatedAt.isValid());
    QVERIFY2(text.contains(QStringLiteral("flexo_teams_last_run_timestamp_seconds{config=\"%1\"} %2\n")
                               .arg(config)
                               .arg(generatedAt.toSecsSinceEpoch())),
             qPrintable(text));
    // The same checks, with the same durations, in both.
    const QJsonArray checks = json.value(QStringLiteral("runs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    QVERIFY(!checks.isEmpty());
    int ran = 0;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (!check.contains(QStringLiteral("durationMs")) ||
            check.value(QStringLiteral("status")).toString() == QLatin1String("skipped"))
            continue;
        ++ran;
        const QString line =
            QStringLiteral("flexo_teams_check_duration_seconds{config=\"%1\",check=\"%2\"} %3\n")
                .arg(config, check.value(QStringLiteral("id")).toString(),
                     QString::number(check.value(QStringLiteral("durationMs")).toDouble() / 1000.0, 'f', 3));
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in\n") + text));
    }
    QVERIFY(ran >= 4);
    QVERIFY(!text.contains(TestConfigs::secret));
}

void TstCliMonitoring::withoutSessionKeychainNeverPasses_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json: exit 4") << QStringLiteral("json") << 4 << QStringLiteral("\"needs-secret\"");
    QTest::newRow("nagios: UNKNOWN") << QStringLiteral("nagios") << 3
                                     << QStringLiteral(
                                            "FLEXO TEAMS UNKNOWN - not everything could be checked");
    QTest::newRow("prometheus: state 3") << QStringLiteral("prometheus") << 4 << QStringLiteral("} 3\n");
}

// A timer runs the diagnose outside a desktop session: no Secret Service on the bus, no secret. The
// checks that need it are skipped, and every format says the connector was not verified.
void TstCliMonitoring::withoutSessionKeychainNeverPasses()
{
    QFETCH(QString, format);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    CliProcess cli;
    cli.unsetEnv(QStringLiteral("FLEXO_CLIENT_SECRET"));
    cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), format}, 90000);
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(QString::number(outcome.exitCode) + QLatin1Char(' ') +
                                                      outcome.outText() + outcome.errText()));
    QVERIFY2(outcome.outText().contains(expected), qPrintable(outcome.outText()));
    if (format == QLatin1String("prometheus"))
        QVERIFY2(outcome.outText().contains(QLatin1String("reason=\"needs-secret\"} 1")),
                 qPrintable(outcome.outText()));
}

// Eight configs of one tenant and four of another, eight at a time: never more than four of one
// tenant run together, and the other tenant's configs do not wait behind the first one's.
void TstCliMonitoring::fleetIsBoundedPerTenant()
{
    m_cloud.setLatency(100);
    QStringList paths;
    QHash<QString, QString> tenantOf;
    for (int i = 0; i < 12; ++i) {
        flexo::ConnectorConfig config = TestConfigs::forCloud(m_cloud.baseUrl());
        config.secret = TestConfigs::secret;
        if (i >= 8)
            config.tenantId = QStringLiteral("0f0e0d0c-0000-4000-8000-00000000000%1").arg(i - 8);
        const QString path = m_dir->filePath(QStringLiteral("c%1.json").arg(i));
        QVERIFY(TestConfigs::write(config, path, /*includeSecret=*/true));
        paths << path;
        tenantOf.insert(path, i >= 8 ? QStringLiteral("other") : QStringLiteral("first"));
    }
    flexo::DiagnosisEnvironment environment;
    flexo::DiagnosisService service(environment);
    flexo::cli::DiagnoseBatch batch(paths, &service, flexo::CheckRunner::Mode::NonInteractive, {}, 8, 4);
    int mostOfOneTenant = 0;
    int mostAtOnce = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &batch, [&] {
        QHash<QString, int> running;
        const QList<flexo::Diagnosis *> now = batch.running();
        for (const flexo::Diagnosis *diagnosis : now)
            mostOfOneTenant = std::max(mostOfOneTenant, ++running[diagnosis->config().tenantId]);
        mostAtOnce = std::max(mostAtOnce, int(now.size()));
    });
    watch.start(5);
    bool finished = false;
    QObject::connect(&batch, &flexo::cli::DiagnoseBatch::finished, &batch, [&] { finished = true; });
    batch.start();
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
    m_cloud.setLatency(0);
    QCOMPARE(batch.done(), 12);
    QCOMPARE(mostOfOneTenant, 4);
    QVERIFY2(mostAtOnce > 4, qPrintable(QString::number(mostAtOnce))); // the other tenant ran meanwhile
}

QTEST_GUILESS_MAIN(TstCliMonitoring)
#include "tst_cli_monitoring.moc"
