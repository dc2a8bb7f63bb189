// How the fake says no the way Microsoft does: tenants of one cloud at another cloud's endpoints, the
// platform of a redirect URI at redemption, and the pages /authorize renders instead of redirecting.
// Plain HTTP requests only.

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "SignIn.h"

using flexo::fake::BrowserSimulator;
using flexo::fake::FakeCloud;
using Fields = QList<QPair<QString, QString>>;

namespace {

// tests/data/scenarios/us-government.json
const QString kCountyHigh = QStringLiteral("countyhigh.onmicrosoft.us");
const QString kCountyHighClient = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kArmyDod = QStringLiteral("armydod.onmicrosoft.us");
const QString kArmyDodClient = QStringLiteral("6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2f1e");
const QString kCityGcc = QStringLiteral("citygcc.onmicrosoft.com");
const QString kCityGccClient = QStringLiteral("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");

// The $Config object of one of the sign-in service's pages.
QJsonObject pageConfig(const QByteArray &html)
{
    static const QRegularExpression config(QStringLiteral("\\$Config=(\\{.*?\\});\\n"));
    const QRegularExpressionMatch match = config.match(QString::fromUtf8(html));
    return match.hasMatch() ? QJsonDocument::fromJson(match.captured(1).toUtf8()).object() : QJsonObject();
}

// The default scenario with the app's redirect URIs replaced.
QJsonObject withRedirectUris(const QJsonObject &uris)
{
    return FakeCloud::defaultScenarioWithRedirectUris(uris);
}

} // namespace

class TestFakeCloudClouds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usGovernmentTenantsAtTheGlobalEndpoint_data();
    void usGovernmentTenantsAtTheGlobalEndpoint();
    void confidentialClientAtTheWrongCloud_data();
    void confidentialClientAtTheWrongCloud();
    void chinaTenantsAreSeparate();
    void regionScopeFromTheScenario();

    void redirectPlatformAtRedemption_data();
    void redirectPlatformAtRedemption();
    void singlePageApplicationWithOrigin();
    void unknownPlatformIsRefused();

    void errorPageShape_data();
    void errorPageShape();
    void noRedirectUriAtAll();
    void promptLoginShowsTheSignInPage();
    void promptLoginStillRefusesAnUnregisteredUri();

private:
    FakeCloudClient::Reply clientCredentials(const QString &tenant, const QString &clientId);

    FakeCloud *m_cloud = nullptr;
    FakeCloudClient *m_client = nullptr;
};

void TestFakeCloudClouds::init()
{
    m_cloud = new FakeCloud(this);
    QVERIFY(m_cloud->start());
    m_client = new FakeCloudClient(m_cloud->baseUrl());
}

void TestFakeCloudClouds::cleanup()
{
    delete m_client;
    delete m_cloud;
}

FakeCloudClient::Reply TestFakeCloudClouds::clientCredentials(const QString &tenant, const QString &clientId)
{
    return m_client->postForm(
        QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
        {{QStringLiteral("client_id"), clientId},
         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("scope"), m_cloud->baseUrl().toString() + QStringLiteral("/.default")},
         {QStringLiteral("client_secret"), fixture::secret}});
}

void TestFakeCloudClouds::usGovernmentTenantsAtTheGlobalEndpoint_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("regionScope");
    QTest::addColumn<QString>("subScope");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("legacyGraph");
    QTest::addColumn<QString>("graph");
    QTest::newRow("GCC High") << kCountyHigh << "USGov"
                              << "DODCON"
                              << "microsoftonline.us"
                              << "graph.microsoftazure.us"
                              << "graph.microsoft.us";
    QTest::newRow("DoD") << kArmyDod << "USGov"
                         << "DOD"
                         << "microsoftonline.us"
                         << "graph.microsoftazure.us"
                         << "dod-graph.microsoft.us";
    QTest::newRow("GCC moderate") << kCityGcc << "NA"
                                  << "GCC"
                                  << "microsoftonline.com"
                                  << "graph.windows.net"
                                  << "graph.microsoft.com";
}

void TestFakeCloudClouds::usGovernmentTenantsAtTheGlobalEndpoint()
{
    QFETCH(QString, tenant);
    QFETCH(QString, regionScope);
    QFETCH(QString, subScope);
    QFETCH(QString, instance);
    QFETCH(QString, legacyGraph);
    QFETCH(QString, graph);
    QString error;
    QVERIFY2(m_cloud->loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json"),
                                       &error),
             qPrintable(error));
    // The global sign-in service describes the tenant instead of answering AADSTS90002.
    const auto reply = m_client->get(QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(tenant));
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json();
    QCOMPARE(document.value(QStringLiteral("tenant_region_scope")).toString(), regionScope);
    QCOMPARE(document.value(QStringLiteral("tenant_region_sub_scope")).toString(), subScope);
    QCOMPARE(document.value(QStringLiteral("cloud_instance_name")).toString(), instance);
    QCOMPARE(document.value(QStringLiteral("cloud_graph_host_name")).toString(), legacyGraph);
    QCOMPARE(document.value(QStringLiteral("msgraph_host")).toString(), graph);
    QVERIFY(document.value(QStringLiteral("token_endpoint"))
                .toString()
                .startsWith(m_cloud->baseUrl().toString()));
}

void TestFakeCloudClouds::confidentialClientAtTheWrongCloud_data()
{
    QTest::addColumn<QString>("endpointCloud");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("code"); // 0: a token
    QTest::newRow("GCC High at global") << "Global" << kCountyHigh << kCountyHighClient << 900382;
    QTest::newRow("DoD at global") << "Global" << kArmyDod << kArmyDodClient << 900382;
    QTest::newRow("GCC moderate at global") << "Global" << kCityGcc << kCityGccClient << 0;
    QTest::newRow("GCC High at US Government") << "USGov" << kCountyHigh << kCountyHighClient << 0;
    QTest::newRow("DoD at US Government") << "USGov" << kArmyDod << kArmyDodClient << 0;
    QTest::newRow("GCC moderate at US Government") << "USGov" << kCityGcc << kCityGccClient << 900382;
}

void TestFakeCloudClouds::confidentialClientAtTheWrongCloud()
{
    QFETCH(QString, endpointCloud);
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(int, code);
    QVERIFY(m_cloud->loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json")));
    QVERIFY(m_cloud->setEndpointCloud(endpointCloud));
    const auto reply = clientCredentials(tenant, clientId);
    const QJsonObject body = reply.json();
    if (code == 0) {
        QCOMPARE(reply.status, 200);
        QVERIFY(body.contains(QStringLiteral("access_token")));
        return;
    }
    // As recorded in public threads: 400 invalid_request, no error_uri.
    QCOMPARE(reply.status, 400);
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
    QVERIFY(
        body.value(QStringLiteral("error_description"))
            .toString()
            .startsWith(QStringLiteral(
                "AADSTS900382: Confidential Client is not supported in Cross Cloud request.\r\nTrace ID: ")));
    QVERIFY(!body.contains(QStringLiteral("error_uri")));
}

void TestFakeCloudClouds::chinaTenantsAreSeparate()
{
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    stluc.insert(QStringLiteral("cloud"), QStringLiteral("China"));
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QVERIFY(m_cloud->loadScenario(scenario));
    const auto discovery =
        m_client->get(QStringLiteral("/stluc.onmicrosoft.com/v2.0/.well-known/openid-configuration"));
    QCOMPARE(discovery.status, 400);
    QCOMPARE(discovery.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{90002});
    QCOMPARE(
        clientCredentials(fixture::tenantId, fixture::clientId).json().value(QStringLiteral("error_codes")),
        QJsonValue(QJsonArray{90002}));

    QVERIFY(m_cloud->setEndpointCloud(QStringLiteral("China")));
    const auto home =
        m_client->get(QStringLiteral("/stluc.onmicrosoft.com/v2.0/.well-known/openid-configuration"));
    QCOMPARE(home.status, 200);
    QCOMPARE(home.json().value(QStringLiteral("cloud_instance_name")).toString(),
             QStringLiteral("partner.microsoftonline.cn"));
    QVERIFY(!m_cloud->setEndpointCloud(QStringLiteral("Germany")));
}

void TestFakeCloudClouds::regionScopeFromTheScenario()
{
    // Microsoft's Azure Government guidance also names "USG" as a US Government region scope.
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    stluc.insert(QStringLiteral("cloud"), QStringLiteral("GCCHigh"));
    stluc.insert(QStringLiteral("regionScope"), QStringLiteral("USG"));
    stluc.insert(QStringLiteral("regionSubScope"), QString());
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QVERIFY(m_cloud->loadScenario(scenario));
    const QJsonObject document =
        m_client->get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration")).json();
    QCOMPARE(document.value(QStringLiteral("tenant_region_scope")).toString(), QStringLiteral("USG"));
    QVERIFY(!document.contains(QStringLiteral("tenant_region_sub_scope")));
}

void TestFakeCloudClouds::redirectPlatformAtRedemption_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("web") << "web" << 200 << QString() << 0;
    QTest::newRow("single-page application") << "spa" << 400 << "invalid_request" << 9002327;
    QTest::newRow("mobile and desktop") << "publicClient" << 401 << "invalid_client" << 700025;
}

void TestFakeCloudClouds::redirectPlatformAtRedemption()
{
    QFETCH(QString, platform);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    QVERIFY(m_cloud->loadScenario(
        withRedirectUris({{platform, QJsonArray{QStringLiteral("http://localhost/flexo-teams-setup")}}})));
    // /authorize accepts the URI whatever its platform: the difference shows at redemption.
    const QString value = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    QVERIFY(!value.isEmpty());
    const auto reply = SignIn::redeem(*m_client, value);
    QCOMPARE(reply.status, status);
    if (code == 0)
        return;
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
    // A failed redemption does not use the code up.
    QVERIFY(body.value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS%1: ").arg(code)));
}

void TestFakeCloudClouds::singlePageApplicationWithOrigin()
{
    QVERIFY(m_cloud->loadScenario(withRedirectUris(
        {{QStringLiteral("spa"), QJsonArray{QStringLiteral("http://localhost/flexo-teams-setup")}}})));
    const QString value = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QByteArray body =
        FakeCloudClient::formEncode({{QStringLiteral("client_id"), fixture::clientId},
                                     {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                     {QStringLiteral("code"), value},
                                     {QStringLiteral("redirect_uri"), fixture::loopbackRedirect},
                                     {QStringLiteral("code_verifier"), fixture::verifier},
                                     {QStringLiteral("client_secret"), fixture::secret}});
    // A browser's cross-origin request carries Origin: the code is redeemed.
    const auto reply = m_client->send(
        "POST", m_client->url(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId)), body,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Origin", "http://localhost:53123"}});
    QCOMPARE(reply.status, 200);
}

void TestFakeCloudClouds::unknownPlatformIsRefused()
{
    QString error;
    QVERIFY(!m_cloud->loadScenario(
        withRedirectUris({{QStringLiteral("mobile"), QJsonArray{QStringLiteral("http://localhost/x")}}}),
        &error));
    QVERIFY2(error.contains(QStringLiteral("mobile")), qPrintable(error));
}

void TestFakeCloudClouds::errorPageShape_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("exception");
    QTest::newRow("redirect not registered")
        << fixture::clientId << QStringLiteral("https://flexo.other.example/callback") << 50011
        << QStringLiteral("AADSTS50011: The redirect URI 'https://flexo.other.example/callback' specified in "
                          "the request does not match the redirect URIs configured for the application '%1'.")
               .arg(fixture::clientId);
    QTest::newRow("unknown app") << QStringLiteral("0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c")
                                 << fixture::loopbackRedirect << 700016
                                 << QStringLiteral("AADSTS700016: Application with identifier "
                                                   "'0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c' was not found in "
                                                   "the directory");
}

void TestFakeCloudClouds::errorPageShape()
{
    QFETCH(QString, client);
    QFETCH(QString, redirect);
    QFETCH(int, code);
    QFETCH(QString, exception);
    const auto reply = m_client->send(
        "GET",
        SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, redirect, fixture::graphScopes, client),
        {}, {});
    // Rendered on the page itself: no redirect to an address that is not trusted.
    QVERIFY(reply.header("Location").isEmpty());
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("<title>Sign in to your account</title>"));
    QVERIFY(reply.body.contains("Sorry, but we're having trouble signing you in."));
    QVERIFY(reply.body.contains("Request Id: "));
    QVERIFY(reply.body.contains("Correlation Id: "));
    const QJsonObject config = pageConfig(reply.body);
    QCOMPARE(config.value(QStringLiteral("pgid")).toString(), QStringLiteral("ConvergedError"));
    QCOMPARE(config.value(QStringLiteral("iErrorCode")).toInt(), code);
    QVERIFY2(config.value(QStringLiteral("strServiceExceptionMessage")).toString().startsWith(exception),
             qPrintable(config.value(QStringLiteral("strServiceExceptionMessage")).toString()));
}

void TestFakeCloudClouds::noRedirectUriAtAll()
{
    QVERIFY(m_cloud->loadScenario(withRedirectUris(QJsonObject())));
    const auto reply = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(reply.status, 400);
    QCOMPARE(pageConfig(reply.body).value(QStringLiteral("iErrorCode")).toInt(), 500113);
    QVERIFY(reply.body.contains("No reply address is registered for the application."));
}

void TestFakeCloudClouds::promptLoginShowsTheSignInPage()
{
    QUrl url = SignIn::authorizeUrl(m_cloud->baseUrl());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
    url.setQuery(query);
    const auto reply = m_client->send("GET", url, {}, {});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.body.contains("<title>Sign in to your account</title>"));
    const QJsonObject config = pageConfig(reply.body);
    QCOMPARE(config.value(QStringLiteral("pgid")).toString(), QStringLiteral("ConvergedSignIn"));
    QVERIFY(!config.value(QStringLiteral("urlPost")).toString().isEmpty());

    // A person signs in on it and the sign-in goes on as usual.
    BrowserSimulator browser;
    browser.followRedirectToLoopback = false;
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const QUrl location = finished.at(0).at(0).toUrl();
    QCOMPARE(finished.at(0).at(1).toInt(), 302);
    QVERIFY2(QUrlQuery(location).hasQueryItem(QStringLiteral("code")), qPrintable(location.toString()));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
}

void TestFakeCloudClouds::promptLoginStillRefusesAnUnregisteredUri()
{
    QUrl url = SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId,
                                    QStringLiteral("https://flexo.other.example/callback"));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
    url.setQuery(query);
    const auto reply = m_client->send("GET", url, {}, {});
    QCOMPARE(reply.status, 400);
    QCOMPARE(pageConfig(reply.body).value(QStringLiteral("iErrorCode")).toInt(), 50011);
}

QTEST_GUILESS_MAIN(TestFakeCloudClouds)
#include "tst_fakecloud_clouds.moc"
