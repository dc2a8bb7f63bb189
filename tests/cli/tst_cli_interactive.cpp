// `diagnose --interactive` run as the real executable against the fake cloud: the sign-in opens
// $BROWSER (a stand-in that approves the consent), the meeting probe runs, and nothing is left
// behind; and the same run finished by pasting the address the browser was sent to.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "TestConfigs.h"

#include <QElapsedTimer>
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
    void unregisteredSignInUriEndsAtOnce();

private:
    QString writeConfig();
    void verifyInteractiveChecksPassed(const QByteArray &json);

    flexo::fake::FakeCloud m_cloud;
    QTemporaryDir m_dir;
};

void TstCliInteractive::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
    QVERIFY(m_dir.isValid());
}

QString TstCliInteractive::writeConfig()
{
    const QString path = m_dir.filePath(QStringLiteral("interactive.json"));
    return TestConfigs::write(TestConfigs::forCloud(m_cloud.baseUrl()), path) ? path : QString();
}

void TstCliInteractive::verifyInteractiveChecksPassed(const QByteArray &json)
{
    const QJsonArray checks = TestConfigs::checksOf(json);
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

// Entra would keep the person on its error page for an unregistered test sign-in URI and never call
// back: the run ends at once with exit 1 and the URI to register, instead of waiting for --timeout.
// The bound is the one promised to admins (five seconds with 100 ms added to every answer).
void TstCliInteractive::unregisteredSignInUriEndsAtOnce()
{
    const QString unregistered = QStringLiteral("http://localhost/not-registered");
    flexo::ConnectorConfig config = TestConfigs::forCloud(m_cloud.baseUrl());
    config.signInRedirectUri = unregistered;
    const QString path = m_dir.filePath(QStringLiteral("unregistered.json"));
    QVERIFY(TestConfigs::write(config, path));
    const QString browserReport = m_dir.filePath(QStringLiteral("browser-started.json"));

    m_cloud.setLatency(100);
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER " --report ") + browserReport);
    QElapsedTimer clock;
    clock.start();
    const auto outcome = cli.run({QStringLiteral("diagnose"), path, QStringLiteral("--interactive"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 90000);
    const qint64 elapsed = clock.elapsed();
    m_cloud.setLatency(0);
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    QCOMPARE(outcome.exitCode, 1);
    qInfo("an interactive run with an unregistered sign-in URI ended after %lld ms", elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY(!QFile::exists(browserReport)); // no browser was started

    const QJsonObject signIn = TestConfigs::checkOf(outcome.out, QStringLiteral("sign-in"));
    const QJsonObject redirects = TestConfigs::checkOf(outcome.out, QStringLiteral("redirect-uris"));
    QCOMPARE(redirects.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(signIn.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    const QJsonObject remedy = signIn.value(QStringLiteral("remedy")).toObject();
    QCOMPARE(remedy.value(QStringLiteral("kind")).toString(), QStringLiteral("register-redirect-uri"));
    QCOMPARE(remedy.value(QStringLiteral("target")).toString(), unregistered);
    QCOMPARE(remedy.value(QStringLiteral("platform")).toString(), QStringLiteral("web"));
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

QTEST_GUILESS_MAIN(TstCliInteractive)
#include "tst_cli_interactive.moc"
