#include "DefaultScenarioValues.h"
#include "FakeCloud.h"

#include "cloud/CloudCatalog.h"
#include "cloud/EndpointCheck.h"
#include "cloud/TenantDiscovery.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flexo;

namespace {
const QString tenantId = flexo::fake::defaults::tenantId;
}

class TestTenantDiscovery : public QObject
{
    Q_OBJECT

private:
    // Runs discovery against `fake` with a fresh network stack built from `options`.
    DiscoveryResult discover(fake::FakeCloud &fake, const QString &tenant, NetworkOptions options = direct())
    {
        return discoverIn(CloudCatalog::custom(fake.baseUrl(), fake.baseUrl()).value(), tenant, options);
    }

    // `cloud` as the config names it, its sign-in service played by a fake.
    static CloudInfo playedBy(Cloud cloud, const fake::FakeCloud &fake)
    {
        CloudInfo info = CloudCatalog::info(cloud);
        info.loginBase = fake.baseUrl();
        return info;
    }

    DiscoveryResult discoverIn(const CloudInfo &cloud, const QString &tenant,
                               NetworkOptions options = direct())
    {
        QNetworkAccessManager manager;
        NetworkFactory::applyProxy(&manager, options);
        HttpClient client(&manager, options);
        TenantDiscovery discovery(&client);
        DiscoveryResult result;
        bool done = false;
        discovery.discover(cloud, tenant, this, [&](const DiscoveryResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("discovery did not finish");
        return result;
    }

    static NetworkOptions direct()
    {
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::Direct;
        options.timeoutMs = 5000;
        return options;
    }

private slots:
    void byGuidAndByDomain_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("guid") << tenantId;
        QTest::newRow("initial domain") << flexo::fake::defaults::tenantDomain;
        QTest::newRow("custom domain") << QStringLiteral("stluc.example");
    }

    void byGuidAndByDomain()
    {
        QFETCH(QString, tenant);
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        const DiscoveryResult result = discover(fake, tenant);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.tenantId, tenantId);
        QCOMPARE(result.requestedTenant, tenant);
        QCOMPARE(result.cloudInstanceName, QStringLiteral("microsoftonline.com"));
        QVERIFY(!result.tenantRegionScope.isEmpty());
        QCOMPARE(result.facts.status, 200);
        QVERIFY(!result.facts.clientRequestId.isEmpty());
        // The endpoints are the document's, which name the GUID even when asked by domain.
        QVERIFY(result.tokenEndpoint.toString().startsWith(fake.baseUrl().toString()));
        QVERIFY(result.tokenEndpoint.path().contains(tenantId));
        QVERIFY(result.authorizationEndpoint.path().endsWith(QLatin1String("/oauth2/v2.0/authorize")));
    }

    // The secret goes to the token endpoint the document names: it, the authorize endpoint and the
    // issuer must be https on the sign-in host of the config's cloud (http only for a loopback
    // Custom base, and then on that very host and port).
    void endpointsMustBelongToTheCloud_data()
    {
        QTest::addColumn<QString>("cloud"); // "global", "china" or a Custom base URL
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("authorize");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("refusedHost"); // empty: accepted
        const QString t = QStringLiteral("https://login.microsoftonline.com/") + tenantId;
        const QString tok = t + QStringLiteral("/oauth2/v2.0/token");
        const QString aut = t + QStringLiteral("/oauth2/v2.0/authorize");
        const QString iss = t + QStringLiteral("/v2.0");
        QTest::newRow("global, Microsoft's") << "global" << tok << aut << iss << "";
        QTest::newRow("global, alias login.windows.net")
            << "global" << QStringLiteral("https://login.windows.net/%1/oauth2/v2.0/token").arg(tenantId)
            << aut << iss << "";
        QTest::newRow("global, token elsewhere")
            << "global" << QStringLiteral("https://collector.example/%1/oauth2/v2.0/token").arg(tenantId)
            << aut << iss << "collector.example";
        QTest::newRow("global, token over http")
            << "global"
            << QStringLiteral("http://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(tenantId) << aut
            << iss << "login.microsoftonline.com";
        QTest::newRow("global, other port")
            << "global"
            << QStringLiteral("https://login.microsoftonline.com:8443/%1/oauth2/v2.0/token").arg(tenantId)
            << aut << iss << "login.microsoftonline.com";
        QTest::newRow("global, user info hides the host")
            << "global"
            << QStringLiteral("https://login.microsoftonline.com@collector.example/%1/oauth2/v2.0/token")
                   .arg(tenantId)
            << aut << iss << "collector.example";
        QTest::newRow("global, look-alike host")
            << "global" << QStringLiteral("https://login.microsoftonline.com.example/%1/token").arg(tenantId)
            << aut << iss << "login.microsoftonline.com.example";
        QTest::newRow("global, authorize elsewhere")
            << "global" << tok << QStringLiteral("https://phish.example/authorize") << iss << "phish.example";
        QTest::newRow("global, issuer elsewhere")
            << "global" << tok << aut << QStringLiteral("https://sts.example/%1/v2.0").arg(tenantId)
            << "sts.example";
        QTest::newRow("global, no issuer") << "global" << tok << aut << ""
                                           << "";
        QTest::newRow("china, its alias")
            << "china" << QStringLiteral("https://login.chinacloudapi.cn/%1/oauth2/v2.0/token").arg(tenantId)
            << QStringLiteral("https://login.partner.microsoftonline.cn/%1/oauth2/v2.0/authorize")
                   .arg(tenantId)
            << QStringLiteral("https://login.partner.microsoftonline.cn/%1/v2.0").arg(tenantId) << "";
        QTest::newRow("china, the global host")
            << "china" << tok << aut << iss << "login.microsoftonline.com";
        const QString local = QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("custom loopback, same origin")
            << local << local + QStringLiteral("/%1/token").arg(tenantId)
            << local + QStringLiteral("/%1/authorize").arg(tenantId)
            << local + QStringLiteral("/%1/v2.0").arg(tenantId) << "";
        QTest::newRow("custom loopback, another port")
            << local << QStringLiteral("http://127.0.0.1:9090/%1/token").arg(tenantId)
            << local + QStringLiteral("/%1/authorize").arg(tenantId)
            << local + QStringLiteral("/%1/v2.0").arg(tenantId) << "127.0.0.1";
        QTest::newRow("custom loopback, localhost is another host")
            << local << QStringLiteral("http://localhost:8080/%1/token").arg(tenantId)
            << local + QStringLiteral("/%1/authorize").arg(tenantId)
            << local + QStringLiteral("/%1/v2.0").arg(tenantId) << "localhost";
        QTest::newRow("custom loopback, another loopback address")
            << local << QStringLiteral("http://127.0.0.2:8080/%1/token").arg(tenantId)
            << local + QStringLiteral("/%1/authorize").arg(tenantId)
            << local + QStringLiteral("/%1/v2.0").arg(tenantId) << "127.0.0.2";
        const QString custom = QStringLiteral("https://login.sovereign.example");
        QTest::newRow("custom https, same host")
            << custom << custom + QStringLiteral("/%1/token").arg(tenantId)
            << custom + QStringLiteral("/%1/authorize").arg(tenantId)
            << custom + QStringLiteral("/%1/v2.0").arg(tenantId) << "";
        QTest::newRow("custom https, token over http")
            << custom << QStringLiteral("http://login.sovereign.example/%1/token").arg(tenantId)
            << custom + QStringLiteral("/%1/authorize").arg(tenantId)
            << custom + QStringLiteral("/%1/v2.0").arg(tenantId) << "login.sovereign.example";
        QTest::newRow("custom https, Microsoft's host is not this cloud's")
            << custom << tok << custom + QStringLiteral("/%1/authorize").arg(tenantId)
            << custom + QStringLiteral("/%1/v2.0").arg(tenantId) << "login.microsoftonline.com";
    }

    void endpointsMustBelongToTheCloud()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, token);
        QFETCH(QString, authorize);
        QFETCH(QString, issuer);
        QFETCH(QString, refusedHost);
        const CloudInfo info = cloud == QLatin1String("global") ? CloudCatalog::info(Cloud::Global)
                               : cloud == QLatin1String("china")
                                   ? CloudCatalog::info(Cloud::China)
                                   : CloudCatalog::custom(QUrl(cloud), QUrl(cloud)).value();
        QJsonObject document{{QStringLiteral("token_endpoint"), token},
                             {QStringLiteral("authorization_endpoint"), authorize}};
        if (!issuer.isEmpty())
            document.insert(QStringLiteral("issuer"), issuer);
        HttpResult http;
        http.facts.status = 200;
        http.json = QJsonDocument(document);
        const DiscoveryResult result = TenantDiscovery::interpret(info, tenantId, http);
        if (issuer.isEmpty()) {
            QVERIFY(!result.ok()); // the ID token must be checked against an issuer
            return;
        }
        if (refusedHost.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            return;
        }
        QCOMPARE(result.error.code, QStringLiteral("discovery.untrusted-endpoint"));
        QVERIFY2(result.error.message.contains(refusedHost), qPrintable(result.error.message));
        QVERIFY2(result.error.fix.contains(refusedHost), qPrintable(result.error.fix));
        QVERIFY(result.tokenEndpoint.isEmpty()); // nobody can use it by mistake
    }

    // A Custom cloud whose server names a token endpoint on another host: discovery fails, naming it.
    void hostileDocumentIsRefused()
    {
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        fake.setDiscoveryOverrides(
            {{QStringLiteral("token_endpoint"),
              QStringLiteral("http://127.0.0.2:%1/collect").arg(fake.baseUrl().port())}});
        const DiscoveryResult result = discover(fake, tenantId);
        QCOMPARE(result.error.code, QStringLiteral("discovery.untrusted-endpoint"));
        QVERIFY2(result.error.message.contains(QLatin1String("127.0.0.2")), qPrintable(result.error.message));
        QVERIFY(result.tokenEndpoint.isEmpty());
    }

    void unknownTenant()
    {
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        const DiscoveryResult result = discover(fake, QStringLiteral("nosuchtenant.onmicrosoft.com"));
        QCOMPARE(result.error.code, QStringLiteral("AADSTS90002"));
        QCOMPARE(result.facts.status, 400);
        QCOMPARE(result.entra.error, QStringLiteral("invalid_tenant"));
        QVERIFY(!result.entra.traceId.isEmpty());
        QVERIFY(!result.entra.correlationId.isEmpty());
        // The global service knows US Government tenants: "not found" never blames GCC High.
        QVERIFY2(!result.error.cause.contains(QLatin1String("GCC High")), qPrintable(result.error.cause));
        QVERIFY(result.error.fix.contains(QLatin1String("Global")));
        fake.clearRequestLog();
        const DiscoveryResult global =
            discoverIn(playedBy(Cloud::Global, fake), QStringLiteral("nosuch.example"));
        QCOMPARE(global.error.code, QStringLiteral("AADSTS90002"));
        QVERIFY(!global.error.fix.contains(QLatin1String("choose Global")));
    }

    // The global endpoint describes US Government tenants: checked as Global, discovery fails and names
    // the right cloud; GCC moderate uses the global service and passes.
    void usGovernmentTenantsCheckedAsGlobal_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("tenantGuid");
        QTest::addColumn<int>("configCloud");
        QTest::addColumn<int>("tenantCloud");
        QTest::addColumn<QString>("fixNames");
        QTest::newRow("GCC High as Global")
            << QStringLiteral("countyhigh.onmicrosoft.us")
            << QStringLiteral("5b1f0c2e-7a3d-4e8b-9c6f-1d2e3f4a5b6c") << int(Cloud::Global)
            << int(Cloud::UsGovHigh) << QStringLiteral("login.microsoftonline.us");
        QTest::newRow("DoD as Global")
            << QStringLiteral("armydod.onmicrosoft.us")
            << QStringLiteral("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a") << int(Cloud::Global)
            << int(Cloud::UsGovDod) << QStringLiteral("dod-graph.microsoft.us");
        QTest::newRow("GCC moderate as Global") << QStringLiteral("citygcc.onmicrosoft.com")
                                                << QStringLiteral("0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d")
                                                << int(Cloud::Global) << int(Cloud::Global) << QString();
        QTest::newRow("DoD as GCC High")
            << QStringLiteral("armydod.onmicrosoft.us")
            << QStringLiteral("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a") << int(Cloud::UsGovHigh)
            << int(Cloud::UsGovDod) << QStringLiteral("dod-graph.microsoft.us");
        QTest::newRow("GCC moderate as GCC High")
            << QStringLiteral("citygcc.onmicrosoft.com")
            << QStringLiteral("0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d") << int(Cloud::UsGovHigh)
            << int(Cloud::Global) << QStringLiteral("login.microsoftonline.com");
    }

    void usGovernmentTenantsCheckedAsGlobal()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, tenantGuid);
        QFETCH(int, configCloud);
        QFETCH(int, tenantCloud);
        QFETCH(QString, fixNames);
        fake::FakeCloud fake;
        QString error;
        QVERIFY2(fake.loadScenarioFile(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/us-government.json"),
                                       &error),
                 qPrintable(error));
        QVERIFY(fake.start());
        const CloudInfo config = playedBy(Cloud(configCloud), fake);
        const DiscoveryResult result = discoverIn(config, tenant);
        QCOMPARE(int(result.tenantCloud), tenantCloud);
        QCOMPARE(result.tenantId, tenantGuid);
        if (tenantCloud == configCloud) {
            // The cloud matches; the fake's plain-http endpoints are then refused as not the global
            // service's, which is the endpoint rule's business (the document test covers the success).
            QVERIFY2(result.error.code != QStringLiteral("discovery.wrong-cloud"),
                     qPrintable(result.error.detail));
            QCOMPARE(result.error.code, QStringLiteral("discovery.untrusted-endpoint"));
            return;
        }
        QCOMPARE(result.error.code, QStringLiteral("discovery.wrong-cloud"));
        const QString home = CloudCatalog::info(Cloud(tenantCloud)).displayName;
        QVERIFY2(result.error.message.startsWith(QStringLiteral("This tenant is in %1").arg(home)),
                 qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(QStringLiteral("the config says %1").arg(config.displayName)));
        QVERIFY2(result.error.fix.contains(fixNames), qPrintable(result.error.fix));
        QVERIFY(result.error.detail.contains(QStringLiteral("tenant_region_scope")));
        QCOMPARE(result.error.remedy.kind, RemedyKind::SwitchCloud);
        QCOMPARE(result.error.remedy.target, CloudCatalog::info(Cloud(tenantCloud)).id);
    }

    // The document's fields decide, whatever the cloud: a data-driven run over interpret().
    void wrongCloudFromTheDocument_data()
    {
        QTest::addColumn<int>("configCloud");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("subScope");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("code");
        QTest::newRow("global tenant, global config") << int(Cloud::Global) << "EU"
                                                      << ""
                                                      << "microsoftonline.com" << QString();
        QTest::newRow("GCC High tenant, global config") << int(Cloud::Global) << "USGov"
                                                        << "DODCON"
                                                        << "microsoftonline.us"
                                                        << "discovery.wrong-cloud";
        QTest::newRow("USG tenant, global config") << int(Cloud::Global) << "USG"
                                                   << ""
                                                   << ""
                                                   << "discovery.wrong-cloud";
        QTest::newRow("GCC High tenant, GCC High config") << int(Cloud::UsGovHigh) << "USGov"
                                                          << "DODCON"
                                                          << "microsoftonline.us" << QString();
        QTest::newRow("GCC tenant, global config") << int(Cloud::Global) << "NA"
                                                   << "GCC"
                                                   << "microsoftonline.com" << QString();
        QTest::newRow("global tenant, DoD config") << int(Cloud::UsGovDod) << "NA"
                                                   << ""
                                                   << "microsoftonline.com"
                                                   << "discovery.wrong-cloud";
        QTest::newRow("China tenant, global config") << int(Cloud::Global) << ""
                                                     << ""
                                                     << "partner.microsoftonline.cn"
                                                     << "discovery.wrong-cloud";
        QTest::newRow("fields say nothing") << int(Cloud::Global) << ""
                                            << ""
                                            << "" << QString();
        QTest::newRow("custom cloud is not judged") << int(Cloud::Custom) << "USGov"
                                                    << "DODCON"
                                                    << "microsoftonline.us" << QString();
    }

    void wrongCloudFromTheDocument()
    {
        QFETCH(int, configCloud);
        QFETCH(QString, scope);
        QFETCH(QString, subScope);
        QFETCH(QString, instance);
        QFETCH(QString, code);
        CloudInfo cloud = CloudCatalog::info(Cloud(configCloud));
        if (cloud.cloud == Cloud::Custom)
            cloud = CloudCatalog::custom(QUrl(QStringLiteral("https://login.example")),
                                         QUrl(QStringLiteral("https://graph.example")))
                        .value();
        const QString base = cloud.loginBase.toString() + QLatin1Char('/') + tenantId;
        QJsonObject document{
            {QStringLiteral("authorization_endpoint"),
             QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
            {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth2/v2.0/token"))},
            {QStringLiteral("issuer"), QString(base + QStringLiteral("/v2.0"))}};
        if (!scope.isEmpty())
            document.insert(QStringLiteral("tenant_region_scope"), scope);
        if (!subScope.isEmpty())
            document.insert(QStringLiteral("tenant_region_sub_scope"), subScope);
        if (!instance.isEmpty())
            document.insert(QStringLiteral("cloud_instance_name"), instance);
        HttpResult http;
        http.facts.status = 200;
        http.json = QJsonDocument(document);
        const DiscoveryResult result =
            TenantDiscovery::interpret(cloud, QStringLiteral("contoso.example"), http);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.tenantId, tenantId);
        QCOMPARE(result.tenantRegionScope, scope);
        QCOMPARE(result.tenantRegionSubScope, subScope);
    }

    void malformedTenant()
    {
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        const DiscoveryResult result = discover(fake, QStringLiteral("not a tenant!"));
        QCOMPARE(result.error.code, QStringLiteral("AADSTS900023"));
        QCOMPARE(result.facts.status, 400);
        QVERIFY(!result.error.fix.isEmpty());
    }

    void emptyTenant()
    {
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        QCOMPARE(discover(fake, QStringLiteral("  ")).error.code, QStringLiteral("discovery.no-tenant"));
        QCOMPARE(fake.requestLog().size(), 0);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("net.json-malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("net.json-truncated");
        QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("net.connection-dropped");
        QTest::newRow("no answer") << QStringLiteral("noAnswer") << QStringLiteral("net.timeout");
    }

    void faults()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        QVERIFY(fake.addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("discovery")},
                                          {QStringLiteral("kind"), kind}}));
        NetworkOptions options = direct();
        options.timeoutMs = 500;
        const DiscoveryResult result = discover(fake, tenantId, options);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
    }

    void throttledThenServed()
    {
        fake::FakeCloud fake;
        QVERIFY(fake.start());
        QVERIFY(fake.addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("discovery")},
                                          {QStringLiteral("call"), 1},
                                          {QStringLiteral("kind"), QStringLiteral("status")},
                                          {QStringLiteral("status"), 503},
                                          {QStringLiteral("retryAfter"), QStringLiteral("0.05")}}));
        const DiscoveryResult result = discover(fake, tenantId);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.facts.attempts, 2);
        QCOMPARE(result.facts.retryWaitsMs, QList<qint64>{50});
    }

    // Journey 7: behind a TLS-inspecting proxy the error names the issuer; with its CA it passes.
    void tlsWithoutAndWithTheCa()
    {
        fake::FakeCloud fake;
        fake::FakeCloud::Options tls;
        tls.tls = true;
        QVERIFY2(fake.start(tls), qPrintable(fake.lastError()));
        QCOMPARE(fake.baseUrl().scheme(), QStringLiteral("https"));

        const DiscoveryResult refused = discover(fake, tenantId);
        QCOMPARE(refused.error.code, QStringLiteral("net.tls-untrusted"));
        QVERIFY2(refused.error.message.contains(QLatin1String("FlexO Fake Cloud Test CA")),
                 qPrintable(refused.error.message));
        QVERIFY(refused.error.cause.contains(QLatin1String("proxy")));
        QVERIFY(refused.error.fix.contains(QLatin1String("caBundle")));

        ConnectorConfig config;
        config.proxy = QStringLiteral("none");
        config.caBundle = fake.caFile();
        const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
        QVERIFY(options.ok());
        const DiscoveryResult trusted = discover(fake, tenantId, options.value());
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.detail));
        QCOMPARE(trusted.tenantId, tenantId);
        QCOMPARE(trusted.tokenEndpoint.scheme(), QStringLiteral("https"));

        // Trusted for this tool's requests only: Qt's default configuration does not know the CA.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
            fake.caCertificates().first()));
    }

    void flexoEndpoints()
    {
        fake::FakeCloud fake;
        fake::FakeCloud::Options tls;
        tls.tls = true;
        QVERIFY(fake.start(tls));

        ConnectorConfig config;
        config.redirectUris = {fake.baseUrl().toString() + QStringLiteral("/teams/oauth/callback"),
                               QStringLiteral("http://localhost/flexo-teams-setup"),
                               QStringLiteral("https://flexo-nowhere.invalid/teams/oauth/callback")};
        config.lifecycleUrl = QUrl(fake.baseUrl().toString() + QStringLiteral("/teams/lifecycle"));
        const QList<QUrl> urls = EndpointCheck::endpointsOf(config);
        QCOMPARE(urls.size(), 3); // the loopback sign-in address is not FlexO's

        auto runCheck = [&](const NetworkOptions &options) {
            QNetworkAccessManager manager;
            NetworkFactory::applyProxy(&manager, options);
            HttpClient client(&manager, options);
            EndpointCheck check(&client);
            QList<EndpointReport> reports;
            bool done = false;
            check.check(
                urls, this,
                [&](const QList<EndpointReport> &r) {
                    reports = r;
                    done = true;
                },
                5000);
            if (!QTest::qWaitFor([&] { return done; }, 30000))
                qWarning("endpoint check did not finish");
            return reports;
        };

        QList<EndpointReport> reports = runCheck(direct());
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports.at(0).warning.code, QStringLiteral("net.tls-untrusted"));
        QVERIFY(reports.at(0).warning.message.contains(QLatin1String("FlexO Fake Cloud Test CA")));
        QCOMPARE(reports.at(1).warning.code, QStringLiteral("net.host-not-found"));
        QCOMPARE(reports.at(1).host, QStringLiteral("flexo-nowhere.invalid"));

        NetworkOptions withCa = direct();
        withCa.extraCaCertificates = fake.caCertificates();
        withCa.caBundlePath = fake.caFile();
        reports = runCheck(withCa);
        QVERIFY2(reports.at(0).ok(), qPrintable(reports.at(0).warning.detail));
        QVERIFY(reports.at(0).facts.status > 0); // any HTTP status will do
        QVERIFY(reports.at(2).ok());
        QCOMPARE(reports.at(1).warning.code, QStringLiteral("net.host-not-found"));
    }
};

QTEST_GUILESS_MAIN(TestTenantDiscovery)
#include "tst_tenantdiscovery.moc"
