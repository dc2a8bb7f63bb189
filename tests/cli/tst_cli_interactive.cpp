// `diagnose --interactive` run as the real executable against the fake cloud: the sign-in opens
// $BROWSER (a stand-in that approves the consent), the meeting probe runs, and nothing is left
// behind; and the same run finished by pasting the address the browser was sent to.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "TestConfigs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using flexo::test::CliProcess;
using flexo::test::TestConfigs;

class TstCliInteractive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browserSignInRunsEveryCheck();
    void pastedAddressFinishesTheSignIn();
    void browserInheritsNoSecretAndNoDescriptor();

private:
    QString writeConfig();
    void verifyInteractiveChecksPassed(const QByteArray &json);

    flexo::fake::FakeCloud m_cloud;
    QTemporaryDir m_dir;
};

void TstCliInteractive::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_cloud.loadDefaultScenario();
    QVERIFY(m_dir.isValid());
}

QString TstCliInteractive::writeConfig()
{
    const QString path = m_dir.filePath(QStringLiteral("interactive.json"));
    return TestConfigs::write(TestConfigs::forCloud(m_cloud.baseUrl()), path) ? path : QString();
}

void TstCliInteractive::verifyInteractiveChecksPassed(const QByteArray &json)
{
    const QJsonArray checks = QJsonDocument::fromJson(json)
                                  .object()
                                  .value(QStringLiteral("runs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    QStringList passed;
    for (const QJsonValue &check : checks) {
        const QJsonObject object = check.toObject();
        if (object.value(QStringLiteral("status")).toString() == QLatin1String("passed"))
            passed << object.value(QStringLiteral("id")).toString();
    }
    for (const QString &id :
         {QStringLiteral("discovery"), QStringLiteral("app-credentials"), QStringLiteral("sign-in"),
          QStringLiteral("refresh"), QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")})
        QVERIFY2(passed.contains(id),
                 qPrintable(id + QLatin1String(" did not pass: ") + QString::fromUtf8(json)));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
}

void TstCliInteractive::browserSignInRunsEveryCheck()
{
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER));
    const auto outcome = cli.run({QStringLiteral("diagnose"), writeConfig(), QStringLiteral("--interactive"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 90000);
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    // The FlexO hosts of the config are closed local ports: a warning, which exit code 0 allows.
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.errText().contains(QLatin1String("/oauth2/v2.0/authorize")), outcome.err.constData());
    verifyInteractiveChecksPassed(outcome.out);
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliInteractive::pastedAddressFinishesTheSignIn()
{
    const QString addressFile = m_dir.filePath(QStringLiteral("address.txt"));
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    // The browser gets no environment from the tool: its options travel in $BROWSER.
    cli.setEnv(QStringLiteral("BROWSER"),
               QStringLiteral(FLEXO_FAKE_BROWSER " --address-file ") + addressFile);
    cli.setStdin(QByteArray()); // keep standard input open: the address is pasted later
    QProcess process;
    cli.startProcess(process, {QStringLiteral("diagnose"), writeConfig(), QStringLiteral("--interactive"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(process.waitForStarted(10000));

    // Wait, serving the fake cloud, until the browser has been sent to the loopback address;
    // then paste that address, as a person whose browser cannot reach the listener would.
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(addressFile); }, 60000));
    QFile file(addressFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray address = file.readAll();
    QVERIFY2(address.contains("code="), address.constData());
    process.write(address);

    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, err.constData());
    verifyInteractiveChecksPassed(out);
    QVERIFY(!QByteArray(out + err).contains(TestConfigs::secret.toUtf8()));
}

// The browser and everything it starts must not find the secret in their environment
// (/proc/PID/environ), nor any descriptor of the tool: its streams are /dev/null, so it can neither
// eat a pasted address nor write into the report.
void TstCliInteractive::browserInheritsNoSecretAndNoDescriptor()
{
    const QString reportFile = m_dir.filePath(QStringLiteral("browser-inherited.json"));
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    cli.setEnv(QStringLiteral("FLEXO_SOMETHING_ELSE"), QStringLiteral("kept-from-the-browser"));
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER " --report ") + reportFile);
    const auto outcome = cli.run({QStringLiteral("diagnose"), writeConfig(), QStringLiteral("--interactive"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 90000);
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    QCOMPARE(outcome.exitCode, 0);
    verifyInteractiveChecksPassed(outcome.out);

    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(reportFile); }, 10000));
    QFile file(reportFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY2(!raw.contains(TestConfigs::secret.toUtf8()), raw.constData());
    const QJsonObject report = QJsonDocument::fromJson(raw).object();
    const QJsonArray environment = report.value(QStringLiteral("environment")).toArray();
    QVERIFY(!environment.isEmpty()); // a desktop program still gets PATH, HOME, the display ...
    for (const QJsonValue &entry : environment) {
        const QString text = entry.toString();
        QVERIFY2(!text.startsWith(QLatin1String("FLEXO_")), qPrintable(text));
        QVERIFY2(!text.contains(TestConfigs::secret), qPrintable(text));
    }
    const QJsonArray descriptors = report.value(QStringLiteral("descriptors")).toArray();
    QList<int> fds;
    for (const QJsonValue &entry : descriptors) {
        const QJsonObject descriptor = entry.toObject();
        const int fd = descriptor.value(QStringLiteral("fd")).toInt();
        fds << fd;
        QVERIFY2(fd <= 2, qPrintable(QStringLiteral("inherited descriptor %1 -> %2")
                                         .arg(fd)
                                         .arg(descriptor.value(QStringLiteral("target")).toString())));
        QCOMPARE(descriptor.value(QStringLiteral("target")).toString(), QStringLiteral("/dev/null"));
    }
    std::sort(fds.begin(), fds.end());
    QCOMPARE(fds, (QList<int>{0, 1, 2}));
}

QTEST_GUILESS_MAIN(TstCliInteractive)
#include "tst_cli_interactive.moc"
