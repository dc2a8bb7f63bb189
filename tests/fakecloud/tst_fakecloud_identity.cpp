// Entra ID v2 as the fake serves it: discovery, /authorize (pages, redirects, consent modes) and /token
// (grants and errors), checked with plain HTTP requests.

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
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
using Fields = QList<QPair<QString, QString>>;

class TestFakeCloudIdentity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void discovery_data();
    void discovery();
    void errorBodyShape();

    void authorizeErrorPages_data();
    void authorizeErrorPages();
    void authorizeRedirectedErrors_data();
    void authorizeRedirectedErrors();
    void authorizeTrailingSlashForEmptyPath();
    void consentPageAccept();
    void consentPageCancel();
    void adminApprovalPage();
    void userConsentNotAllowedNeedsAdmin();
    void scopeNotGranted();
    void userOfAnotherTenant();

    void tokenErrors_data();
    void tokenErrors();
    void codeIsSingleUse();
    void codeExpiresAfterTenMinutes();
    void wrongVerifier();
    void redirectUriMustMatchAtToken();
    void refreshTokenExpired();
    void refreshOldTokenStillWorks();
    void refreshRotationRefusesTheOldToken();
    void refreshRefused_data();
    void refreshRefused();
    void withoutOfflineAccessOrOpenid();
    void basicAuthentication();
    void secretsAreFormDecoded();
    void exampleScenarios();

private:
    FakeCloudClient::Reply token(const Fields &fields, const QString &tenant = fixture::tenantId);
    QString tokenPath(const QString &tenant = fixture::tenantId) const
    {
        return QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant);
    }
    FakeCloud *m_cloud = nullptr;
    FakeCloudClient *m_client = nullptr;
};

void TestFakeCloudIdentity::init()
{
    m_cloud = new FakeCloud(this);
    QVERIFY(m_cloud->start());
    m_client = new FakeCloudClient(m_cloud->baseUrl());
}

void TestFakeCloudIdentity::cleanup()
{
    delete m_client;
    delete m_cloud;
}

FakeCloudClient::Reply TestFakeCloudIdentity::token(const Fields &fields, const QString &tenant)
{
    return m_client->postForm(tokenPath(tenant), fields);
}

void TestFakeCloudIdentity::discovery_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("guid") << fixture::tenantId << 200 << QString() << 0;
    QTest::newRow("guid upper case") << fixture::tenantId.toUpper() << 200 << QString() << 0;
    QTest::newRow("onmicrosoft domain") << QStringLiteral("stluc.onmicrosoft.com") << 200 << QString() << 0;
    QTest::newRow("custom domain") << QStringLiteral("stluc.example") << 200 << QString() << 0;
    QTest::newRow("other tenant") << QStringLiteral("other.onmicrosoft.com") << 200 << QString() << 0;
    QTest::newRow("organizations") << QStringLiteral("organizations") << 200 << QString() << 0;
    QTest::newRow("unknown domain") << QStringLiteral("nosuch.onmicrosoft.com") << 400
                                    << QStringLiteral("invalid_tenant") << 90002;
    QTest::newRow("unknown guid") << QStringLiteral("9e9e9e9e-2b34-4da1-9baa-8bc8c9d6a490") << 400
                                  << QStringLiteral("invalid_tenant") << 90002;
    QTest::newRow("empty guid") << QStringLiteral("00000000-0000-0000-0000-000000000000") << 400
                                << QStringLiteral("invalid_tenant") << 90002;
    QTest::newRow("not a dns name") << QStringLiteral("stluc") << 400 << QStringLiteral("invalid_request")
                                    << 900023;
    QTest::newRow("bad characters") << QStringLiteral("st_luc!.com") << 400
                                    << QStringLiteral("invalid_request") << 900023;
}

void TestFakeCloudIdentity::discovery()
{
    QFETCH(QString, tenant);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const auto reply = m_client->get(QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(tenant));
    QCOMPARE(reply.status, status);
    const QJsonObject body = reply.json();
    QCOMPARE(reply.header("Cache-Control"), QByteArray("max-age=86400, private"));
    if (status != 200) {
        QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
        return;
    }
    const QString base = m_cloud->baseUrl().toString();
    const QString issuer = body.value(QStringLiteral("issuer")).toString();
    QVERIFY(issuer.startsWith(base + QLatin1Char('/')));
    QVERIFY(issuer.endsWith(QStringLiteral("/v2.0")));
    if (tenant.contains(QLatin1Char('.')) || tenant.contains(QLatin1Char('-'))) {
        // Domains resolve to the tenant GUID in every endpoint.
        const QRegularExpression guid(
            QStringLiteral("^%1/[0-9a-f-]{36}/oauth2/v2.0/token$").arg(QRegularExpression::escape(base)));
        QVERIFY(guid.match(body.value(QStringLiteral("token_endpoint")).toString()).hasMatch());
    } else {
        QCOMPARE(issuer, base + QStringLiteral("/{tenantid}/v2.0"));
    }
    QCOMPARE(body.value(QStringLiteral("msgraph_host")).toString(), QStringLiteral("graph.microsoft.com"));
    QVERIFY(body.value(QStringLiteral("token_endpoint_auth_methods_supported"))
                .toArray()
                .contains(QStringLiteral("client_secret_post")));
}

void TestFakeCloudIdentity::errorBodyShape()
{
    const auto reply =
        m_client->get(QStringLiteral("/nosuch.onmicrosoft.com/v2.0/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = reply.json();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    QVERIFY(
        description.startsWith(QStringLiteral("AADSTS90002: Tenant 'nosuch.onmicrosoft.com' not found.")));
    const QString traceId = body.value(QStringLiteral("trace_id")).toString();
    const QString correlationId = body.value(QStringLiteral("correlation_id")).toString();
    const QString timestamp = body.value(QStringLiteral("timestamp")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"))
                .match(timestamp)
                .hasMatch());
    QVERIFY(description.endsWith(QStringLiteral("\r\nTrace ID: %1\r\nCorrelation ID: %2\r\nTimestamp: %3")
                                     .arg(traceId, correlationId, timestamp)));
    QCOMPARE(body.value(QStringLiteral("error_uri")).toString(),
             QStringLiteral("https://login.microsoftonline.com/error?code=90002"));
    QCOMPARE(body.keys().size(), 7);
}

void TestFakeCloudIdentity::authorizeErrorPages_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("unknown client") << fixture::tenantId
                                    << QStringLiteral("0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c")
                                    << fixture::loopbackRedirect << QStringLiteral("AADSTS700016");
    QTest::newRow("client of another tenant") << fixture::otherTenantId << fixture::clientId
                                              << fixture::loopbackRedirect << QStringLiteral("AADSTS700016");
    QTest::newRow("unknown tenant") << QStringLiteral("nosuch.onmicrosoft.com") << fixture::clientId
                                    << fixture::loopbackRedirect << QStringLiteral("AADSTS90002");
    QTest::newRow("redirect not registered")
        << fixture::tenantId << fixture::clientId << QStringLiteral("http://localhost:5000/other")
        << QStringLiteral("AADSTS50011");
    QTest::newRow("redirect case") << fixture::tenantId << fixture::clientId
                                   << QStringLiteral("http://localhost:5000/Flexo-Teams-Setup")
                                   << QStringLiteral("case sensitivity");
    QTest::newRow("redirect trailing slash")
        << fixture::tenantId << fixture::clientId
        << QStringLiteral("http://localhost:5000/flexo-teams-setup/") << QStringLiteral("trailing slash");
    QTest::newRow("redirect 127.0.0.1")
        << fixture::tenantId << fixture::clientId << QStringLiteral("http://127.0.0.1:5000/flexo-teams-setup")
        << QStringLiteral("AADSTS50011");
}

void TestFakeCloudIdentity::authorizeErrorPages()
{
    QFETCH(QString, tenant);
    QFETCH(QString, client);
    QFETCH(QString, redirect);
    QFETCH(QString, aadsts);
    const QUrl url = SignIn::authorizeUrl(m_cloud->baseUrl(), tenant, redirect, fixture::graphScopes, client);
    const auto reply = m_client->send("GET", url, {}, {});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY2(reply.body.contains(aadsts.toUtf8()), reply.body.constData());

    // A browser shows the page and stays on the authorize URL.
    BrowserSimulator browser;
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toUrl(), url);
    QCOMPARE(finished.at(0).at(1).toInt(), 400);
    QVERIFY(finished.at(0).at(2).toString().contains(aadsts));
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("not Microsoft")) ||
            finished.at(0).at(2).toString().contains(QStringLiteral("FlexO sandbox")));
}

void TestFakeCloudIdentity::authorizeRedirectedErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    const QString base =
        QStringLiteral("client_id=%1&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fflexo-teams-setup&state=s1")
            .arg(fixture::clientId);
    QTest::newRow("no response_type") << base + QStringLiteral("&scope=openid")
                                      << QStringLiteral("invalid_request") << QStringLiteral("AADSTS900144");
    QTest::newRow("token response_type")
        << base + QStringLiteral("&scope=openid&response_type=id_token")
        << QStringLiteral("unsupported_response_type") << QStringLiteral("AADSTS700054");
    QTest::newRow("bad challenge method")
        << base + QStringLiteral(
                      "&scope=openid&response_type=code&code_challenge=abc&code_challenge_method=S512")
        << QStringLiteral("invalid_request") << QStringLiteral("AADSTS50149");
    QTest::newRow("short S256 challenge")
        << base + QStringLiteral(
                      "&scope=openid&response_type=code&code_challenge=abc&code_challenge_method=S256")
        << QStringLiteral("invalid_request") << QStringLiteral("AADSTS501491");
    QTest::newRow("no scope") << base + QStringLiteral("&response_type=code")
                              << QStringLiteral("invalid_request") << QStringLiteral("AADSTS900144");
    QTest::newRow("application permission")
        << base + QStringLiteral("&response_type=code&scope=openid+https%3A%2F%2Fgraph.microsoft.com%"
                                 "2FOnlineMeetings.ReadWrite.All")
        << QStringLiteral("invalid_client") << QStringLiteral("AADSTS650053");
    QTest::newRow("unknown resource")
        << base + QStringLiteral("&response_type=code&scope=https%3A%2F%2Fexample.com%2FRead")
        << QStringLiteral("invalid_resource") << QStringLiteral("AADSTS500011");
}

void TestFakeCloudIdentity::authorizeRedirectedErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    const auto reply = m_client->get(QStringLiteral("/stluc.onmicrosoft.com/oauth2/v2.0/authorize?") + query);
    QCOMPARE(reply.status, 302);
    const QByteArray location = reply.header("Location");
    QVERIFY(location.startsWith("http://localhost:5000/flexo-teams-setup?error="));
    // Entra's encoding: lower-case escapes and '+' for spaces.
    QVERIFY(location.contains("%3a+"));
    QVERIFY(location.contains("%0d%0aTrace+ID%3a+"));
    const QUrlQuery params(QUrl(QString::fromLatin1(location)));
    QCOMPARE(params.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(params.queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    QVERIFY(params.queryItemValue(QStringLiteral("error_description")).startsWith(aadsts));
    QVERIFY(params.hasQueryItem(QStringLiteral("error_uri")));
}

void TestFakeCloudIdentity::authorizeTrailingSlashForEmptyPath()
{
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    QJsonArray apps = stluc.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    app.insert(QStringLiteral("redirectUris"),
               QJsonObject{{QStringLiteral("web"), QJsonArray{QStringLiteral("http://localhost")}}});
    apps.replace(0, app);
    stluc.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QString error;
    QVERIFY2(m_cloud->loadScenario(scenario, &error), qPrintable(error));
    const auto reply = m_client->send(
        "GET",
        SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, QStringLiteral("http://localhost:7071")),
        {}, {});
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith("http://localhost:7071/?code="));
}

void TestFakeCloudIdentity::consentPageAccept()
{
    m_cloud->setConsentMode(fixture::clientId, QStringLiteral("page"));
    const auto page = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("FlexO sandbox"));
    QVERIFY(page.body.contains("not Microsoft"));
    QVERIFY(page.body.contains(">Accept</button>"));
    QVERIFY(page.body.contains(">Cancel</button>"));
    QVERIFY(page.body.contains("FlexO Teams connector"));
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(!page.body.contains("http://") && !page.body.contains("https://")); // self-contained

    BrowserSimulator browser;
    browser.followRedirectToLoopback = false;
    browser.setConsentAnswer(BrowserSimulator::ConsentAnswer::Accept);
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(SignIn::authorizeUrl(m_cloud->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const QUrl callback = finished.at(0).at(0).toUrl();
    QCOMPARE(callback.adjusted(QUrl::RemoveQuery).toString(), fixture::loopbackRedirect);
    const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
    QCOMPARE(SignIn::redeem(*m_client, code).status, 200);
}

void TestFakeCloudIdentity::consentPageCancel()
{
    m_cloud->setConsentMode(fixture::clientId, QStringLiteral("page"));
    BrowserSimulator browser;
    browser.followRedirectToLoopback = false;
    browser.setConsentAnswer(BrowserSimulator::ConsentAnswer::Cancel);
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    browser.open(SignIn::authorizeUrl(m_cloud->baseUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const QUrlQuery params(finished.at(0).at(0).toUrl());
    QCOMPARE(params.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(params.queryItemValue(QStringLiteral("error_subcode")), QStringLiteral("cancel"));
    QCOMPARE(params.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!params.hasQueryItem(QStringLiteral("code")));
}

void TestFakeCloudIdentity::adminApprovalPage()
{
    m_cloud->setConsentMode(fixture::clientId, QStringLiteral("adminApproval"));
    BrowserSimulator browser;
    QSignalSpy finished(&browser, &BrowserSimulator::finished);
    const QUrl url = SignIn::authorizeUrl(m_cloud->baseUrl());
    browser.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toUrl(), url);
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("AADSTS90094")));
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("Need admin approval")));

    // "Return to the application without granting consent" sends access_denied back.
    const auto page = m_client->send("GET", url, {}, {});
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("<a id=\"return\" href=\"([^\"]+)\""))
            .match(QString::fromUtf8(page.body));
    QVERIFY(link.hasMatch());
    const auto back = m_client->get(link.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    QCOMPARE(back.status, 302);
    QVERIFY(back.header("Location").contains("error=access_denied"));
}

void TestFakeCloudIdentity::userConsentNotAllowedNeedsAdmin()
{
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    QJsonArray apps = stluc.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    app.insert(QStringLiteral("userConsentAllowed"), false);
    app.insert(QStringLiteral("grantedScopes"), QJsonArray{QStringLiteral("User.Read")});
    apps.replace(0, app);
    stluc.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QVERIFY(m_cloud->loadScenario(scenario));
    const auto page = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("AADSTS90094"));
    // Asking only for what an admin granted goes straight through.
    const auto granted =
        m_client->send("GET",
                       SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, fixture::loopbackRedirect,
                                            QStringLiteral("openid https://graph.microsoft.com/User.Read")),
                       {}, {});
    QCOMPARE(granted.status, 302);
}

void TestFakeCloudIdentity::scopeNotGranted()
{
    m_cloud->setConsentMode(fixture::clientId, QStringLiteral("scopeNotGranted"));
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    QVERIFY(!code.isEmpty());
    const auto reply = SignIn::redeem(*m_client, code);
    QCOMPARE(reply.status, 200);
    const QString scope = reply.json().value(QStringLiteral("scope")).toString();
    QVERIFY(scope.contains(QStringLiteral("https://graph.microsoft.com/User.Read")));
    QVERIFY(!scope.contains(QStringLiteral("OnlineMeetings")));
}

void TestFakeCloudIdentity::userOfAnotherTenant()
{
    m_cloud->setSignInUser(QStringLiteral("guest@other.onmicrosoft.com"));
    const auto reply = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("AADSTS50020"));
    QVERIFY(reply.header("Location").isEmpty());
}

void TestFakeCloudIdentity::tokenErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    const auto credentials = [](const QString &client, const QString &secret) {
        Fields fields{{QStringLiteral("client_id"), client},
                      {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")}};
        if (!secret.isNull())
            fields.append({QStringLiteral("client_secret"), secret});
        return fields;
    };
    const QString t = fixture::tenantId;
    QTest::newRow("wrong secret") << t << credentials(fixture::clientId, QStringLiteral("nope")) << 401
                                  << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("secret id instead of value") << t << credentials(fixture::clientId, fixture::secretId)
                                                << 401 << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("expired secret") << t << credentials(fixture::clientId, fixture::expiredSecret) << 401
                                    << QStringLiteral("invalid_client") << 7000222;
    QTest::newRow("no secret") << t << credentials(fixture::clientId, QString()) << 401
                               << QStringLiteral("invalid_client") << 7000218;
    QTest::newRow("unknown client") << t
                                    << credentials(QStringLiteral("0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c"),
                                                   fixture::secret)
                                    << 400 << QStringLiteral("unauthorized_client") << 700016;
    QTest::newRow("unknown tenant") << QStringLiteral("nosuch.onmicrosoft.com")
                                    << credentials(fixture::clientId, fixture::secret) << 400
                                    << QStringLiteral("invalid_request") << 90002;
    QTest::newRow("malformed tenant")
        << QStringLiteral("stluc") << credentials(fixture::clientId, fixture::secret) << 400
        << QStringLiteral("invalid_request") << 900023;
    QTest::newRow("common") << QStringLiteral("common") << credentials(fixture::clientId, fixture::secret)
                            << 400 << QStringLiteral("invalid_request") << 9001023;
    Fields noDefault = credentials(fixture::clientId, fixture::secret);
    noDefault[2].second = QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite");
    QTest::newRow("no .default") << t << noDefault << 400 << QStringLiteral("invalid_scope") << 1002012;
    Fields grant = credentials(fixture::clientId, fixture::secret);
    grant[1].second = QStringLiteral("password");
    QTest::newRow("unsupported grant")
        << t << grant << 400 << QStringLiteral("unsupported_grant_type") << 70003;
    QTest::newRow("no client id") << t
                                  << Fields{{QStringLiteral("grant_type"),
                                             QStringLiteral("client_credentials")}}
                                  << 400 << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("unknown code") << t
                                  << Fields{{QStringLiteral("client_id"), fixture::clientId},
                                            {QStringLiteral("grant_type"),
                                             QStringLiteral("authorization_code")},
                                            {QStringLiteral("code"), QStringLiteral("1.fakecode.nothing")},
                                            {QStringLiteral("redirect_uri"), fixture::loopbackRedirect},
                                            {QStringLiteral("client_secret"), fixture::secret}}
                                  << 400 << QStringLiteral("invalid_grant") << 9002313;
}

void TestFakeCloudIdentity::tokenErrors()
{
    QFETCH(QString, tenant);
    QFETCH(Fields, fields);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const auto reply = token(fields, tenant);
    QCOMPARE(reply.status, status);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
    QVERIFY(body.value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS%1: ").arg(code)));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store, no-cache"));
    for (const QString &key : {QStringLiteral("timestamp"), QStringLiteral("trace_id"),
                               QStringLiteral("correlation_id"), QStringLiteral("error_uri")})
        QVERIFY2(body.contains(key), qPrintable(key));
}

void TestFakeCloudIdentity::codeIsSingleUse()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    QCOMPARE(SignIn::redeem(*m_client, code).status, 200);
    const auto again = SignIn::redeem(*m_client, code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(again.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{54005});
}

void TestFakeCloudIdentity::codeExpiresAfterTenMinutes()
{
    const QString fresh = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString old = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    m_cloud->advanceClock(9 * 60);
    QCOMPARE(SignIn::redeem(*m_client, fresh).status, 200);
    m_cloud->advanceClock(2 * 60);
    const auto expired = SignIn::redeem(*m_client, old);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{70008});
}

void TestFakeCloudIdentity::wrongVerifier()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const auto reply =
        SignIn::redeem(*m_client, code, QStringLiteral("wrong-verifier-wrong-verifier-wrong-verifier"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{50148});
    const auto missing = SignIn::redeem(*m_client, code, QString());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{900144});
    // The failed attempts did not use the code up.
    QCOMPARE(SignIn::redeem(*m_client, code).status, 200);
}

void TestFakeCloudIdentity::redirectUriMustMatchAtToken()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const auto reply = SignIn::redeem(*m_client, code, fixture::verifier,
                                      QStringLiteral("http://localhost:1/flexo-teams-setup"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
}

void TestFakeCloudIdentity::refreshTokenExpired()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString refresh =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("refresh_token")).toString();
    m_cloud->expireRefreshTokens();
    const auto reply = token({{QStringLiteral("client_id"), fixture::clientId},
                              {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refresh},
                              {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{700082});
}

void TestFakeCloudIdentity::refreshRotationRefusesTheOldToken()
{
    m_cloud->setSingleUseRefreshTokens(true);
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString first =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("refresh_token")).toString();
    const auto redeem = [this](const QString &refresh) {
        return token({{QStringLiteral("client_id"), fixture::clientId},
                      {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refresh},
                      {QStringLiteral("client_secret"), fixture::secret}});
    };
    const auto rotated = redeem(first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    const auto old = redeem(first);
    QCOMPARE(old.status, 400);
    QCOMPARE(old.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(old.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{9002313});
    QCOMPARE(redeem(second).status, 200);
}

void TestFakeCloudIdentity::refreshRefused_data()
{
    QTest::addColumn<int>("aadsts");
    QTest::addColumn<QString>("suberror");
    QTest::addColumn<QString>("words");
    QTest::newRow("revoked") << 50173 << QString() << QStringLiteral("revoked");
    QTest::newRow("expired") << 70008 << QString() << QStringLiteral("expired due to inactivity");
    QTest::newRow("mfa-required") << 50076 << QStringLiteral("basic_action")
                                  << QStringLiteral("multi-factor authentication");
    QTest::newRow("mfa-expired") << 50078 << QStringLiteral("basic_action")
                                 << QStringLiteral("multi-factor authentication has expired");
}

void TestFakeCloudIdentity::refreshRefused()
{
    QFETCH(int, aadsts);
    QFETCH(QString, suberror);
    QFETCH(QString, words);
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString refresh =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!m_cloud->refuseRefreshTokens(12345));
    QVERIFY(m_cloud->refuseRefreshTokens(aadsts));
    const auto reply = token({{QStringLiteral("client_id"), fixture::clientId},
                              {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refresh},
                              {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{aadsts});
    QCOMPARE(reply.json().value(QStringLiteral("suberror")).toString(), suberror);
    QVERIFY2(reply.json().value(QStringLiteral("error_description")).toString().contains(words),
             qPrintable(reply.json().value(QStringLiteral("error_description")).toString()));
}

void TestFakeCloudIdentity::refreshOldTokenStillWorks()
{
    const QString code = SignIn::code(*m_client, SignIn::authorizeUrl(m_cloud->baseUrl()));
    const QString first =
        SignIn::redeem(*m_client, code).json().value(QStringLiteral("refresh_token")).toString();
    const Fields fields{
        {QStringLiteral("client_id"), fixture::clientId},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), first},
        {QStringLiteral("scope"),
         QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite offline_access")},
        {QStringLiteral("client_secret"), fixture::secret}};
    const auto rotated = token(fields);
    QCOMPARE(rotated.status, 200);
    QVERIFY(rotated.json()
                .value(QStringLiteral("scope"))
                .toString()
                .contains(QStringLiteral("OnlineMeetings.ReadWrite")));
    QCOMPARE(token(fields).status, 200); // the old one is not revoked
    Fields more = fields;
    more[3].second = QStringLiteral("https://graph.microsoft.com/Calendars.ReadWrite");
    const auto notConsented = token(more);
    QCOMPARE(notConsented.status, 400);
    QCOMPARE(notConsented.json().value(QStringLiteral("suberror")).toString(),
             QStringLiteral("consent_required"));
}

void TestFakeCloudIdentity::withoutOfflineAccessOrOpenid()
{
    const QString code = SignIn::code(
        *m_client,
        SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, fixture::loopbackRedirect,
                             QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite")));
    const auto reply = SignIn::redeem(*m_client, code);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
    QVERIFY(!reply.json().contains(QStringLiteral("id_token")));
    QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite"));
}

void TestFakeCloudIdentity::basicAuthentication()
{
    const QByteArray credentials =
        QUrl::toPercentEncoding(fixture::clientId) + ':' + QUrl::toPercentEncoding(fixture::secret);
    const auto reply = m_client->post(
        tokenPath(), "grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default",
        "application/x-www-form-urlencoded", QByteArray(), "Basic " + credentials.toBase64());
    QCOMPARE(reply.status, 200);
}

void TestFakeCloudIdentity::secretsAreFormDecoded()
{
    const QString legacy = QStringLiteral("[6gyXA5S20@MN+WRXAJ]I-TO7g1:h2P8");
    QJsonObject scenario = FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject stluc = tenants.at(0).toObject();
    QJsonArray apps = stluc.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    app.insert(QStringLiteral("secrets"),
               QJsonArray{QJsonObject{{QStringLiteral("value"), legacy},
                                      {QStringLiteral("expires"), QStringLiteral("2099-01-01T00:00:00Z")}}});
    apps.replace(0, app);
    stluc.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, stluc);
    scenario.insert(QStringLiteral("tenants"), tenants);
    QVERIFY(m_cloud->loadScenario(scenario));
    const QByteArray prefix =
        "client_id=" + fixture::clientId.toLatin1() +
        "&grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=";
    const auto encoded = m_client->post(tokenPath(), prefix + QUrl::toPercentEncoding(legacy),
                                        "application/x-www-form-urlencoded");
    QCOMPARE(encoded.status, 200);
    // Not encoded, the '+' arrives as a space: the secret is wrong, as with Entra.
    const auto raw =
        m_client->post(tokenPath(), prefix + legacy.toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(raw.status, 401);
    QCOMPARE(raw.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray{7000215});
}

void TestFakeCloudIdentity::exampleScenarios()
{
    QString error;
    QVERIFY2(m_cloud->loadScenarioFile(
                 QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/sovereign-gcchigh.json"), &error),
             qPrintable(error));
    const QJsonObject discovery =
        m_client->get(QStringLiteral("/stluc.example/v2.0/.well-known/openid-configuration")).json();
    QCOMPARE(discovery.value(QStringLiteral("cloud_instance_name")).toString(),
             QStringLiteral("microsoftonline.us"));
    QCOMPARE(discovery.value(QStringLiteral("msgraph_host")).toString(),
             QStringLiteral("graph.microsoft.us"));
    const QString code = SignIn::code(
        *m_client,
        SignIn::authorizeUrl(m_cloud->baseUrl(), fixture::tenantId, fixture::loopbackRedirect,
                             QStringLiteral("openid https://graph.microsoft.us/OnlineMeetings.ReadWrite")));
    QCOMPARE(SignIn::redeem(*m_client, code).json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("https://graph.microsoft.us/OnlineMeetings.ReadWrite openid"));
    // The fake's own base URL is accepted as the Graph resource too.
    const auto credentials = m_client->postForm(
        tokenPath(), {{QStringLiteral("client_id"), fixture::clientId},
                      {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("scope"), m_cloud->baseUrl().toString() + QStringLiteral("/.default")},
                      {QStringLiteral("client_secret"), fixture::secret}});
    QCOMPARE(credentials.status, 200);

    QVERIFY(m_cloud->loadScenarioFile(
        QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/users-cannot-consent.json")));
    const auto page = m_client->send("GET", SignIn::authorizeUrl(m_cloud->baseUrl()), {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("AADSTS90094"));

    QVERIFY(!m_cloud->loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/none.json"), &error));
    QVERIFY(error.contains(QStringLiteral("none.json")));
}

QTEST_GUILESS_MAIN(TestFakeCloudIdentity)
#include "tst_fakecloud_identity.moc"
