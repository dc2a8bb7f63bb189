#include "config/ConfigPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;

class TestConfigPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FlexO"));
        QCoreApplication::setApplicationName(QStringLiteral("flexo-teams-setup"));
    }

    void configFileInAppConfigLocation()
    {
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                 QStringLiteral("/connector.json");
        QCOMPARE(ConfigPaths::defaultConfigFile(), expected);
        // The test runs with a private XDG_CONFIG_HOME: the default lands there, per user.
        const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (!configHome.isEmpty())
            QVERIFY2(ConfigPaths::defaultConfigFile().startsWith(configHome),
                     qPrintable(ConfigPaths::defaultConfigFile()));
        QVERIFY(ConfigPaths::defaultConfigFile().contains(QStringLiteral("flexo-teams-setup")));
    }

    void dataFilesInAppLocalDataLocation()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QCOMPARE(ConfigPaths::logDirectory(), data + QStringLiteral("/logs"));
        QCOMPARE(ConfigPaths::journalDirectory(), data);
        QCOMPARE(ConfigPaths::cleanupJournalFile(), data + QStringLiteral("/probe-meetings.json"));
        QVERIFY(ConfigPaths::cleanupJournalFile() != ConfigPaths::defaultConfigFile());
    }

    void keychainDefaults_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("key");
        QTest::newRow("guids") << "aaaabbbb-0000-cccc-1111-dddd2222eeee"
                               << "00001111-aaaa-2222-bbbb-3333cccc4444"
                               << "aaaabbbb-0000-cccc-1111-dddd2222eeee/00001111-aaaa-2222-bbbb-3333cccc4444";
        QTest::newRow("normalized")
            << " {AAAABBBB-0000-CCCC-1111-DDDD2222EEEE} "
            << "00001111-AAAA-2222-BBBB-3333CCCC4444\n"
            << "aaaabbbb-0000-cccc-1111-dddd2222eeee/00001111-aaaa-2222-bbbb-3333cccc4444";
        QTest::newRow("domain") << "StLuc.onmicrosoft.com"
                                << "00001111-aaaa-2222-bbbb-3333cccc4444"
                                << "stluc.onmicrosoft.com/00001111-aaaa-2222-bbbb-3333cccc4444";
    }

    void keychainDefaults()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QString, key);
        QCOMPARE(ConfigPaths::defaultKeychainService(), QStringLiteral("flexo-teams-setup"));
        QCOMPARE(ConfigPaths::defaultKeychainKey(tenant, clientId), key);
    }

    void secretLocationPrefersTenantId()
    {
        ConnectorConfig config;
        config.tenantDomain = QStringLiteral("stluc.onmicrosoft.com");
        config.clientId = QStringLiteral("00001111-aaaa-2222-bbbb-3333cccc4444");
        QCOMPARE(ConfigPaths::defaultSecretLocation(config).keychainKey,
                 QStringLiteral("stluc.onmicrosoft.com/00001111-aaaa-2222-bbbb-3333cccc4444"));
        config.tenantId = QStringLiteral("aaaabbbb-0000-cccc-1111-dddd2222eeee");
        const SecretLocation location = ConfigPaths::defaultSecretLocation(config);
        QCOMPARE(location.keychainService, QStringLiteral("flexo-teams-setup"));
        QCOMPARE(location.keychainKey,
                 QStringLiteral("aaaabbbb-0000-cccc-1111-dddd2222eeee/00001111-aaaa-2222-bbbb-3333cccc4444"));
    }
};

QTEST_GUILESS_MAIN(TestConfigPaths)
#include "tst_configpaths.moc"
