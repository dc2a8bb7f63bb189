#include "FakeCloud.h"

#include "cloud/CloudCatalog.h"
#include "cloud/EndpointCheck.h"
#include "cloud/TenantDiscovery.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace flexo;

namespace {
const QString tenantId = QStringLiteral("8eaef023-2b34-4da1-9baa-8bc8c9d6a490");
}

class TestTenantDiscovery : public QObject
{
    Q_OBJECT

private:
    // Runs discovery against `fake` with a fresh network stack built from `options`.
    DiscoveryResult discover(fake::FakeCloud &fake, const QString &tenant, NetworkOptions options = direct())
    {
        QNetworkAccessManager manager;
        NetworkFactory::applyProxy(&manager, options);
        HttpClient client(&manager, options);
        TenantDiscovery discovery(&client);
        const CloudInfo cloud = CloudCatalog::custom(fake.baseUrl(), fake.baseUrl()).value();
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
        QTest::newRow("initial domain") << QStringLiteral("stluc.onmicrosoft.com");
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
        QVERIFY(result.error.cause.contains(QLatin1String("GCC High")));
        QVERIFY(result.error.fix.contains(QLatin1String("cloud")));
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
        const Result<NetworkOptions> options = NetworkFactory::optionsFromConfig(config);
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
