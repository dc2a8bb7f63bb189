// The fake cloud's building blocks: form decoding, redirect URI matching, scopes, scenarios, faults.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "FakeCloud.h"
#include "FakeCloudFixture.h"
#include "FaultPlan.h"
#include "FormData.h"
#include "Jwt.h"
#include "RedirectUriRules.h"
#include "Scenario.h"
#include "ScopeSet.h"

using namespace flexo::fake;

class TestFakeCloudRules : public QObject
{
    Q_OBJECT

private slots:
    void formDecoding_data();
    void formDecoding();
    void formEncodingLikeEntra();
    void redirectUris_data();
    void redirectUris();
    void scopes();
    void defaultScenarioValues();
    void scenarioErrors_data();
    void scenarioErrors();
    void faultCounting();
    void faultPerGrant();
    void proxyPageIsNotMicrosofts();
    void malformedAnswerWithoutBody();
    void faultParsing_data();
    void faultParsing();
    void jwtRoundTrip();
};

void TestFakeCloudRules::formDecoding_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plus is a space") << QByteArray("v=a+b") << QStringLiteral("a b");
    QTest::newRow("encoded plus") << QByteArray("v=a%2Bb") << QStringLiteral("a+b");
    QTest::newRow("percent space") << QByteArray("v=a%20b") << QStringLiteral("a b");
    QTest::newRow("legacy secret") << QByteArray("v=%5B6gyXA5S20%40MN%2BWRXAJ%5DI-TO7g1%3Ah2P8")
                                   << QStringLiteral("[6gyXA5S20@MN+WRXAJ]I-TO7g1:h2P8");
    QTest::newRow("utf-8") << QByteArray("v=%C3%A9t%C3%A9") << QStringLiteral("\u00e9t\u00e9");
    QTest::newRow("tilde kept") << QByteArray("v=Zx81Q~f") << QStringLiteral("Zx81Q~f");
    QTest::newRow("empty value") << QByteArray("v=") << QString();
}

void TestFakeCloudRules::formDecoding()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, expected);
    const FormData form = FormData::parse(encoded + "&other=1");
    QVERIFY(form.contains(QStringLiteral("v")));
    QCOMPARE(form.value(QStringLiteral("v")), expected);
    QCOMPARE(form.value(QStringLiteral("other")), QStringLiteral("1"));
}

void TestFakeCloudRules::formEncodingLikeEntra()
{
    QCOMPARE(FormData::encodeComponent(QStringLiteral("AADSTS65004: no.\r\nTrace ID: x")),
             QByteArray("AADSTS65004%3a+no.%0d%0aTrace+ID%3a+x"));
}

void TestFakeCloudRules::redirectUris_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<int>("result");
    using R = RedirectUriRules::Result;
    const QString loopback = QStringLiteral("http://localhost/flexo-teams-setup");
    QTest::newRow("loopback any port")
        << loopback << QStringLiteral("http://localhost:53123/flexo-teams-setup") << int(R::Match);
    QTest::newRow("loopback no port")
        << loopback << QStringLiteral("http://localhost/flexo-teams-setup") << int(R::Match);
    QTest::newRow("loopback host case")
        << loopback << QStringLiteral("http://LOCALHOST:1/flexo-teams-setup") << int(R::Match);
    QTest::newRow("127.0.0.1 is another host")
        << loopback << QStringLiteral("http://127.0.0.1:5000/flexo-teams-setup") << int(R::Mismatch);
    QTest::newRow("path case") << loopback << QStringLiteral("http://localhost:5000/Flexo-Teams-Setup")
                               << int(R::Case);
    QTest::newRow("trailing slash") << loopback << QStringLiteral("http://localhost:5000/flexo-teams-setup/")
                                    << int(R::TrailingSlash);
    QTest::newRow("other path") << loopback << QStringLiteral("http://localhost:5000/other")
                                << int(R::Mismatch);
    QTest::newRow("https loopback") << loopback << QStringLiteral("https://localhost:5000/flexo-teams-setup")
                                    << int(R::Mismatch);
    QTest::newRow("empty path is slash")
        << QStringLiteral("http://localhost") << QStringLiteral("http://localhost:7071/") << int(R::Match);
    QTest::newRow("empty path both") << QStringLiteral("http://localhost")
                                     << QStringLiteral("http://localhost:7071") << int(R::Match);
    const QString web = QStringLiteral("https://flexo.stluc.example/teams/oauth/callback");
    QTest::newRow("web exact") << web << web << int(R::Match);
    QTest::newRow("web port matters")
        << web << QStringLiteral("https://flexo.stluc.example:8443/teams/oauth/callback") << int(R::Mismatch);
    QTest::newRow("web default port")
        << web << QStringLiteral("https://flexo.stluc.example:443/teams/oauth/callback") << int(R::Match);
    QTest::newRow("web http") << web << QStringLiteral("http://flexo.stluc.example/teams/oauth/callback")
                              << int(R::Mismatch);
    QTest::newRow("web query") << web
                               << QStringLiteral("https://flexo.stluc.example/teams/oauth/callback?x=1")
                               << int(R::Mismatch);
    QTest::newRow("relative") << web << QStringLiteral("/teams/oauth/callback") << int(R::Mismatch);
}

void TestFakeCloudRules::redirectUris()
{
    QFETCH(QString, registered);
    QFETCH(QString, requested);
    QFETCH(int, result);
    QCOMPARE(int(RedirectUriRules::compare(registered, requested)), result);
}

void TestFakeCloudRules::scopes()
{
    const QStringList graph{QStringLiteral("https://graph.microsoft.com"),
                            QStringLiteral("http://127.0.0.1:1234")};
    const ScopeSet set = ScopeSet::parse(
        QStringLiteral(
            "openid  offline_access https://graph.microsoft.com/OnlineMeetings.ReadWrite User.Read "
            "http://127.0.0.1:1234/Calendars.Read https://example.com/Other profile"),
        graph);
    QCOMPARE(set.oidc, (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                    QStringLiteral("profile")}));
    QCOMPARE(set.graph, (QStringList{QStringLiteral("OnlineMeetings.ReadWrite"), QStringLiteral("User.Read"),
                                     QStringLiteral("Calendars.Read")}));
    QCOMPARE(set.unknownResource, QStringList{QStringLiteral("https://example.com/Other")});
    QVERIFY(!set.graphDefault);
    QVERIFY(ScopeSet::parse(QStringLiteral("https://graph.microsoft.com/.default"), graph).graphDefault);
    QVERIFY(ScopeSet::isApplicationOnly(QStringLiteral("OnlineMeetings.ReadWrite.All")));
    QVERIFY(!ScopeSet::isApplicationOnly(QStringLiteral("OnlineMeetings.ReadWrite")));
}

void TestFakeCloudRules::defaultScenarioValues()
{
    Scenario scenario;
    QString error;
    QVERIFY2(Scenario::fromJson(FakeCloud::defaultScenario(), &scenario, &error), qPrintable(error));
    const Scenario::Tenant *stluc = scenario.tenant(QStringLiteral("STLUC.example"));
    QVERIFY(stluc);
    QCOMPARE(stluc->id, fixture::tenantId);
    QCOMPARE(scenario.tenant(QStringLiteral("stluc.onmicrosoft.com")), stluc);
    QVERIFY(scenario.tenant(QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6")));
    const Scenario::App *app =
        scenario.app(stluc->id, QStringLiteral("3F8A2B1C-9D4E-4F5A-8B6C-7D8E9F0A1B2C"));
    QVERIFY(app);
    QCOMPARE(app->displayName, QStringLiteral("FlexO Teams connector"));
    QCOMPARE(app->secrets.size(), 2);
    QCOMPARE(app->secrets.at(0).hint, QStringLiteral("Zx8"));
    QCOMPARE(app->secrets.at(1).expires.date(), QDate(2025, 1, 31));
    QCOMPARE(app->consentMode, QStringLiteral("auto"));
    QCOMPARE(scenario.signInUser, QStringLiteral("camille@stluc.onmicrosoft.com"));
    QVERIFY(!scenario.user(QStringLiteral("dimitri@stluc.onmicrosoft.com"))->teamsLicense);

    Scenario demo;
    QFile file(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/demo.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(Scenario::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &demo, &error));
    QCOMPARE(demo.app(stluc->id, app->clientId)->consentMode, QStringLiteral("page"));
}

void TestFakeCloudRules::scenarioErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no tenants") << QByteArray("{}") << QStringLiteral("tenants");
    QTest::newRow("bad tenant id") << QByteArray(R"({"tenants":[{"id":"nope"}]})")
                                   << QStringLiteral("tenant id");
    QTest::newRow("bad cloud")
        << QByteArray(R"({"tenants":[{"id":"aaaabbbb-0000-4ccc-8111-dddd2222eeee","cloud":"Mars"}]})")
        << QStringLiteral("cloud");
    QTest::newRow("bad consent")
        << QByteArray(
               R"({"tenants":[{"id":"aaaabbbb-0000-4ccc-8111-dddd2222eeee","apps":[{"clientId":"00001111-aaaa-4222-8bbb-3333cccc4444","consentMode":"maybe"}]}]})")
        << QStringLiteral("consentMode");
    QTest::newRow("secret without expiry")
        << QByteArray(
               R"({"tenants":[{"id":"aaaabbbb-0000-4ccc-8111-dddd2222eeee","apps":[{"clientId":"00001111-aaaa-4222-8bbb-3333cccc4444","secrets":[{"value":"x"}]}]}]})")
        << QStringLiteral("expires");
    QTest::newRow("user without id")
        << QByteArray(
               R"({"tenants":[{"id":"aaaabbbb-0000-4ccc-8111-dddd2222eeee","users":[{"upn":"a@b.c"}]}]})")
        << QStringLiteral("objectId");
}

void TestFakeCloudRules::scenarioErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    Scenario scenario;
    QString error;
    QVERIFY(!Scenario::fromJson(QJsonDocument::fromJson(json).object(), &scenario, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestFakeCloudRules::faultCounting()
{
    FaultPlan plan;
    FaultPlan::Fault second;
    QVERIFY(FaultPlan::parse(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("token")},
                                         {QStringLiteral("call"), 2},
                                         {QStringLiteral("times"), 2},
                                         {QStringLiteral("kind"), QStringLiteral("drop")}},
                             &second, nullptr));
    plan.add(second);
    FaultPlan::Fault always;
    QVERIFY(FaultPlan::parse(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("*")},
                                         {QStringLiteral("kind"), QStringLiteral("latency")},
                                         {QStringLiteral("latencyMs"), 5}},
                             &always, nullptr));
    plan.add(always);
    QCOMPARE(plan.take(QStringLiteral("token")).size(), 1);     // 1st: latency only
    QCOMPARE(plan.take(QStringLiteral("discovery")).size(), 1); // not counted for token
    QCOMPARE(plan.take(QStringLiteral("token")).size(), 2);     // 2nd: drop + latency
    QCOMPARE(plan.take(QStringLiteral("token")).size(), 2);     // 3rd: drop + latency
    QCOMPARE(plan.take(QStringLiteral("token")).size(), 1);     // 4th: latency only
    plan.clear();
    QVERIFY(plan.take(QStringLiteral("token")).isEmpty());
}

void TestFakeCloudRules::faultPerGrant()
{
    FaultPlan plan;
    FaultPlan::Fault refresh;
    QVERIFY(FaultPlan::parse(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("token")},
                                         {QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                                         {QStringLiteral("call"), 1},
                                         {QStringLiteral("kind"), QStringLiteral("status")}},
                             &refresh, nullptr));
    plan.add(refresh);
    // Other grants neither hit it nor count towards its calls.
    QVERIFY(plan.take(QStringLiteral("token"), QStringLiteral("client_credentials")).isEmpty());
    QVERIFY(plan.take(QStringLiteral("token"), QStringLiteral("authorization_code")).isEmpty());
    QCOMPARE(plan.take(QStringLiteral("token"), QStringLiteral("refresh_token")).size(), 1);
    QVERIFY(plan.take(QStringLiteral("token"), QStringLiteral("refresh_token")).isEmpty());
}

void TestFakeCloudRules::proxyPageIsNotMicrosofts()
{
    const HttpResponse page = FaultPlan::proxyPage(504);
    QCOMPARE(page.status, 504);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Server"), QByteArray("squid/5.7"));
    for (const QByteArray &name :
         {QByteArray("request-id"), QByteArray("x-ms-request-id"), QByteArray("client-request-id")})
        QVERIFY(page.header(name).isEmpty());
    QVERIFY(page.body().contains("could not be retrieved"));
}

void TestFakeCloudRules::malformedAnswerWithoutBody()
{
    const HttpResponse deleted = FaultPlan::malformed(HttpResponse::empty(204));
    QCOMPARE(deleted.status, 200); // a 204 cannot carry the cut body
    QCOMPARE(deleted.body(), QByteArray("{\"error\":"));
    const HttpResponse cut = FaultPlan::malformed(HttpResponse(200, "application/json", "{\"id\":\"abc\"}"));
    QCOMPARE(cut.body(), QByteArray("{\"id\":"));
}

void TestFakeCloudRules::faultParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("status")
        << QByteArray(R"({"endpoint":"graph.me","kind":"status","status":429,"retryAfter":"0.5"})") << true;
    QTest::newRow("numeric retry")
        << QByteArray(R"({"endpoint":"token","kind":"status","status":503,"retryAfter":2})") << true;
    QTest::newRow("unknown endpoint") << QByteArray(R"({"endpoint":"graph.users","kind":"drop"})") << false;
    QTest::newRow("unknown kind") << QByteArray(R"({"endpoint":"token","kind":"explode"})") << false;
    QTest::newRow("bad times") << QByteArray(R"({"endpoint":"token","kind":"drop","call":1,"times":0})")
                               << false;
    QTest::newRow("bad status") << QByteArray(R"({"endpoint":"token","kind":"status","status":42})") << false;
    QTest::newRow("proxy page") << QByteArray(R"({"endpoint":"token","kind":"proxyPage","status":504})")
                                << true;
    QTest::newRow("grant") << QByteArray(
                                  R"({"endpoint":"token","grantType":"authorization_code","kind":"drop"})")
                           << true;
    QTest::newRow("unknown grant") << QByteArray(
                                          R"({"endpoint":"token","grantType":"password","kind":"drop"})")
                                   << false;
    QTest::newRow("grant off the token endpoint")
        << QByteArray(R"({"endpoint":"discovery","grantType":"refresh_token","kind":"drop"})") << false;
}

void TestFakeCloudRules::faultParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    FaultPlan::Fault fault;
    QString error;
    QCOMPARE(FaultPlan::parse(QJsonDocument::fromJson(json).object(), &fault, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestFakeCloudRules::jwtRoundTrip()
{
    const QJsonObject claims{{QStringLiteral("tid"), QStringLiteral("t")}, {QStringLiteral("exp"), 12}};
    const QByteArray token = Jwt::encode(claims);
    QCOMPARE(token.count('.'), 2);
    QVERIFY(!token.contains('='));
    QCOMPARE(Jwt::decodePayload(token), claims);
    QVERIFY(Jwt::decodePayload("not-a-jwt").isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeCloudRules)
#include "tst_fakecloud_rules.moc"
