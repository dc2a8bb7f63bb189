// The night the secret would have expired: the daily run, as the systemd unit starts it (no person, no
// browser, the secret and the kept sign-in in the real keychain), shows the secret running out in
// amber; the secret is replaced with `rotate`; the next night the secret is fine, still proving the refresh
// and the probe meeting from the kept sign-in. All with the real executable against the fake cloud.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "TestConfigs.h"
#include "TestKeychain.h"

#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using flexo::KeychainBinding;
using flexo::KeychainEntry;
using flexo::test::CliProcess;
using flexo::test::TestConfigs;

namespace {

const QString kNewSecret = QStringLiteral("Nw4Q~rotatedSecretValue.0123456789abcdefg");
const QString kNewSecretId = QStringLiteral("5c4b3a29-1807-4f6e-8d5c-4b3a29180706");
const QDate kNewExpiry = QDate::currentDate().addYears(2);

} // namespace

class TstCliNightlyMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretReplacedBeforeItExpires();

private:
    // One night's run, with the unit's options: a Prometheus file and a JSON report from one run.
    struct Night
    {
        int exitCode = -1;
        QString metrics;
        QJsonObject report;
        QByteArray output;
    };
    Night night();
    // "check: status - summary" for each check of a JSON report: what a failure message needs.
    [[nodiscard]] static QByteArray checksOf(const QJsonObject &report);
    // The checks of a JSON report in `status`.
    [[nodiscard]] static QStringList checksIn(const QJsonObject &report, const QString &status);
    [[nodiscard]] static QString sample(const QString &metrics, const QString &series);

    flexo::fake::FakeCloud m_cloud;
    TestKeychain m_keychain;
    QTemporaryDir m_dir;
    QString m_config;
    KeychainEntry m_secretEntry;
};

void TstCliNightlyMonitor::initTestCase()
{
    QVERIFY(m_cloud.start());
    QString error;
    // The secret the admin will create in the portal exists beside the one in use.
    const QJsonObject scenario = flexo::test::scenarioForTestConfigs(
        flexo::fake::FakeCloud::defaultScenarioWithSecret(kNewSecret, kNewSecretId, kNewExpiry));
    QVERIFY2(m_cloud.loadScenario(scenario, &error), qPrintable(error));
    m_cloud.setSingleUseRefreshTokens(true);
    QVERIFY(m_dir.isValid());
    flexo::ConnectorConfig config = TestConfigs::forCloud(m_cloud.baseUrl());
    config.secretHint = TestConfigs::secret.left(3);
    config.secretExpiry = QDate::currentDate().addDays(28);
    m_config = m_dir.filePath(QStringLiteral("connector.json"));
    QVERIFY(TestConfigs::write(config, m_config));
    const auto secretEntry = KeychainBinding::entryFor(config);
    const auto keptEntry = KeychainBinding::keptSignInEntryFor(config);
    QVERIFY(secretEntry.ok() && keptEntry.ok());
    m_secretEntry = secretEntry.value();
    m_keychain.write(m_secretEntry, TestConfigs::secret);
    m_keychain.remember(keptEntry.value());
}

void TstCliNightlyMonitor::cleanupTestCase()
{
    m_keychain.removeWritten();
}

TstCliNightlyMonitor::Night TstCliNightlyMonitor::night()
{
    const QString metrics = m_dir.filePath(QStringLiteral("flexo-teams.prom"));
    const QString report = m_dir.filePath(QStringLiteral("report.json"));
    QFile::remove(metrics);
    QFile::remove(report);
    CliProcess cli;
    cli.unsetEnv(QStringLiteral("FLEXO_CLIENT_SECRET")); // the secret comes from the keychain
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral("/bin/false"));
    const auto outcome = cli.run(
        {QStringLiteral("diagnose"), QStringLiteral("--timeout"), QStringLiteral("900"),
         QStringLiteral("--format"), QStringLiteral("prometheus"), QStringLiteral("--output"), metrics,
         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), report, m_config},
        90000);
    Night result;
    result.exitCode = outcome.exitCode;
    result.output = outcome.all();
    QFile metricsFile(metrics);
    if (metricsFile.open(QIODevice::ReadOnly))
        result.metrics = QString::fromUtf8(metricsFile.readAll());
    QFile reportFile(report);
    if (reportFile.open(QIODevice::ReadOnly))
        result.report = QJsonDocument::fromJson(reportFile.readAll()).object();
    return result;
}

QByteArray TstCliNightlyMonitor::checksOf(const QJsonObject &report)
{
    QByteArray text;
    for (const QJsonValue &run : report.value(QStringLiteral("runs")).toArray()) {
        for (const QJsonValue &value : run.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            text += check.value(QStringLiteral("id")).toString().toUtf8() + ": " +
                    check.value(QStringLiteral("status")).toString().toUtf8() + " - " +
                    check.value(QStringLiteral("summary")).toString().toUtf8() + '\n';
        }
    }
    return text;
}

QStringList TstCliNightlyMonitor::checksIn(const QJsonObject &report, const QString &status)
{
    QStringList ids;
    for (const QJsonValue &run : report.value(QStringLiteral("runs")).toArray()) {
        for (const QJsonValue &value : run.toObject().value(QStringLiteral("checks")).toArray()) {
            if (value.toObject().value(QStringLiteral("status")).toString() == status)
                ids << value.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return ids;
}

QString TstCliNightlyMonitor::sample(const QString &metrics, const QString &series)
{
    for (const QString &line : metrics.split(QLatin1Char('\n'))) {
        if (line.startsWith(series + QLatin1Char(' ')))
            return line.mid(series.size() + 1);
    }
    return QStringLiteral("(none)");
}

void TstCliNightlyMonitor::secretReplacedBeforeItExpires()
{
    // Setting up, the admin kept the monitoring sign-in.
    CliProcess person;
    person.unsetEnv(QStringLiteral("FLEXO_CLIENT_SECRET"));
    person.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER));
    const auto kept =
        person.run({QStringLiteral("diagnose"), m_config, QStringLiteral("--interactive"),
                    QStringLiteral("--keep-sign-in"), QStringLiteral("--format"), QStringLiteral("json")},
                   90000);
    QVERIFY2(kept.exitCode == 0, checksOf(QJsonDocument::fromJson(kept.out).object())
                                     .constData()); // the secret's expiry is a warning, no failure

    const QString config = QStringLiteral("{config=\"%1\"}").arg(m_config);
    const auto checkStatus = [this](const QString &metrics, const char *check) {
        return sample(metrics, QStringLiteral("flexo_teams_check_status{config=\"%1\",check=\"%2\"}")
                                   .arg(m_config, QLatin1String(check)));
    };

    // The night 28 days before the secret expires: amber, with the meeting proved.
    const Night amber = night();
    QVERIFY2(amber.exitCode == 0, checksOf(amber.report).constData()); // a warning passes
    QCOMPARE(sample(amber.metrics, QStringLiteral("flexo_teams_state") + config), QStringLiteral("1"));
    // FlexO's own server does not run here: its endpoints are a warning every night.
    QCOMPARE(checksIn(amber.report, QStringLiteral("warning")),
             QStringList({QStringLiteral("secret-expiry"), QStringLiteral("flexo-endpoints")}));
    QCOMPARE(sample(amber.metrics, QStringLiteral("flexo_teams_secret_expiry_days") + config),
             QStringLiteral("28"));
    for (const char *check : {"secret-expiry", "refresh", "meeting-create", "meeting-delete"})
        QVERIFY2(checkStatus(amber.metrics, check) == QLatin1String("1"), qPrintable(amber.metrics));
    // Everything was verified: no check is listed as not run.
    QVERIFY2(!amber.metrics.contains(QLatin1String("flexo_teams_check_not_verified{")),
             qPrintable(amber.metrics));
    QCOMPARE(amber.report.value(QStringLiteral("meetingVerdict")).toString(), QStringLiteral("yes"));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);

    // The admin replaces the secret; the tool proves it while the old one still works.
    CliProcess rotate;
    rotate.setStdin(kNewSecret.toUtf8() + '\n');
    const auto rotated = rotate.run(
        {QStringLiteral("rotate"), m_config, QStringLiteral("--expires"), kNewExpiry.toString(Qt::ISODate)});
    QVERIFY2(rotated.exitCode == 0, rotated.all().constData());
    // What the next night reads: the timer has no other source of the secret.
    QCOMPARE(m_keychain.read(m_secretEntry), std::optional<QString>(kNewSecret));

    // The next night: the secret is no longer a warning; the new one and the kept sign-in pass.
    const Night green = night();
    QVERIFY2(green.exitCode == 0, checksOf(green.report).constData());
    QCOMPARE(checksIn(green.report, QStringLiteral("warning")),
             QStringList{QStringLiteral("flexo-endpoints")});
    QCOMPARE(checksIn(green.report, QStringLiteral("failed")), QStringList());
    QCOMPARE(checksIn(green.report, QStringLiteral("skipped")), QStringList{QStringLiteral("sign-in")});
    QCOMPARE(sample(green.metrics, QStringLiteral("flexo_teams_secret_expiry_days") + config),
             QString::number(QDate::currentDate().daysTo(kNewExpiry)));
    for (const char *check : {"app-credentials", "refresh", "meeting-create", "meeting-delete"})
        QVERIFY2(checkStatus(green.metrics, check) == QLatin1String("1"), qPrintable(green.metrics));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
    // Neither secret reached the files or the output.
    for (const QString &secret : {TestConfigs::secret, kNewSecret}) {
        for (const QByteArray &text : {amber.output, green.output, green.metrics.toUtf8(),
                                       QJsonDocument(green.report).toJson(), rotated.out})
            QVERIFY(!text.contains(secret.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TstCliNightlyMonitor)
#include "tst_cli_nightlymonitor.moc"
