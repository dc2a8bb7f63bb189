#include "AuthTestSupport.h"

#include "net/HttpClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace flexo;
using namespace authtest;

class TestClientCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void acceptsTheRightSecret();
    void explainsRefusals_data();
    void explainsRefusals();
    void legacySecretArrivesIntact();
    void encodesEveryValue();
    void reportsAnUnreachableEndpoint();
    void timesOut();

private:
    AuthResult run(const ClientCredentialsRequest &request);

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestClientCredentials::init()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    m_network = std::make_unique<QNetworkAccessManager>();
}

AuthResult TestClientCredentials::run(const ClientCredentialsRequest &request)
{
    HttpClient client(m_network.get());
    ClientCredentialsService service(&client);
    QSignalSpy finished(&service, &ClientCredentialsService::finished);
    service.start(request);
    if (!finished.wait(15000) || finished.size() != 1)
        return {};
    return finished.at(0).at(0).value<AuthResult>();
}

void TestClientCredentials::acceptsTheRightSecret()
{
    const AuthResult result = run(clientCredentialsRequest(*m_fake));
    QVERIFY2(result.ok(), qPrintable(result.error.userText() + result.error.detail));
    QCOMPARE(result.step, QStringLiteral("app-credentials"));
    QCOMPARE(result.observed.httpStatus, 200);
    QCOMPARE(result.facts.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    QVERIFY(result.facts.value(QStringLiteral("expiresIn")).toInt() > 0);
    QVERIFY(result.finishedAt.isValid());
    for (const QVariant &value : result.facts)
        QVERIFY(!value.toString().contains(QStringLiteral("fakeaccess.")));
}

void TestClientCredentials::explainsRefusals_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("hint");
    QTest::newRow("object id instead of client id")
        << kObjectId << kSecret << 400 << QStringLiteral("AADSTS700016") << QStringLiteral("Object ID");
    QTest::newRow("secret id instead of value")
        << kClientId << kSecretId << 401 << QStringLiteral("AADSTS7000215") << QStringLiteral("Secret ID");
    QTest::newRow("expired secret") << kClientId << kExpiredSecret << 401 << QStringLiteral("AADSTS7000222")
                                    << QStringLiteral("24 months");
    QTest::newRow("no secret") << kClientId << QString() << 401 << QStringLiteral("AADSTS7000218")
                               << QStringLiteral("Value");
}

void TestClientCredentials::explainsRefusals()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, hint);
    ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
    request.clientId = clientId;
    request.clientSecret = secret;
    request.secretExpiry = QDate(2025, 1, 31);
    const AuthResult result = run(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.observed.httpStatus, status);
    QCOMPARE(result.observed.aadstsCode(), code);
    QVERIFY(!result.observed.traceId.isEmpty());
    QVERIFY(!result.observed.correlationId.isEmpty());
    QVERIFY(!result.observed.timestamp.isEmpty());
    QVERIFY2(result.error.userText().contains(hint), qPrintable(result.error.userText()));
    QCOMPARE(result.helpUrl,
             QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=") + code.mid(6)));
    if (!secret.isEmpty())
        QVERIFY(!QString(result.error.userText() + result.error.detail).contains(secret));
}

void TestClientCredentials::legacySecretArrivesIntact()
{
    QString error;
    QVERIFY2(m_fake->loadScenario(scenarioWithLegacySecret(), &error), qPrintable(error));
    ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
    request.clientSecret = kLegacySecret;
    const AuthResult result = run(request);
    QVERIFY2(result.ok(), qPrintable(result.error.userText() + result.error.detail));
}

void TestClientCredentials::encodesEveryValue()
{
    ClientCredentialsRequest request;
    request.clientId = kClientId;
    request.clientSecret = QStringLiteral("a+b c&d=e%f");
    request.graphResource = QUrl(QStringLiteral("https://graph.microsoft.com/"));
    const QByteArray body = ClientCredentialsService::formBody(request);
    QVERIFY2(body.contains("client_secret=a%2Bb%20c%26d%3De%25f"), body.constData());
    QVERIFY(body.contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"));
    QVERIFY(body.contains("grant_type=client_credentials"));
}

void TestClientCredentials::reportsAnUnreachableEndpoint()
{
    ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress(QHostAddress::LocalHost)));
    const quint16 port = closed.serverPort();
    closed.close();
    request.tokenEndpoint.setPort(port);
    const AuthResult result = run(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, QStringLiteral("net.connection-refused"));
}

void TestClientCredentials::timesOut()
{
    QVERIFY(m_fake->addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("token")},
                                         {QStringLiteral("kind"), QStringLiteral("noAnswer")}}));
    ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
    request.timeout = std::chrono::milliseconds(300);
    const AuthResult result = run(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, QStringLiteral("net.timeout"));
}

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "tst_clientcredentials.moc"
