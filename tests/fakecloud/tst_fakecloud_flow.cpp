// End-to-end through the fake cloud with plain HTTP: discovery, sign-in with PKCE (auto-approved and
// through a simulated browser), the three grants and the Graph calls a connector check makes.

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "Jwt.h"
#include "SignIn.h"

using flexo::fake::BrowserSimulator;
using flexo::fake::FakeCloud;

class TestFakeCloudFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void discoveryByDomainNamesTheGuid();
    void authorizationCodeWithPkce();
    void refreshTokenRotates();
    void clientCredentials();
    void meetingLifecycle();
    void browserSimulatorReachesTheLoopbackListener();
    void browserSimulatorStopsAtTheRedirect();

private:
    FakeCloud *m_cloud = nullptr;
    FakeCloudClient *m_client = nullptr;
};

void TestFakeCloudFlow::init()
{
    m_cloud = new FakeCloud(this);
    QVERIFY(m_cloud->start());
    QCOMPARE(m_cloud->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_cloud->baseUrl().scheme(), QStringLiteral("http"));
    m_client = new FakeCloudClient(m_cloud->baseUrl());
}

void TestFakeCloudFlow::cleanup()
{
    delete m_client;
    delete m_cloud;
}

void TestFakeCloudFlow::discoveryByDomainNamesTheGuid()
{
    const auto reply = m_client->get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json();
    const QString base = m_cloud->baseUrl().toString();
    QCOMPARE(document.value(QStringLiteral("token_endpoint")).toString(),
             base + QStringLiteral("/") + fixture::tenantId + QStringLiteral("/oauth2/v2.0/token"));
    QCOMPARE(document.value(QStringLiteral("authorization_endpoint")).toString(),
             base + QStringLiteral("/") + fixture::tenantId + QStringLiteral("/oauth2/v2.0/authorize"));
    QCOMPARE(document.value(QStringLiteral("cloud_instance_name")).toString(),
             QStringLiteral("microsoftonline.com"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("max-age=86400, private"));
}

void TestFakeCloudFlow::authorizationCodeWithPkce()
{
    const auto authorize = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(authorize.status, 302);
    const QUrl location(QString::fromLatin1(authorize.header("Location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), fixture::loopbackRedirect);
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const auto token = SignIn::redeem(*m_client, code);
    QVERIFY2(token.status == 200, token.body.constData());
    const QJsonObject body = token.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(body.value(QStringLiteral("scope"))
                .toString()
                .contains(QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite")));
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
    QVERIFY(body.value(QStringLiteral("ext_expires_in")).toInt() > 0);
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject claims =
        flexo::fake::Jwt::decodePayload(body.value(QStringLiteral("id_token")).toString().toLatin1());
    QCOMPARE(claims.value(QStringLiteral("tid")).toString(), fixture::tenantId);
    QCOMPARE(claims.value(QStringLiteral("oid")).toString(), fixture::camilleId);
    QCOMPARE(claims.value(QStringLiteral("preferred_username")).toString(), fixture::camille);
    QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Camille Martin"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), fixture::clientId);
}

void TestFakeCloudFlow::refreshTokenRotates()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString refresh =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    const auto reply = m_client->postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId),
                                          {{QStringLiteral("client_id"), fixture::clientId},
                                           {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("refresh_token"), refresh},
                                           {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(reply.status, 200);
    const QString rotated = reply.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != refresh);
}

void TestFakeCloudFlow::clientCredentials()
{
    const auto reply =
        m_client->postForm(QStringLiteral("/stluc.onmicrosoft.com/oauth2/v2.0/token"),
                           {{QStringLiteral("client_id"), fixture::clientId},
                            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                            {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("refresh_token")));
    QVERIFY(!body.contains(QStringLiteral("id_token")));
}

void TestFakeCloudFlow::meetingLifecycle()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QVERIFY(!token.isEmpty());
    const auto me = m_client->get(QStringLiteral("/v1.0/me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("userPrincipalName")).toString(), fixture::camille);

    const auto created =
        m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"),
                           {{QStringLiteral("subject"), QStringLiteral("FlexO connectivity probe")},
                            {QStringLiteral("startDateTime"), QStringLiteral("2026-03-01T10:00:00Z")},
                            {QStringLiteral("endDateTime"), QStringLiteral("2026-03-01T10:15:00Z")}},
                           token);
    QCOMPARE(created.status, 201);
    const QJsonObject meeting = created.json();
    const QString id = meeting.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(meeting.value(QStringLiteral("joinWebUrl"))
                .toString()
                .startsWith(QStringLiteral("https://teams.microsoft.com/l/meetup-join/")));
    QCOMPARE(meeting.value(QStringLiteral("subject")).toString(), QStringLiteral("FlexO connectivity probe"));
    QVERIFY(meeting.value(QStringLiteral("startDateTime"))
                .toString()
                .startsWith(QStringLiteral("2026-03-01T10:00:00")));
    QVERIFY(meeting.value(QStringLiteral("endDateTime"))
                .toString()
                .startsWith(QStringLiteral("2026-03-01T10:15:00")));
    QCOMPARE(meeting.value(QStringLiteral("participants"))
                 .toObject()
                 .value(QStringLiteral("organizer"))
                 .toObject()
                 .value(QStringLiteral("upn"))
                 .toString(),
             fixture::camille);
    QVERIFY(meeting.value(QStringLiteral("chatInfo")).toObject().contains(QStringLiteral("threadId")));
    QVERIFY(meeting.value(QStringLiteral("joinMeetingIdSettings"))
                .toObject()
                .contains(QStringLiteral("joinMeetingId")));
    QVERIFY(!created.header("request-id").isEmpty());
    QCOMPARE(m_cloud->liveMeetingCount(), 1);

    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me/onlineMeetings/") + id, token).status, 200);
    const auto removed = m_client->deleteResource(QStringLiteral("/v1.0/me/onlineMeetings/") + id, token);
    QCOMPARE(removed.status, 204);
    QVERIFY(removed.body.isEmpty());
    QCOMPARE(m_cloud->liveMeetingCount(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me/onlineMeetings/") + id, token).status, 404);
}

void TestFakeCloudFlow::browserSimulatorReachesTheLoopbackListener()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QByteArray received;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                              "17\r\nConnection: close\r\n\r\n<p>Signed in.</p>");
                socket->disconnectFromHost();
            }
        });
    });
    const QString redirect =
        QStringLiteral("http://localhost:%1/flexo-teams-setup").arg(listener.serverPort());

    BrowserSimulator browser;
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, redirect));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const QUrl finalUrl = finished.at(0).at(0).toUrl();
    QCOMPARE(finished.at(0).at(1).toInt(), 200);
    QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("Signed in."));
    QCOMPARE(finalUrl.port(), int(listener.serverPort()));
    QCOMPARE(finalUrl.path(), QStringLiteral("/flexo-teams-setup"));
    QVERIFY(QUrlQuery(finalUrl).hasQueryItem(QStringLiteral("code")));
    QVERIFY(received.startsWith("GET /flexo-teams-setup?code="));
}

void TestFakeCloudFlow::browserSimulatorStopsAtTheRedirect()
{
    BrowserSimulator browser;
    browser.followRedirectToLoopback = false;
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(SignIn::authorizeUrl(m_cloud->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const QUrl finalUrl = finished.at(0).at(0).toUrl();
    QCOMPARE(finished.at(0).at(1).toInt(), 302);
    QCOMPARE(finalUrl.adjusted(QUrl::RemoveQuery).toString(), fixture::loopbackRedirect);
    QCOMPARE(QUrlQuery(finalUrl).queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
}

QTEST_GUILESS_MAIN(TestFakeCloudFlow)
#include "tst_fakecloud_flow.moc"
