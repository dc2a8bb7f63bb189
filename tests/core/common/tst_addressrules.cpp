// The one table of the address rules, and the proof that the config rules, the network and the cloud
// catalog follow it: they used to disagree (NONE, host:port and socks5 proxies; ::1 custom clouds).
#include "cloud/CloudCatalog.h"
#include "common/AddressRules.h"
#include "config/ConfigRules.h"
#include "net/NetworkFactory.h"

#include <QTest>

using namespace flexo;
using Kind = address::ProxySetting::Kind;

class TestAddressRules : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("::1 in full") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
        QTest::newRow("a name starting like one") << QStringLiteral("127.0.0.1.evil.example") << false;
        QTest::newRow("localhost as a subdomain") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("private address") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("any address") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(address::isLoopbackHost(host), loopback);
    }

    // Microsoft's redirect-URI exception names two hosts only; the config rules, the sign-in and the
    // redirect pre-check all ask this one function.
    void loopbackRedirectHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("other loopback address") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("::1") << QStringLiteral("::1") << false;
        QTest::newRow("localhost as a subdomain") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackRedirectHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, accepted);
        QCOMPARE(address::isLoopbackRedirectHost(host), accepted);
        // The config rule follows it: an http redirect URI is accepted exactly on these hosts.
        const QString uri =
            QStringLiteral("http://%1/flexo-teams-setup")
                .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host);
        if (!host.isEmpty())
            QCOMPARE(rules::checkRedirectUri(uri).severity != RuleSeverity::Error, accepted);
    }

    // A custom cloud may use plain http exactly when its host is this computer, for the wizard's and
    // `validate`'s rule as for the catalog that builds the addresses.
    void customCloudFollowsTheTable_data() { loopbackHosts_data(); }

    void customCloudFollowsTheTable()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPort(8080);
        QCOMPARE(!rules::checkCustomBaseUrl(url.toString()).isError(), loopback);
        QCOMPARE(CloudCatalog::checkCustomBase(url, QStringLiteral("sign-in")).isNull(), loopback);
    }

    void proxySettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("empty: system") << QString() << int(Kind::System) << QString() << 0;
        QTest::newRow("blanks: system") << QStringLiteral("  ") << int(Kind::System) << QString() << 0;
        QTest::newRow("none") << QStringLiteral("none") << int(Kind::Direct) << QString() << 0;
        QTest::newRow("NONE") << QStringLiteral("NONE") << int(Kind::Direct) << QString() << 0;
        QTest::newRow("http url") << QStringLiteral("http://proxy.contoso.example:3128") << int(Kind::Http)
                                  << QStringLiteral("proxy.contoso.example") << 3128;
        QTest::newRow("trailing slash") << QStringLiteral(" http://10.0.0.1:8080/ ") << int(Kind::Http)
                                        << QStringLiteral("10.0.0.1") << 8080;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://proxy.example:3128") << int(Kind::Http)
                                           << QStringLiteral("proxy.example") << 3128;
        QTest::newRow("no scheme") << QStringLiteral("10.0.0.1:8080") << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("name only") << QStringLiteral("proxy.example") << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("no port") << QStringLiteral("http://proxy.example") << int(Kind::Invalid) << QString()
                                 << 0;
        QTest::newRow("https scheme")
            << QStringLiteral("https://proxy.example:443") << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("socks5 scheme")
            << QStringLiteral("socks5://proxy.example:1080") << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("with a path") << QStringLiteral("http://proxy.example:3128/login")
                                     << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("with credentials")
            << QStringLiteral("http://user:pw@proxy.example:3128") << int(Kind::Invalid) << QString() << 0;
        QTest::newRow("garbage") << QStringLiteral("http://:x") << int(Kind::Invalid) << QString() << 0;
    }

    void proxySettings()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        const address::ProxySetting setting = address::parseProxy(text);
        QCOMPARE(int(setting.kind), kind);
        QCOMPARE(setting.isValid(), kind != int(Kind::Invalid));
        QCOMPARE(setting.host, host);
        QCOMPARE(int(setting.port), port);
    }

    // The config rule (`validate`, the wizard) and the network accept and refuse the same texts.
    void proxyRuleAndNetworkFollowTheTable_data() { proxySettings_data(); }

    void proxyRuleAndNetworkFollowTheTable()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const bool valid = kind != int(Kind::Invalid);
        ConnectorConfig config;
        config.proxy = text;
        bool ruleRefuses = false;
        for (const RuleResult &finding : rules::checkConfig(config, QDate(2026, 1, 1), false))
            ruleRefuses = ruleRefuses || finding.code == QLatin1String("proxy.invalid");
        QCOMPARE(!ruleRefuses, valid);
        QCOMPARE(NetworkFactory::parseProxy(text).ok(), valid);
    }
};

QTEST_GUILESS_MAIN(TestAddressRules)
#include "tst_addressrules.moc"
