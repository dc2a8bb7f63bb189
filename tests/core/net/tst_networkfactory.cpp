#include "net/NetworkFactory.h"
#include "net/SystemProxyFactory.h"

#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;

class TestNetworkFactory : public QObject
{
    Q_OBJECT

private slots:
    // Which texts are which proxy setting is the one table of tst_addressrules; this is what the
    // network makes of each kind.
    void parseProxy_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("mode"); // -1: invalid
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("empty: system")
            << QString() << int(NetworkOptions::ProxyMode::System) << QString() << 0;
        QTest::newRow("none") << QStringLiteral("none") << int(NetworkOptions::ProxyMode::Direct) << QString()
                              << 0;
        QTest::newRow("http url") << QStringLiteral("http://proxy.contoso.example:3128")
                                  << int(NetworkOptions::ProxyMode::Explicit)
                                  << QStringLiteral("proxy.contoso.example") << 3128;
        QTest::newRow("invalid") << QStringLiteral("10.0.0.1:8080") << -1 << QString() << 0;
    }

    void parseProxy()
    {
        QFETCH(QString, value);
        QFETCH(int, mode);
        QFETCH(QString, host);
        QFETCH(int, port);
        const Result<NetworkOptions> result = NetworkFactory::parseProxy(value);
        if (mode == -1) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("net.proxy-invalid"));
            QVERIFY(!result.error().fix.isEmpty());
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(int(result.value().proxyMode), mode);
        if (mode == int(NetworkOptions::ProxyMode::Explicit)) {
            QCOMPARE(result.value().proxy.type(), QNetworkProxy::HttpProxy);
            QCOMPARE(result.value().proxy.hostName(), host);
            QCOMPARE(int(result.value().proxy.port()), port);
        }
    }

    void managerFollowsOptions()
    {
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::Direct;
        QScopedPointer<QNetworkAccessManager> manager(NetworkFactory::createManager(direct));
        QCOMPARE(manager->proxy().type(), QNetworkProxy::NoProxy);

        const NetworkOptions explicitProxy =
            NetworkFactory::parseProxy(QStringLiteral("http://127.0.0.1:3128")).value();
        manager.reset(NetworkFactory::createManager(explicitProxy));
        QCOMPARE(manager->proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(manager->proxy().port(), quint16(3128));

        manager.reset(NetworkFactory::createManager(NetworkOptions{}));
        QVERIFY(manager->proxyFactory() != nullptr);
    }

    // Debian's Qt asks libproxy, which reads https_proxy and honours no_proxy.
    void systemProxyHonoursEnvironment()
    {
        qputenv("https_proxy", "http://127.0.0.1:3999");
        qputenv("http_proxy", "http://127.0.0.1:3999");
        qputenv("no_proxy", "127.0.0.1,localhost");
        qputenv("NO_PROXY", "127.0.0.1,localhost");
        SystemProxyFactory factory;
        const QList<QNetworkProxy> remote = factory.queryProxy(
            QNetworkProxyQuery(QUrl(QStringLiteral("https://login.microsoftonline.com/x"))));
        QVERIFY(!remote.isEmpty());
        QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.first().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(remote.first().port(), quint16(3999));
        const QList<QNetworkProxy> local =
            factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://127.0.0.1:1234/x"))));
        QVERIFY(!local.isEmpty());
        QCOMPARE(local.first().type(), QNetworkProxy::NoProxy);
    }

    void caBundle()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.pem"));
        QCOMPARE(NetworkFactory::loadCaBundle(missing).error().code,
                 QStringLiteral("net.ca-bundle-unreadable"));

        const QString empty = dir.filePath(QStringLiteral("empty.pem"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        QCOMPARE(NetworkFactory::loadCaBundle(empty).error().code, QStringLiteral("net.ca-bundle-empty"));

        // Any PEM with certificates will do: take a few of the system's.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(system.size() >= 2);
        const QString bundle = dir.filePath(QStringLiteral("bundle.pem"));
        file.setFileName(bundle);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(system.at(0).toPem() + system.at(1).toPem());
        file.close();
        const Result<QList<QSslCertificate>> loaded = NetworkFactory::loadCaBundle(bundle);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().size(), 2);

        const Result<NetworkOptions> options = NetworkFactory::options(QStringLiteral("none"), bundle);
        QVERIFY(options.ok());
        QCOMPARE(options.value().caBundlePath, bundle);
        QCOMPARE(options.value().extraCaCertificates.size(), 2);

        const int defaultCount = QSslConfiguration::defaultConfiguration().caCertificates().size();
        const QSslConfiguration perRequest = NetworkFactory::sslConfiguration(options.value());
        QVERIFY(perRequest.caCertificates().size() >= system.size());
        QVERIFY(perRequest.caCertificates().contains(system.at(0)));
        // Never installed globally.
        QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates().size(), defaultCount);

        QCOMPARE(NetworkFactory::options(QStringLiteral("none"), missing).error().code,
                 QStringLiteral("net.ca-bundle-unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFactory)
#include "tst_networkfactory.moc"
