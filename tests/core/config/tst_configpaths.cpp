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
};

QTEST_GUILESS_MAIN(TestConfigPaths)
#include "tst_configpaths.moc"
