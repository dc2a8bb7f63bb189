// `diagnose` run in-process against the fake cloud in this process: exit codes, every
// report format (JSON checked against its schema), several configs with mixed results, the secret
// from standard input and from the environment, and no secret in any output.
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "InProcessCli.h"
#include "JsonSchemaValidator.h"
#include "TestConfigs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

namespace {
// Without --interactive nobody signs in: nothing fails, but the sign-in and the meeting probe are not
// verified, and the exit code says so.
constexpr int incomplete = 4;
} // namespace

class TstCliDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formats_data();
    void formats();
    void jsonMatchesSchema();
    void mixedConfigsWorstFirst();
    void unreadableConfigExitsTwo();
    void secretFromStdin();
    void secretFromEnvironment();
    void givenSecretServesOneRegistration();
    void outputFileWrittenAtomically();
    void redactUsersOption();

private:
    QString writeConfig(const QString &name, const flexo::ConnectorConfig &config);
    // With its secret in the file, as an export holds it.
    QString writeSecretConfig(const QString &name, const flexo::ConnectorConfig &config);
    QString goodConfig(const QString &name = QStringLiteral("good.json"));
    static void verifyNoSecret(const InProcessCli::Outcome &outcome);

    flexo::fake::FakeCloud m_cloud;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliDiagnose::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
}

void TstCliDiagnose::init()
{
    m_cloud.clearFaults();
    m_cloud.clearRequestLog();
    m_cloud.setLatency(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstCliDiagnose::writeConfig(const QString &name, const flexo::ConnectorConfig &config)
{
    return TestConfigs::writeInto(m_dir->path(), name, config);
}

QString TstCliDiagnose::writeSecretConfig(const QString &name, const flexo::ConnectorConfig &config)
{
    const QString path = m_dir->filePath(name);
    return TestConfigs::write(config, path, /*includeSecret=*/true) ? path : QString();
}

QString TstCliDiagnose::goodConfig(const QString &name)
{
    return writeConfig(name, TestConfigs::forCloud(m_cloud.baseUrl()));
}

void TstCliDiagnose::verifyNoSecret(const InProcessCli::Outcome &outcome)
{
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliDiagnose::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("marker");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("FlexO Teams connector report");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("\"flexo-teams-report\"");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("# ");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("<html");
}

void TstCliDiagnose::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, marker);
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), format});
    QCOMPARE(outcome.exitCode, incomplete);
    QVERIFY2(outcome.outText().contains(marker), qPrintable(outcome.outText().left(400)));
    QVERIFY2(outcome.outText().contains(TestConfigs::clientId), qPrintable(outcome.outText().left(400)));
    // Progress goes to a terminal only: here standard error is a pipe.
    QVERIFY2(!outcome.errText().contains(QLatin1Char('\r')), qPrintable(outcome.errText()));
    verifyNoSecret(outcome);
}

void TstCliDiagnose::jsonMatchesSchema()
{
    QString error;
    const auto validator = flexo::test::JsonSchemaValidator::fromFile(
        QStringLiteral(FLEXO_SOURCE_DIR "/resources/schema/flexo-report.schema.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Two registrations, each file with its own secret (a secret given beside them serves one only).
    flexo::ConnectorConfig good = TestConfigs::forCloud(m_cloud.baseUrl());
    good.secret = TestConfigs::secret;
    flexo::ConnectorConfig wrong = good;
    wrong.clientId = TestConfigs::tenantId;
    InProcessCli cli;
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), writeSecretConfig(QStringLiteral("good.json"), good),
                 writeSecretConfig(QStringLiteral("wrong.json"), wrong), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 1);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QStringList violations = validator.validate(document.object());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    const QJsonArray runs = document.object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).toObject().value(QStringLiteral("worstStatus")).toString(), QStringLiteral("failed"));
    QCOMPARE(runs.at(1).toObject().value(QStringLiteral("firstFailingCheck")).toString(),
             QStringLiteral("config"));
    QCOMPARE(runs.at(0)
                 .toObject()
                 .value(QStringLiteral("secret"))
                 .toObject()
                 .value(QStringLiteral("length"))
                 .toInt(),
             TestConfigs::secret.size());
    verifyNoSecret(outcome);
}

void TstCliDiagnose::mixedConfigsWorstFirst()
{
    flexo::ConnectorConfig good = TestConfigs::forCloud(m_cloud.baseUrl());
    good.secret = TestConfigs::secret;
    flexo::ConnectorConfig wrong = good;
    wrong.clientId = TestConfigs::tenantId;
    flexo::ConnectorConfig soon = good;
    soon.secretExpiry = QDate::currentDate().addDays(10);
    InProcessCli cli;
    const auto outcome =
        cli.run({QStringLiteral("diagnose"), writeSecretConfig(QStringLiteral("a-good.json"), good),
                 writeSecretConfig(QStringLiteral("b-soon.json"), soon),
                 writeSecretConfig(QStringLiteral("c-wrong.json"), wrong)});
    QCOMPARE(outcome.exitCode, 1);
    const QString text = outcome.outText();
    // First how many configs can create meetings, then the secret that expires soon, then the table.
    const qsizetype overall = text.indexOf(
        QLatin1String("FlexO can create Teams meetings with 0 of 3 connectors (no: 1, not verified: 2)."));
    const qsizetype notice = text.indexOf(QLatin1String("b-soon.json: The client secret expires on "));
    const qsizetype table = text.indexOf(QLatin1String("Meetings"));
    QVERIFY2(overall > 0 && notice > overall && table > notice, qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("Not verified"), table) > table, qPrintable(text));
    // The summary table lists the failed config first, and what did not run in the others.
    const qsizetype wrongRow = text.indexOf(QLatin1String("c-wrong.json"), table);
    const qsizetype soonRow = text.indexOf(QLatin1String("b-soon.json"), table);
    const qsizetype goodRow = text.indexOf(QLatin1String("a-good.json"), table);
    QVERIFY2(wrongRow >= 0 && soonRow > wrongRow && goodRow > wrongRow, qPrintable(text));
    const QString goodLine = text.mid(goodRow, text.indexOf(QLatin1Char('\n'), goodRow) - goodRow);
    QVERIFY2(
        goodLine.contains(QLatin1String("not verified")) &&
            goodLine.contains(QLatin1String("sign-in (needs a person at the keyboard to sign in); refresh, "
                                            "meeting-create, meeting-delete (needs a kept sign-in)")),
        qPrintable(goodLine));
    verifyNoSecret(outcome);
}

void TstCliDiagnose::unreadableConfigExitsTwo()
{
    QFile broken(m_dir->filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), broken.fileName()});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("broken.json")), qPrintable(outcome.errText()));
    QVERIFY(outcome.outText().contains(TestConfigs::clientId)); // the readable config is still reported
}

void TstCliDiagnose::secretFromStdin()
{
    InProcessCli cli;
    cli.setStdin(TestConfigs::secret.toUtf8() + "\n");
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--secret-stdin"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, incomplete);
    const QJsonObject run = QJsonDocument::fromJson(outcome.out)
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(run.value(QStringLiteral("secret")).toObject().value(QStringLiteral("length")).toInt(),
             TestConfigs::secret.size());
    verifyNoSecret(outcome);
}

void TstCliDiagnose::secretFromEnvironment()
{
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"),
               QStringLiteral(" ") + TestConfigs::secret + QStringLiteral("\n"));
    const auto outcome = cli.run(
        {QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, incomplete);
    const QJsonObject run = QJsonDocument::fromJson(outcome.out)
                                .object()
                                .value(QStringLiteral("runs"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(run.value(QStringLiteral("secret")).toObject().value(QStringLiteral("length")).toInt(),
             TestConfigs::secret.size());
    verifyNoSecret(outcome);
}

// A secret given on standard input or in FLEXO_CLIENT_SECRET is for one app registration: with
// configs of several, nothing runs (exit 2); configs of the same registration share it.
void TstCliDiagnose::givenSecretServesOneRegistration()
{
    flexo::ConnectorConfig other = TestConfigs::forCloud(m_cloud.baseUrl());
    other.clientId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto refused =
        cli.run({QStringLiteral("diagnose"), goodConfig(), writeConfig(QStringLiteral("other.json"), other)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QLatin1String("one app registration")), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_cloud.requestLog().size(), 0);
    verifyNoSecret(refused);

    const auto shared =
        cli.run({QStringLiteral("diagnose"), goodConfig(QStringLiteral("a.json")),
                 goodConfig(QStringLiteral("b.json")), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(shared.exitCode == incomplete, shared.err.constData());
    verifyNoSecret(shared);
}

void TstCliDiagnose::outputFileWrittenAtomically()
{
    const QString target = m_dir->filePath(QStringLiteral("report.html"));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--format"),
                                  QStringLiteral("html"), QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, incomplete);
    QVERIFY(outcome.out.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.contains("<html"));
    QVERIFY(!html.contains(TestConfigs::secret.toUtf8()));
    // A folder that does not exist: exit 2 and nothing half-written.
    const auto failed = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--output"),
                                 m_dir->filePath(QStringLiteral("no/such/dir/report.txt"))});
    QCOMPARE(failed.exitCode, 2);
}

void TstCliDiagnose::redactUsersOption()
{
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("diagnose"), goodConfig(), QStringLiteral("--redact-users"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, incomplete);
    QCOMPARE(QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("usersRedacted")).toBool(),
             true);
}

QTEST_GUILESS_MAIN(TstCliDiagnose)
#include "tst_cli_diagnose.moc"
