// The flexo-fake-cloud executable as scripts/demo runs it: options, the listening line, the control
// API over HTTP, TLS, and stopping on SIGTERM.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "SignIn.h"

class TestFakeCloudExecutable : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void listensAndServes();
    void demoScenarioShowsTheConsentPage();
    void tls();
    void latencyOption();
    void cloudOption();
    void badArguments_data();
    void badArguments();

private:
    static QString program() { return QStringLiteral(FLEXO_BINARY_DIR "/tests/support/flexo-fake-cloud"); }
    // Starts the executable with stdin closed (as in CI) and returns its base URL.
    QUrl start(QProcess &process, const QStringList &arguments, QString *firstLines = nullptr);
    static void stop(QProcess &process);
};

QUrl TestFakeCloudExecutable::start(QProcess &process, const QStringList &arguments, QString *firstLines)
{
    process.setProgram(program());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(5000))
        return {};
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    if (arguments.contains(QStringLiteral("--tls"))) {
        while (out.count('\n') < 2 && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
    }
    if (firstLines)
        *firstLines = QString::fromUtf8(out);
    const QRegularExpressionMatch match =
        QRegularExpression(
            QStringLiteral("^FlexO fake cloud listening on (https?://127\\.0\\.0\\.1:\\d+)\\n"))
            .match(QString::fromUtf8(out));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestFakeCloudExecutable::stop(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestFakeCloudExecutable::help()
{
    QProcess process;
    process.start(program(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option :
         {"--scenario", "--port", "--tls", "--latency", "--cloud", "--help", "127.0.0.1", "/_fake/"})
        QVERIFY2(text.contains(QLatin1String(option)), option);
}

void TestFakeCloudExecutable::listensAndServes()
{
    QProcess process;
    const QUrl base = start(process, {});
    QVERIFY(base.isValid());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    FakeCloudClient client(base);
    QCOMPARE(client.get(QStringLiteral("/_fake/meetings/count")).json(),
             (QJsonObject{{QStringLiteral("live"), 0}}));
    const QByteArray token = SignIn::accessToken(client, base);
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.postJson(QStringLiteral("/v1.0/me/onlineMeetings"), {}, token).status, 201);
    QCOMPARE(client.get(QStringLiteral("/_fake/meetings/count")).json().value(QStringLiteral("live")).toInt(),
             1);
    QCOMPARE(
        client.postJson(QStringLiteral("/_fake/signin-user"), {{QStringLiteral("upn"), fixture::dimitri}})
            .status,
        200);
    const QJsonArray log =
        QJsonDocument::fromJson(client.get(QStringLiteral("/_fake/requests")).body).array();
    QCOMPARE(log.size(), 3);

    // Nothing secret reaches its output.
    stop(process);
    const QByteArray output = process.readAll() + process.readAllStandardError();
    QVERIFY(!output.contains(fixture::secret.toLatin1()));
    QVERIFY(!output.contains(token));
}

void TestFakeCloudExecutable::demoScenarioShowsTheConsentPage()
{
    QProcess process;
    const QUrl base = start(
        process, {QStringLiteral("--scenario"), QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/demo.json")});
    QVERIFY(base.isValid());
    FakeCloudClient client(base);
    const auto page =
        client.send("GET",
                    SignIn::authorizeUrl(base, fixture::tenantId,
                                         QStringLiteral("https://flexo.stluc.example/teams/oauth/callback")),
                    {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("FlexO sandbox"));
    QVERIFY(page.body.contains(">Accept</button>"));
    stop(process);
}

void TestFakeCloudExecutable::tls()
{
    QProcess process;
    QString lines;
    const QUrl base = start(process, {QStringLiteral("--tls")}, &lines);
    QCOMPARE(base.scheme(), QStringLiteral("https"));
    const QRegularExpressionMatch ca =
        QRegularExpression(QStringLiteral("\\n[^\\n]*: (/\\S+\\.pem)\\n")).match(lines);
    QVERIFY2(ca.hasMatch(), qPrintable(lines));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(ca.captured(1));
    QCOMPARE(certificates.size(), 1);
    FakeCloudClient client(base);
    client.setCaCertificates(certificates);
    QCOMPARE(client.get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration")).status, 200);
    stop(process);
}

void TestFakeCloudExecutable::latencyOption()
{
    QProcess process;
    const QUrl base = start(process, {QStringLiteral("--latency"), QStringLiteral("3000")});
    QVERIFY(base.isValid());
    FakeCloudClient client(base);
    client.setTimeout(200);
    QCOMPARE(client.get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration")).error,
             QNetworkReply::OperationCanceledError);
    stop(process);
}

void TestFakeCloudExecutable::cloudOption()
{
    // The GCC High scenario at a process standing for the global service: 900382 for the app's secret.
    QProcess process;
    const QUrl base = start(process, {QStringLiteral("--scenario"),
                                      QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/sovereign-gcchigh.json"),
                                      QStringLiteral("--cloud"), QStringLiteral("Global")});
    QVERIFY(base.isValid());
    FakeCloudClient client(base);
    const auto reply =
        client.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId),
                        {{QStringLiteral("client_id"), fixture::clientId},
                         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.us/.default")},
                         {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{900382});
    stop(process);
}

void TestFakeCloudExecutable::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing scenario")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent/scenario.json")};
    QTest::newRow("not a scenario") << QStringList{QStringLiteral("--scenario"),
                                                   QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("bad latency") << QStringList{QStringLiteral("--latency"), QStringLiteral("-5")};
    QTest::newRow("bad cloud") << QStringList{QStringLiteral("--cloud"), QStringLiteral("Germany")};
}

void TestFakeCloudExecutable::badArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("flexo-fake-cloud: "));
}

QTEST_GUILESS_MAIN(TestFakeCloudExecutable)
#include "tst_fakecloud_executable.moc"
