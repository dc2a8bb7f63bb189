#include "cloud/CloudCatalog.h"

#include <QTest>

using namespace flexo;

class TestCloudCatalog : public QObject
{
    Q_OBJECT

private slots:
    void clouds_data()
    {
        QTest::addColumn<int>("cloud");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("portal");
        QTest::addColumn<bool>("meetings");
        QTest::newRow("global") << int(Cloud::Global) << QStringLiteral("https://login.microsoftonline.com")
                                << QStringLiteral("https://graph.microsoft.com")
                                << QStringLiteral("https://graph.microsoft.com")
                                << QStringLiteral("https://portal.azure.com") << true;
        QTest::newRow("gcc high") << int(Cloud::UsGovHigh)
                                  << QStringLiteral("https://login.microsoftonline.us")
                                  << QStringLiteral("https://graph.microsoft.us")
                                  << QStringLiteral("https://graph.microsoft.us")
                                  << QStringLiteral("https://portal.azure.us") << true;
        QTest::newRow("dod") << int(Cloud::UsGovDod) << QStringLiteral("https://login.microsoftonline.us")
                             << QStringLiteral("https://dod-graph.microsoft.us")
                             << QStringLiteral("https://dod-graph.microsoft.us")
                             << QStringLiteral("https://portal.azure.us") << true;
        QTest::newRow("china") << int(Cloud::China)
                               << QStringLiteral("https://login.partner.microsoftonline.cn")
                               << QStringLiteral("https://microsoftgraph.chinacloudapi.cn")
                               << QStringLiteral("https://microsoftgraph.chinacloudapi.cn")
                               << QStringLiteral("https://portal.azure.cn") << false;
    }

    void clouds()
    {
        QFETCH(int, cloud);
        QFETCH(QString, login);
        QFETCH(QString, graph);
        QFETCH(QString, resource);
        QFETCH(QString, portal);
        QFETCH(bool, meetings);
        const CloudInfo info = CloudCatalog::info(Cloud(cloud));
        QCOMPARE(info.loginBase, QUrl(login));
        QCOMPARE(info.graphBase, QUrl(graph));
        QCOMPARE(info.graphResource, resource);
        QCOMPARE(info.portal, QUrl(portal));
        QCOMPARE(info.onlineMeetingsAvailable, meetings);
        QVERIFY(!info.displayName.isEmpty());
        QCOMPARE(info.scope(QStringLiteral("OnlineMeetings.ReadWrite")),
                 QString(resource + QStringLiteral("/OnlineMeetings.ReadWrite")));
        QCOMPARE(info.defaultScope(), QString(resource + QStringLiteral("/.default")));
        QCOMPARE(
            info.discoveryUrl(QStringLiteral("contoso.onmicrosoft.com")),
            QUrl(login + QStringLiteral("/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration")));
        QCOMPARE(info.graphUrl(QStringLiteral("/me")), QUrl(graph + QStringLiteral("/v1.0/me")));
        bool ok = false;
        QCOMPARE(int(CloudCatalog::fromId(info.id, &ok)), cloud);
        QVERIFY(ok);
    }

    void allInOrder()
    {
        const QList<CloudInfo> all = CloudCatalog::all();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().cloud, Cloud::Global);
        QCOMPARE(all.last().cloud, Cloud::Custom);
    }

    void customBase_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("https") << QStringLiteral("https://login.example.com") << QString();
        QTest::newRow("http loopback ip") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000") << QString();
        QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:9000") << QString();
        QTest::newRow("http remote") << QStringLiteral("http://login.example.com")
                                     << QStringLiteral("cloud.custom-url-insecure");
        QTest::newRow("http lookalike")
            << QStringLiteral("http://127.0.0.1.evil.example") << QStringLiteral("cloud.custom-url-insecure");
        QTest::newRow("relative") << QStringLiteral("login.example.com")
                                  << QStringLiteral("cloud.custom-url-invalid");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("cloud.custom-url-invalid");
        QTest::newRow("ftp") << QStringLiteral("ftp://login.example.com")
                             << QStringLiteral("cloud.custom-url-invalid");
    }

    void customBase()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const Error error = CloudCatalog::checkCustomBase(QUrl(url), QStringLiteral("sign-in"));
        QCOMPARE(error.code, code);
        if (!code.isEmpty())
            QVERIFY(!error.fix.isEmpty());
    }

    void customFromConfig()
    {
        ConnectorConfig config;
        config.cloud = Cloud::Custom;
        config.customLoginBase = QUrl(QStringLiteral("http://127.0.0.1:4000"));
        config.customGraphBase = QUrl(QStringLiteral("https://graph.example.com/"));
        const Result<CloudInfo> cloud = CloudCatalog::forConfig(config);
        QVERIFY(cloud.ok());
        QCOMPARE(cloud.value().graphResource, QStringLiteral("https://graph.example.com"));
        QCOMPARE(cloud.value().graphUrl(QStringLiteral("/me")),
                 QUrl(QStringLiteral("https://graph.example.com/v1.0/me")));
        QVERIFY(cloud.value().onlineMeetingsAvailable);

        config.customGraphBase = QUrl(QStringLiteral("http://graph.example.com"));
        QCOMPARE(CloudCatalog::forConfig(config).error().code, QStringLiteral("cloud.custom-url-insecure"));

        config.cloud = Cloud::UsGovHigh;
        QCOMPARE(CloudCatalog::forConfig(config).value().graphBase,
                 QUrl(QStringLiteral("https://graph.microsoft.us")));
    }

    void chinaHasNoMeetings()
    {
        const Error error = CloudCatalog::meetingsNotAvailable(CloudCatalog::info(Cloud::China));
        QCOMPARE(error.code, QStringLiteral("cloud.meetings-not-available"));
        QVERIFY(error.message.contains(QLatin1String("21Vianet")));
    }
};

QTEST_GUILESS_MAIN(TestCloudCatalog)
#include "tst_cloudcatalog.moc"
