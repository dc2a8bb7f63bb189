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
    void transientFaultIsRetriedOnce_data();
    void transientFaultIsRetriedOnce();
    void persistentUnavailabilityNamesWhatWasSeen();
    void throttlingIsNotRetried();

private:
    AuthResult run(const ClientCredentialsRequest &request);

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    InstantWaits m_clock;
};

void TestClientCredentials::init()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock.waits.clear();
}

AuthResult TestClientCredentials::run(const ClientCredentialsRequest &request)
{
    HttpClient client(m_network.get(), {}, &m_clock);
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

// MSAL's rule: one more request after a 5xx, a reset or a time-out, after Retry-After or a second.
void TestClientCredentials::transientFaultIsRetriedOnce_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<qint64>("wait");
    auto status = [](int code, const QString &retryAfter) {
        QJsonObject fault = tokenFault(QStringLiteral("client_credentials"), QStringLiteral("status"));
        fault.insert(QStringLiteral("status"), code);
        if (!retryAfter.isEmpty())
            fault.insert(QStringLiteral("retryAfter"), retryAfter);
        return fault;
    };
    QTest::newRow("500") << status(500, {}) << qint64(1000);
    QTest::newRow("503, Retry-After 2") << status(503, QStringLiteral("2")) << qint64(2000);
    QTest::newRow("504") << status(504, {}) << qint64(1000);
    QTest::newRow("a proxy's 502 page")
        << tokenFault(QStringLiteral("client_credentials"), QStringLiteral("proxyPage")) << qint64(1000);
    QTest::newRow("closed before the answer")
        << tokenFault(QStringLiteral("client_credentials"), QStringLiteral("hangUp")) << qint64(1000);
    QTest::newRow("no answer") << tokenFault(QStringLiteral("client_credentials"), QStringLiteral("noAnswer"))
                               << qint64(1000);
}

void TestClientCredentials::transientFaultIsRetriedOnce()
{
    QFETCH(QJsonObject, fault);
    QFETCH(qint64, wait);
    QVERIFY(m_fake->addFault(fault));
    ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
    request.timeout = std::chrono::milliseconds(500);
    const AuthResult result = run(request);
    QVERIFY2(result.ok(), qPrintable(result.error.userText() + result.error.detail));
    QCOMPARE(result.http.attempts, 2);
    QCOMPARE(result.http.retried.size(), 1);
    QCOMPARE(m_clock.waits, QList<qint64>{wait});
    QCOMPARE(tokenRequests(*m_fake, QStringLiteral("client_credentials")), 2);
}

void TestClientCredentials::persistentUnavailabilityNamesWhatWasSeen()
{
    QJsonObject fault = tokenFault(QStringLiteral("client_credentials"), QStringLiteral("status"), 0);
    fault.insert(QStringLiteral("status"), 503);
    fault.insert(QStringLiteral("retryAfter"), QStringLiteral("1"));
    QVERIFY(m_fake->addFault(fault));
    const AuthResult result = run(clientCredentialsRequest(*m_fake));
    QCOMPARE(result.error.code, QStringLiteral("auth.token.unavailable"));
    QCOMPARE(result.http.attempts, 2);
    QCOMPARE(m_clock.waits, QList<qint64>{1000});
    const QString text = result.error.userText();
    QVERIFY2(text.contains(QLatin1String("HTTP 503")) && text.contains(QLatin1String("AADSTS90033")) &&
                 text.contains(QStringLiteral("127.0.0.1")) && text.contains(QLatin1String("2 attempt")),
             qPrintable(text));
    QVERIFY2(text.contains(result.observed.correlationId), qPrintable(text));
    QVERIFY2(text.contains(result.observed.traceId), qPrintable(text));
    QVERIFY(!text.contains(kSecret));
}

// Throttling is not a failure to retry at once (MSAL neither): the wait asked for is reported.
void TestClientCredentials::throttlingIsNotRetried()
{
    QJsonObject fault = tokenFault(QStringLiteral("client_credentials"), QStringLiteral("status"));
    fault.insert(QStringLiteral("status"), 429);
    fault.insert(QStringLiteral("retryAfter"), QStringLiteral("30"));
    QVERIFY(m_fake->addFault(fault));
    const AuthResult result = run(clientCredentialsRequest(*m_fake));
    QCOMPARE(result.error.code, QStringLiteral("auth.token.unavailable"));
    QCOMPARE(result.http.attempts, 1);
    QVERIFY2(result.error.cause.contains(QLatin1String("30 s")), qPrintable(result.error.cause));
}

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "tst_clientcredentials.moc"
