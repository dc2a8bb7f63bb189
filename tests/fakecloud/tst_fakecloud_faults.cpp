// Injected faults, TLS with the generated test CA, the control API and the request log.

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "SignIn.h"

using flexo::fake::FakeCloud;

class TestFakeCloudFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusFaults_data();
    void statusFaults();
    void callCounting();
    void everyEndpoint();
    void latencyDelaysTheAnswer();
    void noAnswer();
    void dropMidResponse();
    void truncatedBody();
    void malformedJson();
    void sideEffectsOfCutAnswers();
    void faultsOnCreateOrGet_data();
    void faultsOnCreateOrGet();
    void clearFaults();
    void tls();
    void controlApi();
    void requestLogHasNoSecrets();
    void httpFraming();

private:
    FakeCloudClient::Reply discovery()
    {
        return m_client->get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration"));
    }
    void fault(const QJsonObject &json) { QVERIFY(m_cloud->addFault(json)); }
    // Bytes exactly as the fake sends them, read until it closes the connection (or 3 s pass).
    QByteArray rawExchange(const QByteArray &request, bool *closedByServer);
    static QByteArray rawDiscovery();
    FakeCloud *m_cloud = nullptr;
    FakeCloudClient *m_client = nullptr;
};

void TestFakeCloudFaults::init()
{
    m_cloud = new FakeCloud(this);
    QVERIFY(m_cloud->start());
    m_client = new FakeCloudClient(m_cloud->baseUrl());
}

void TestFakeCloudFaults::cleanup()
{
    delete m_client;
    delete m_cloud;
}

void TestFakeCloudFaults::statusFaults_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("graph 429 seconds")
        << QStringLiteral("graph.me") << 429 << QStringLiteral("2") << QStringLiteral("TooManyRequests");
    QTest::newRow("graph 429 fractional")
        << QStringLiteral("graph.me") << 429 << QStringLiteral("0.5") << QStringLiteral("TooManyRequests");
    QTest::newRow("graph 503 date") << QStringLiteral("graph.me") << 503
                                    << QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT")
                                    << QStringLiteral("serviceNotAvailable");
    QTest::newRow("graph 500") << QStringLiteral("graph.me") << 500 << QString()
                               << QStringLiteral("generalException");
    QTest::newRow("token 503") << QStringLiteral("token") << 503 << QStringLiteral("1")
                               << QStringLiteral("temporarily_unavailable");
    QTest::newRow("token 500") << QStringLiteral("token") << 500 << QString()
                               << QStringLiteral("server_error");
    QTest::newRow("discovery 429") << QStringLiteral("discovery") << 429 << QStringLiteral("3")
                                   << QStringLiteral("temporarily_unavailable");
}

void TestFakeCloudFaults::statusFaults()
{
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    QFETCH(QString, retryAfter);
    QFETCH(QString, code);
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QJsonObject json{{QStringLiteral("endpoint"), endpoint},
                     {QStringLiteral("kind"), QStringLiteral("status")},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("call"), 1}};
    if (!retryAfter.isEmpty())
        json.insert(QStringLiteral("retryAfter"), retryAfter);
    fault(json);
    FakeCloudClient::Reply reply;
    if (endpoint == QLatin1String("graph.me"))
        reply = m_client->get(QStringLiteral("/v1.0/me"), token);
    else if (endpoint == QLatin1String("token"))
        reply = m_client->postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId), {});
    else
        reply = discovery();
    QCOMPARE(reply.status, status);
    QCOMPARE(QString::fromLatin1(reply.header("Retry-After")), retryAfter);
    const QJsonObject body = reply.json();
    const QString actual =
        body.value(QStringLiteral("error")).isObject()
            ? body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
            : body.value(QStringLiteral("error")).toString();
    QCOMPARE(actual, code);
    // Only the first call: the next one is served normally.
    if (endpoint == QLatin1String("graph.me"))
        QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token).status, 200);
    else if (endpoint == QLatin1String("discovery"))
        QCOMPARE(discovery().status, 200);
}

void TestFakeCloudFaults::callCounting()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("call"), 2},
           {QStringLiteral("times"), 2},
           {QStringLiteral("kind"), QStringLiteral("status")},
           {QStringLiteral("status"), 503}});
    QCOMPARE(discovery().status, 200);
    QCOMPARE(discovery().status, 503);
    QCOMPARE(discovery().status, 503);
    QCOMPARE(discovery().status, 200);
}

void TestFakeCloudFaults::everyEndpoint()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
           {QStringLiteral("kind"), QStringLiteral("status")},
           {QStringLiteral("status"), 500}});
    QCOMPARE(discovery().status, 500);
    QCOMPARE(discovery().status, 500);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me")).status, 500);
    // The control API is never faulted.
    QCOMPARE(m_client->get(QStringLiteral("/_fake/meetings/count")).status, 200);
}

void TestFakeCloudFaults::latencyDelaysTheAnswer()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("kind"), QStringLiteral("latency")},
           {QStringLiteral("latencyMs"), 5000},
           {QStringLiteral("call"), 1}});
    // A client that gives up sooner than the added latency sees no answer...
    m_client->setTimeout(200);
    const auto late = discovery();
    QCOMPARE(late.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(late.status, 0);
    // ...and the answer itself is intact once it comes.
    m_client->setTimeout(10000);
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("kind"), QStringLiteral("latency")},
           {QStringLiteral("latencyMs"), 50},
           {QStringLiteral("call"), 1}});
    QCOMPARE(discovery().status, 200);
    QCOMPARE(m_cloud->requestLog().last().toObject().value(QStringLiteral("faults")).toArray(),
             QJsonArray{QStringLiteral("latency")});
}

void TestFakeCloudFaults::noAnswer()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("token")},
           {QStringLiteral("kind"), QStringLiteral("noAnswer")},
           {QStringLiteral("call"), 1}});
    m_client->setTimeout(300);
    const auto reply = m_client->postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId), {});
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(m_cloud->requestLog().last().toObject().value(QStringLiteral("status")).toInt(), 0);
}

QByteArray TestFakeCloudFaults::rawExchange(const QByteArray &request, bool *closedByServer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_cloud->baseUrl().port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    disconnected.wait(3000);
    received += socket.readAll();
    *closedByServer = !disconnected.isEmpty();
    return received;
}

QByteArray TestFakeCloudFaults::rawDiscovery()
{
    return "GET /stluc.example/v2.0/.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

void TestFakeCloudFaults::dropMidResponse()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("kind"), QStringLiteral("drop")},
           {QStringLiteral("call"), 1}});
    bool closed = false;
    const QByteArray received = rawExchange(rawDiscovery(), &closed);
    QVERIFY(closed);
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    QVERIFY(!received.contains("\r\n\r\n")); // cut inside the headers
    QCOMPARE(discovery().status, 200);
}

void TestFakeCloudFaults::truncatedBody()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("kind"), QStringLiteral("truncated")},
           {QStringLiteral("call"), 1}});
    bool closed = false;
    const QByteArray received = rawExchange(rawDiscovery(), &closed);
    QVERIFY(closed);
    const qsizetype end = received.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                                               .match(QString::fromLatin1(received.left(end)));
    QVERIFY(length.hasMatch());
    const qsizetype body = received.size() - end - 4;
    QVERIFY(body > 0);
    QVERIFY(body < length.captured(1).toLongLong());
}

void TestFakeCloudFaults::malformedJson()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("discovery")},
           {QStringLiteral("kind"), QStringLiteral("malformed")},
           {QStringLiteral("call"), 1}});
    const auto reply = discovery();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QJsonParseError error{};
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFakeCloudFaults::sideEffectsOfCutAnswers()
{
    // A meeting created by a request whose answer was lost still exists: what a client must clean up.
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    fault({{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.create")},
           {QStringLiteral("kind"), QStringLiteral("drop")},
           {QStringLiteral("call"), 1}});
    const QByteArray body = "{\"subject\":\"x\"}";
    bool closed = false;
    const QByteArray received = rawExchange(
        "POST /v1.0/me/onlineMeetings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n\r\n" + body,
        &closed);
    QVERIFY(closed);
    QVERIFY(received.startsWith("HTTP/1.1 201"));
    QVERIFY(!received.contains("\r\n\r\n"));
    QCOMPARE(m_cloud->liveMeetingCount(), 1);
    // A status fault answers before anything happens.
    fault({{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.create")},
           {QStringLiteral("kind"), QStringLiteral("status")},
           {QStringLiteral("status"), 503},
           {QStringLiteral("call"), 1}});
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"), {}, token).status, 503);
    QCOMPARE(m_cloud->liveMeetingCount(), 1);
}

void TestFakeCloudFaults::faultsOnCreateOrGet_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QByteArray>("received"); // what the answer starts with; empty: nothing at all
    QTest::addColumn<int>("meetings");        // made by the request
    const QString endpoint = QStringLiteral("graph.meetings.createOrGet");
    QTest::newRow("hang up before the answer")
        << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("kind"), QStringLiteral("hangUp")}}
        << QByteArray() << 1;
    QTest::newRow("cut inside the headers") << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                           {QStringLiteral("kind"), QStringLiteral("drop")}}
                                            << QByteArray("HTTP/1.1 201") << 1;
    QTest::newRow("503 after the work") << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                       {QStringLiteral("kind"), QStringLiteral("status")},
                                                       {QStringLiteral("status"), 503},
                                                       {QStringLiteral("afterHandling"), true}}
                                        << QByteArray("HTTP/1.1 503") << 1;
    QTest::newRow("503 instead of the work")
        << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 503}}
        << QByteArray("HTTP/1.1 503") << 0;
}

void TestFakeCloudFaults::faultsOnCreateOrGet()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QByteArray, received);
    QFETCH(int, meetings);
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    fault.insert(QStringLiteral("call"), 1);
    this->fault(fault);
    const QByteArray body = "{\"externalId\":\"e-1\"}";
    bool closed = false;
    const QByteArray answer = rawExchange(
        "POST /v1.0/me/onlineMeetings/createOrGet HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            token + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body,
        &closed);
    if (received.isEmpty()) {
        QVERIFY(closed);
        QVERIFY(answer.isEmpty());
    } else {
        QVERIFY2(answer.startsWith(received), answer.constData());
    }
    QCOMPARE(m_cloud->liveMeetingCount(), meetings);
    const QJsonObject logged = m_cloud->requestLog().last().toObject();
    QCOMPARE(logged.value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("graph.meetings.createOrGet"));
    // The next call is not faulted: the same externalId finds the meeting, or makes it now.
    const auto again = m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings/createOrGet"),
                                          {{QStringLiteral("externalId"), QStringLiteral("e-1")}}, token);
    QCOMPARE(again.status, meetings == 1 ? 200 : 201);
    QCOMPARE(m_cloud->liveMeetingCount(), 1);
}

void TestFakeCloudFaults::clearFaults()
{
    fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
           {QStringLiteral("kind"), QStringLiteral("status")},
           {QStringLiteral("status"), 500}});
    QCOMPARE(discovery().status, 500);
    m_cloud->clearFaults();
    QCOMPARE(discovery().status, 200);
    QVERIFY(!m_cloud->addFault({{QStringLiteral("endpoint"), QStringLiteral("nowhere")},
                                {QStringLiteral("kind"), QStringLiteral("drop")}}));
}

void TestFakeCloudFaults::tls()
{
    FakeCloud secure;
    FakeCloud::Options options;
    options.tls = true;
    QVERIFY2(secure.start(options), qPrintable(secure.lastError()));
    QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(secure.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(QFile::exists(secure.caFile()));
    QCOMPARE(secure.caCertificates().size(), 1);
    QCOMPARE(secure.caCertificates().first().issuerInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("FlexO Fake Cloud Test CA")});
    QCOMPARE(QSslCertificate::fromPath(secure.caFile()), secure.caCertificates());

    FakeCloudClient trusting(secure.baseUrl());
    trusting.setCaCertificates(secure.caCertificates());
    const auto ok = trusting.get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration"));
    QCOMPARE(ok.status, 200);
    QVERIFY(
        ok.json().value(QStringLiteral("token_endpoint")).toString().startsWith(secure.baseUrl().toString()));
    const QByteArray token = SignIn::accessToken(trusting, secure.baseUrl());
    QCOMPARE(trusting.get(QStringLiteral("/v1.0/me"), token).status, 200);

    // "localhost" is in the certificate too.
    QUrl localhost = secure.baseUrl();
    localhost.setHost(QStringLiteral("localhost"));
    FakeCloudClient byName(localhost);
    byName.setCaCertificates(secure.caCertificates());
    QCOMPARE(byName.get(QStringLiteral("/_fake/meetings/count")).status, 200);

    FakeCloudClient untrusting(secure.baseUrl());
    const auto refused =
        untrusting.get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration"));
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
}

void TestFakeCloudFaults::controlApi()
{
    QCOMPARE(m_client->get(QStringLiteral("/_fake/meetings/count")).json(),
             (QJsonObject{{QStringLiteral("live"), 0}}));

    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"), {}, token).status, 201);
    QCOMPARE(
        m_client->get(QStringLiteral("/_fake/meetings/count")).json().value(QStringLiteral("live")).toInt(),
        1);

    const auto added = m_client->postJson(QStringLiteral("/_fake/faults"),
                                          {{QStringLiteral("endpoint"), QStringLiteral("discovery")},
                                           {QStringLiteral("kind"), QStringLiteral("status")},
                                           {QStringLiteral("status"), 429},
                                           {QStringLiteral("retryAfter"), QStringLiteral("0.5")}});
    QCOMPARE(added.status, 200);
    QCOMPARE(discovery().status, 429);
    QCOMPARE(
        m_client
            ->postJson(QStringLiteral("/_fake/faults"), {{QStringLiteral("kind"), QStringLiteral("bogus")}})
            .status,
        400);
    QCOMPARE(m_client->deleteResource(QStringLiteral("/_fake/faults")).status, 200);
    QCOMPARE(discovery().status, 200);

    QCOMPARE(
        m_client->postJson(QStringLiteral("/_fake/signin-user"), {{QStringLiteral("upn"), fixture::dimitri}})
            .status,
        200);
    const QByteArray dimitri = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), dimitri)
                 .json()
                 .value(QStringLiteral("userPrincipalName"))
                 .toString(),
             fixture::dimitri);

    const auto requests = m_client->get(QStringLiteral("/_fake/requests"));
    QCOMPARE(requests.status, 200);
    const QJsonArray log = QJsonDocument::fromJson(requests.body).array();
    QVERIFY(log.size() >= 8);
    const QJsonObject first = log.first().toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QStringLiteral("endpoint")).toString(), QStringLiteral("authorize"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 302);
    QVERIFY(first.contains(QStringLiteral("time")));
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("grantType")).toString(),
             QStringLiteral("authorization_code"));

    QJsonObject scenario = FakeCloud::defaultScenario();
    scenario.insert(QStringLiteral("signInUser"), QStringLiteral("camille@stluc.onmicrosoft.com"));
    QCOMPARE(m_client->postJson(QStringLiteral("/_fake/scenario"), scenario).status, 200);
    QCOMPARE(
        m_client->get(QStringLiteral("/_fake/meetings/count")).json().value(QStringLiteral("live")).toInt(),
        0);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), dimitri).status,
             401); // tokens do not survive a new scenario
    const auto bad =
        m_client->postJson(QStringLiteral("/_fake/scenario"), {{QStringLiteral("tenants"), QJsonArray()}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("tenants")));
    QCOMPARE(m_client->get(QStringLiteral("/_fake/nothing")).status, 404);
}

namespace {
QStringList g_messages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

void TestFakeCloudFaults::requestLogHasNoSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flexo.fake.debug=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QSignalSpy logged(m_cloud, &FakeCloud::requestLogged);
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const auto tokens = SignIn::redeem(*m_client, code).json();
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), access.toLatin1()).status, 200);
    QCOMPARE(logged.size(), 3);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_messages.size() >= 3); // a debug line per request
    const QByteArray log = QJsonDocument(m_cloud->requestLog()).toJson() +
                           m_client->get(QStringLiteral("/_fake/requests")).body +
                           g_messages.join(QLatin1Char('\n')).toUtf8();
    for (const QString &value : {fixture::secret, code, access, refresh, fixture::verifier,
                                 fixture::challenge, QStringLiteral("st-42")}) {
        QVERIFY(!value.isEmpty());
        QVERIFY2(!log.contains(value.toUtf8()), qPrintable(value.left(8)));
    }
}

void TestFakeCloudFaults::httpFraming()
{
    bool closed = false;
    // Two requests on one connection, the second one closing it: two answers in order.
    const QByteArray two = rawExchange(rawDiscovery() + "GET /_fake/meetings/count HTTP/1.1\r\nHost: "
                                                        "127.0.0.1\r\nConnection: close\r\n\r\n",
                                       &closed);
    QVERIFY(closed);
    QCOMPARE(two.count("HTTP/1.1 200 OK\r\n"), 2);
    QVERIFY(two.endsWith("{\"live\":0}"));
    // A client waiting for "100 Continue" gets it before sending the body.
    const QByteArray form = "client_id=x";
    const QByteArray expect =
        rawExchange("POST /stluc.example/oauth2/v2.0/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Expect: 100-continue\r\nContent-Length: " +
                        QByteArray::number(form.size()) + "\r\n\r\n",
                    &closed);
    QVERIFY(expect.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    QCOMPARE(rawExchange("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", &closed).left(12),
             QByteArray("HTTP/1.1 411"));
    QVERIFY(closed);
    QCOMPARE(rawExchange("NONSENSE\r\n\r\n", &closed).left(12), QByteArray("HTTP/1.1 400"));
    QVERIFY(closed);
    QCOMPARE(m_client->get(QStringLiteral("/nothing/here")).status, 404);
}

QTEST_GUILESS_MAIN(TestFakeCloudFaults)
#include "tst_fakecloud_faults.moc"
