// Graph v1.0 as the fake serves it: /me, onlineMeetings create/get/delete, and Graph's errors.

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "SignIn.h"

using flexo::fake::FakeCloud;

class TestFakeCloudGraph : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void me();
    void missingToken_data();
    void missingToken();
    void expiredToken();
    void appOnlyTokenOnMe();
    void withoutOnlineMeetingsScope();
    void userWithoutTeamsLicence();
    void meetingIds_data();
    void meetingIds();
    void anotherUsersMeetingIsNotFound();
    void invalidBody();
    void defaultTimes();
    void createOrGetIsOneMeetingPerExternalId();
    void createOrGetIsPerOrganizer();
    void createOrGetRequests_data();
    void createOrGetRequests();
    void createOrGetAfterDelete();
    void createOrGetNeedsThePermission();
    void unknownSegment();
    void clientRequestIdIsEchoed();

private:
    QByteArray appToken();
    FakeCloudClient::Reply createOrGet(const QJsonObject &body, const QByteArray &token);
    void verifyErrorShape(const FakeCloudClient::Reply &reply, int status, const QString &code);
    FakeCloud *m_cloud = nullptr;
    FakeCloudClient *m_client = nullptr;
};

void TestFakeCloudGraph::init()
{
    m_cloud = new FakeCloud(this);
    QVERIFY(m_cloud->start());
    m_client = new FakeCloudClient(m_cloud->baseUrl());
}

void TestFakeCloudGraph::cleanup()
{
    delete m_client;
    delete m_cloud;
}

QByteArray TestFakeCloudGraph::appToken()
{
    const auto reply =
        m_client->postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId),
                           {{QStringLiteral("client_id"), fixture::clientId},
                            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                            {QStringLiteral("client_secret"), fixture::secret}});
    return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

void TestFakeCloudGraph::verifyErrorShape(const FakeCloudClient::Reply &reply, int status,
                                          const QString &code)
{
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(error.contains(QStringLiteral("message")));
    const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"))
                .match(inner.value(QStringLiteral("date")).toString())
                .hasMatch());
    QVERIFY(!inner.value(QStringLiteral("request-id")).toString().isEmpty());
    QVERIFY(!inner.value(QStringLiteral("client-request-id")).toString().isEmpty());
    QCOMPARE(reply.header("request-id"), inner.value(QStringLiteral("request-id")).toString().toLatin1());
}

void TestFakeCloudGraph::me()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto reply = m_client->get(QStringLiteral("/v1.0/me"), token);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("id")).toString(), fixture::camilleId);
    QCOMPARE(body.value(QStringLiteral("displayName")).toString(), QStringLiteral("Camille Martin"));
    QCOMPARE(body.value(QStringLiteral("userPrincipalName")).toString(), fixture::camille);
    QVERIFY(!reply.header("request-id").isEmpty());
}

void TestFakeCloudGraph::missingToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << QByteArray() << QStringLiteral("Access token is empty.");
    QTest::newRow("empty bearer") << QByteArray("Bearer ") << QStringLiteral("Access token is empty.");
    QTest::newRow("unknown token") << QByteArray("Bearer eyJ0eXAi.nonsense")
                                   << QStringLiteral("CompactToken parsing failed with error code: 80049217");
}

void TestFakeCloudGraph::missingToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto reply =
        m_client->send("GET", m_client->url(QStringLiteral("/v1.0/me/onlineMeetings/x")), {}, headers);
    verifyErrorShape(reply, 401, QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        message);
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm=\"\""));
    QVERIFY(reply.header("WWW-Authenticate").contains("client_id=\"00000003-0000-0000-c000-000000000000\""));
}

void TestFakeCloudGraph::expiredToken()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token).status, 200);
    m_cloud->expireAccessTokens();
    const auto reply = m_client->get(QStringLiteral("/v1.0/me"), token);
    verifyErrorShape(reply, 401, QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Access token has expired or is not yet valid."));
    QVERIFY(!reply.header("WWW-Authenticate").isEmpty());

    // The same happens when the token simply outlives its expires_in.
    const QByteArray fresh = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    m_cloud->advanceClock(3600);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), fresh).status, 401);
}

void TestFakeCloudGraph::appOnlyTokenOnMe()
{
    const QByteArray token = appToken();
    QVERIFY(!token.isEmpty());
    const auto reply = m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"),
                                          {{QStringLiteral("subject"), QStringLiteral("x")}}, token);
    verifyErrorShape(reply, 400, QStringLiteral("BadRequest"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("/me request is only valid with delegated authentication flow."));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token).status, 400);
    QCOMPARE(m_cloud->liveMeetingCount(), 0);
}

void TestFakeCloudGraph::withoutOnlineMeetingsScope()
{
    const QString code = SignIn::code(
        *m_client,
        SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, fixture::loopbackRedirect,
                             QStringLiteral("openid offline_access https://graph.microsoft.com/User.Read")));
    const QByteArray token =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token).status, 200);
    const auto reply = m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"),
                                          {{QStringLiteral("subject"), QStringLiteral("x")}}, token);
    verifyErrorShape(reply, 403, QStringLiteral("Forbidden"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QString());
    QCOMPARE(m_cloud->liveMeetingCount(), 0);
}

void TestFakeCloudGraph::userWithoutTeamsLicence()
{
    m_cloud->setSignInUser(fixture::dimitri);
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token)
                 .json()
                 .value(QStringLiteral("userPrincipalName"))
                 .toString(),
             fixture::dimitri);
    const auto reply = m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"),
                                          {{QStringLiteral("subject"), QStringLiteral("x")}}, token);
    verifyErrorShape(reply, 403, QStringLiteral("Forbidden"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QString());
}

void TestFakeCloudGraph::meetingIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << QStringLiteral("not-a-meeting-id!") << 400
                             << QStringLiteral("Meeting Id is corrupted.");
    QTest::newRow("base64 of nonsense") << QString::fromLatin1(QByteArray("hello world").toBase64()) << 400
                                        << QStringLiteral("Meeting Id is corrupted.");
    const QByteArray unknown = "1*11111111-2222-4333-8444-555555555555*0**19:meeting_unknown@thread.v2";
    QTest::newRow("well-formed unknown") << QString::fromLatin1(unknown.toBase64()) << 404 << QString();
}

void TestFakeCloudGraph::meetingIds()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const QString path =
        QStringLiteral("/v1.0/me/onlineMeetings/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    for (const auto &reply : {m_client->get(path, token), m_client->deleteResource(path, token)}) {
        verifyErrorShape(reply, status,
                         status == 400 ? QStringLiteral("BadRequest") : QStringLiteral("NotFound"));
        if (!message.isEmpty())
            QCOMPARE(reply.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString(),
                     message);
    }
}

void TestFakeCloudGraph::anotherUsersMeetingIsNotFound()
{
    const QByteArray camille = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const QString id = m_client
                           ->postJson(QStringLiteral("/v1.0/me/onlineMeetings"),
                                      {{QStringLiteral("subject"), QStringLiteral("x")}}, camille)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!id.contains(QLatin1Char('/')));
    m_cloud->setSignInUser(fixture::dimitri);
    const QByteArray dimitri = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    QCOMPARE(m_client->deleteResource(QStringLiteral("/v1.0/me/onlineMeetings/") + id, dimitri).status, 404);
    QCOMPARE(m_cloud->liveMeetingCount(), 1);
}

void TestFakeCloudGraph::invalidBody()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto reply =
        m_client->post(QStringLiteral("/v1.0/me/onlineMeetings"), "{not json", "application/json", token);
    verifyErrorShape(reply, 400, QStringLiteral("BadRequest"));
    QCOMPARE(m_cloud->liveMeetingCount(), 0);
}

void TestFakeCloudGraph::defaultTimes()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto reply = m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings"), {}, token);
    QCOMPARE(reply.status, 201);
    const QDateTime start = QDateTime::fromString(
        reply.json().value(QStringLiteral("startDateTime")).toString(), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(reply.json().value(QStringLiteral("endDateTime")).toString(),
                                                Qt::ISODateWithMs);
    QVERIFY(start.isValid());
    QCOMPARE(start.secsTo(end), 3600);
    QVERIFY(reply.header("Content-Type").startsWith("application/json;odata.metadata=minimal"));
}

FakeCloudClient::Reply TestFakeCloudGraph::createOrGet(const QJsonObject &body, const QByteArray &token)
{
    return m_client->postJson(QStringLiteral("/v1.0/me/onlineMeetings/createOrGet"), body, token);
}

void TestFakeCloudGraph::createOrGetIsOneMeetingPerExternalId()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const QJsonObject body{
        {QStringLiteral("externalId"), QStringLiteral("7eb8263f-d0e0-4149-bb1c-1f0476083c56")},
        {QStringLiteral("subject"), QStringLiteral("probe")},
        {QStringLiteral("startDateTime"), QStringLiteral("2026-03-01T10:00:00Z")},
        {QStringLiteral("endDateTime"), QStringLiteral("2026-03-01T10:15:00Z")}};
    const auto created = createOrGet(body, token);
    QCOMPARE(created.status, 201);
    const QJsonObject meeting = created.json();
    QVERIFY(!meeting.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(meeting.value(QStringLiteral("externalId")), body.value(QStringLiteral("externalId")));
    QCOMPARE(meeting.value(QStringLiteral("subject")).toString(), QStringLiteral("probe"));
    QVERIFY(meeting.value(QStringLiteral("startDateTime"))
                .toString()
                .startsWith(QLatin1String("2026-03-01T10:00:00")));
    QVERIFY(!meeting.value(QStringLiteral("joinWebUrl")).toString().isEmpty());
    QVERIFY(!created.header("request-id").isEmpty());

    // The same externalId again, even with other values: the same meeting, unchanged, 200.
    QJsonObject again = body;
    again.insert(QStringLiteral("subject"), QStringLiteral("another subject"));
    const auto got = createOrGet(again, token);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QStringLiteral("id")), meeting.value(QStringLiteral("id")));
    QCOMPARE(got.json().value(QStringLiteral("subject")).toString(), QStringLiteral("probe"));
    QCOMPARE(m_cloud->liveMeetingCount(), 1);

    // A new externalId is a new meeting.
    again.insert(QStringLiteral("externalId"), QStringLiteral("0f7f1d6c-3f5e-4b8a-9a55-3c1e0b2a9d41"));
    const auto other = createOrGet(again, token);
    QCOMPARE(other.status, 201);
    QVERIFY(other.json().value(QStringLiteral("id")) != meeting.value(QStringLiteral("id")));
    QCOMPARE(m_cloud->liveMeetingCount(), 2);
}

void TestFakeCloudGraph::createOrGetIsPerOrganizer()
{
    // Another licensed user of the same tenant.
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    QJsonArray users = stluc.value(QStringLiteral("users")).toArray();
    users.append(
        QJsonObject{{QStringLiteral("upn"), QStringLiteral("bastien@stluc.onmicrosoft.com")},
                    {QStringLiteral("objectId"), QStringLiteral("22222222-3333-4444-8555-666666666666")},
                    {QStringLiteral("displayName"), QStringLiteral("Bastien Roy")},
                    {QStringLiteral("teamsLicense"), true}});
    stluc.insert(QStringLiteral("users"), users);
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QString error;
    QVERIFY2(m_cloud->loadScenario(scenario, &error), qPrintable(error));

    const QJsonObject body{{QStringLiteral("externalId"), QStringLiteral("shared-external-id")}};
    const QByteArray camille = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    m_cloud->setSignInUser(QStringLiteral("bastien@stluc.onmicrosoft.com"));
    const QByteArray bastien = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto first = createOrGet(body, camille);
    const auto second = createOrGet(body, bastien);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QVERIFY(first.json().value(QStringLiteral("id")) != second.json().value(QStringLiteral("id")));
    QCOMPARE(createOrGet(body, camille).json().value(QStringLiteral("id")),
             first.json().value(QStringLiteral("id")));
    QCOMPARE(m_cloud->liveMeetingCount(), 2);
}

void TestFakeCloudGraph::createOrGetRequests_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("minutes");
    const QString id = QStringLiteral("external-1");
    QTest::newRow("no externalId") << QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")}} << 400
                                   << 0;
    QTest::newRow("end without start")
        << QJsonObject{{QStringLiteral("externalId"), id},
                       {QStringLiteral("endDateTime"), QStringLiteral("2026-03-01T10:15:00Z")}}
        << 400 << 0;
    QTest::newRow("end before start")
        << QJsonObject{{QStringLiteral("externalId"), id},
                       {QStringLiteral("startDateTime"), QStringLiteral("2026-03-01T10:15:00Z")},
                       {QStringLiteral("endDateTime"), QStringLiteral("2026-03-01T10:00:00Z")}}
        << 400 << 0;
    QTest::newRow("no times: now, one hour") << QJsonObject{{QStringLiteral("externalId"), id}} << 201 << 60;
    QTest::newRow("start only: one hour")
        << QJsonObject{{QStringLiteral("externalId"), id},
                       {QStringLiteral("startDateTime"), QStringLiteral("2026-03-01T10:00:00Z")}}
        << 201 << 60;
}

void TestFakeCloudGraph::createOrGetRequests()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(int, minutes);
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto reply = createOrGet(body, token);
    if (status != 201) {
        verifyErrorShape(reply, status, QStringLiteral("BadRequest"));
        QCOMPARE(m_cloud->liveMeetingCount(), 0);
        return;
    }
    QCOMPARE(reply.status, status);
    const QDateTime start = QDateTime::fromString(
        reply.json().value(QStringLiteral("startDateTime")).toString(), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(reply.json().value(QStringLiteral("endDateTime")).toString(),
                                                Qt::ISODateWithMs);
    QVERIFY(start.isValid());
    QCOMPARE(start.secsTo(end), minutes * 60);
}

void TestFakeCloudGraph::createOrGetAfterDelete()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const QJsonObject body{{QStringLiteral("externalId"), QStringLiteral("deleted-then-asked-again")}};
    const QString id = createOrGet(body, token).json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->deleteResource(QStringLiteral("/v1.0/me/onlineMeetings/") + id, token).status, 204);
    // Assumed (not documented): a deleted meeting's externalId makes a new meeting.
    const auto again = createOrGet(body, token);
    QCOMPARE(again.status, 201);
    QVERIFY(again.json().value(QStringLiteral("id")).toString() != id);
    QCOMPARE(m_cloud->liveMeetingCount(), 1);
}

void TestFakeCloudGraph::createOrGetNeedsThePermission()
{
    m_cloud->setSignInUser(fixture::dimitri); // no Teams licence
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    verifyErrorShape(createOrGet({{QStringLiteral("externalId"), QStringLiteral("x")}}, token), 403,
                     QStringLiteral("Forbidden"));
    const QByteArray app = appToken();
    verifyErrorShape(createOrGet({{QStringLiteral("externalId"), QStringLiteral("x")}}, app), 400,
                     QStringLiteral("BadRequest"));
    QCOMPARE(m_cloud->liveMeetingCount(), 0);
}

void TestFakeCloudGraph::unknownSegment()
{
    const QByteArray token = SignIn::accessToken(*m_client, m_cloud->baseUrl());
    const auto reply = m_client->get(QStringLiteral("/v1.0/onlineMeetings"), token);
    verifyErrorShape(reply, 400, QStringLiteral("BadRequest"));
    QCOMPARE(
        reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Resource not found for the segment 'onlineMeetings'."));
}

void TestFakeCloudGraph::clientRequestIdIsEchoed()
{
    const auto reply = m_client->send("GET", m_client->url(QStringLiteral("/v1.0/me")), {},
                                      {{"client-request-id", "0b6f2d0e-0000-4000-8000-00000000abcd"}});
    QCOMPARE(reply.header("client-request-id"), QByteArray("0b6f2d0e-0000-4000-8000-00000000abcd"));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("innerError"))
                 .toObject()
                 .value(QStringLiteral("client-request-id"))
                 .toString(),
             QStringLiteral("0b6f2d0e-0000-4000-8000-00000000abcd"));
}

QTEST_GUILESS_MAIN(TestFakeCloudGraph)
#include "tst_fakecloud_graph.moc"
