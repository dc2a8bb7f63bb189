// The keychain, real (gnome-keyring in a private D-Bus session), through the real executable: the
// secret moves between file and keychain under the entry bound to the cloud, tenant and client;
// an earlier version's entry is taken over once; and a config file cannot point at another
// connector's secret.
#include "CliProcess.h"
#include "RecordingServer.h"
#include "TestConfigs.h"
#include "TestKeychain.h"

#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using flexo::KeychainBinding;
using flexo::KeychainEntry;
using flexo::test::CliProcess;
using flexo::test::RecordingServer;
using flexo::test::TestConfigs;

class TstCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importStoresSecretThenExportReadsIt();
    void earlierVersionsEntryIsTakenOverOnce_data();
    void earlierVersionsEntryIsTakenOverOnce();
    void customCloudDoesNotTakeOverAnEarlierEntry();
    void hostileCustomCloudFindsNoSecret();

private:
    // The keychain, waited for: the value, or nothing when the entry does not exist.
    // A config of Microsoft's global cloud for the default scenario's registration (never contacted).
    static flexo::ConnectorConfig globalConfig();

    TestKeychain m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCliKeychain::cleanup()
{
    m_keychain.removeWritten();
}

flexo::ConnectorConfig TstCliKeychain::globalConfig()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.cloud = flexo::Cloud::Global;
    config.customLoginBase = {};
    config.customGraphBase = {};
    return config;
}

void TstCliKeychain::importStoresSecretThenExportReadsIt()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secret = TestConfigs::secret;
    const QString incoming = m_dir->filePath(QStringLiteral("incoming.json"));
    QVERIFY(TestConfigs::write(config, incoming, /*includeSecret=*/true));
    const QString imported = m_dir->filePath(QStringLiteral("connector.json"));

    const auto importOutcome =
        CliProcess().run({QStringLiteral("import"), incoming, QStringLiteral("--output"), imported});
    QVERIFY2(importOutcome.exitCode == 0, importOutcome.err.constData());
    QVERIFY(!importOutcome.all().contains(TestConfigs::secret.toUtf8()));
    QFile file(imported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(TestConfigs::secret.toUtf8()));
    const auto loaded = flexo::ConfigFile::load(imported);
    QVERIFY(loaded.ok());

    // The keychain holds it under the entry bound to the config's cloud, tenant and client.
    const auto where = KeychainBinding::entryFor(loaded.value());
    QVERIFY(where.ok());
    m_keychain.remember(where.value());
    QCOMPARE(m_keychain.read(where.value()), std::optional<QString>(TestConfigs::secret));

    const QString exported = m_dir->filePath(QStringLiteral("for-flexo.json"));
    const auto exportOutcome =
        CliProcess().run({QStringLiteral("export"), imported, QStringLiteral("--output"), exported,
                          QStringLiteral("--include-secret")});
    QVERIFY2(exportOutcome.exitCode == 0, exportOutcome.err.constData());
    QVERIFY(!exportOutcome.all().contains(TestConfigs::secret.toUtf8()));
    const auto reread = flexo::ConfigFile::load(exported);
    QVERIFY(reread.ok());
    QCOMPARE(reread.value().secret, TestConfigs::secret);
    QCOMPARE(QFileInfo(exported).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TstCliKeychain::earlierVersionsEntryIsTakenOverOnce_data()
{
    // The keys the wizard and `import` of earlier versions wrote for the same registration.
    QTest::addColumn<QString>("legacyKey");
    QTest::newRow("wizard") << TestConfigs::tenantId + QLatin1Char('/') + TestConfigs::clientId;
    QTest::newRow("import, as typed")
        << TestConfigs::tenantId.toUpper() + QLatin1Char('/') + TestConfigs::clientId.toUpper();
    QTest::newRow("by domain") << QStringLiteral("stluc.onmicrosoft.com/") + TestConfigs::clientId;
}

void TstCliKeychain::earlierVersionsEntryIsTakenOverOnce()
{
    QFETCH(QString, legacyKey);
    flexo::ConnectorConfig config = globalConfig();
    if (legacyKey.contains(QLatin1Char('A')) || legacyKey.contains(QLatin1Char('F'))) {
        config.tenantId = TestConfigs::tenantId.toUpper();
        config.clientId = TestConfigs::clientId.toUpper();
    }
    const QString path = m_dir->filePath(QStringLiteral("connector.json"));
    QVERIFY(TestConfigs::write(config, path));
    const KeychainEntry legacy{QStringLiteral("flexo-teams-setup"), legacyKey};
    const auto bound = KeychainBinding::entryFor(config);
    QVERIFY(bound.ok());
    QCOMPARE(bound.value().key, QStringLiteral("login.microsoftonline.com/") + TestConfigs::tenantId +
                                    QLatin1Char('/') + TestConfigs::clientId);
    m_keychain.remember(bound.value());
    m_keychain.write(legacy, TestConfigs::secret);
    QCOMPARE(m_keychain.read(bound.value()), std::nullopt);

    // Exporting needs the secret, and needs no network: it is found under the earlier key.
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    const auto first = CliProcess().run({QStringLiteral("export"), path, QStringLiteral("--output"), exported,
                                         QStringLiteral("--include-secret")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(flexo::ConfigFile::load(exported).value().secret, TestConfigs::secret);
    // Moved, once: the bound entry holds it, the earlier one is gone.
    QCOMPARE(m_keychain.read(bound.value()), std::optional<QString>(TestConfigs::secret));
    QCOMPARE(m_keychain.read(legacy), std::nullopt);

    QFile::remove(exported);
    const auto second = CliProcess().run({QStringLiteral("export"), path, QStringLiteral("--output"),
                                          exported, QStringLiteral("--include-secret")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(flexo::ConfigFile::load(exported).value().secret, TestConfigs::secret);
}

void TstCliKeychain::customCloudDoesNotTakeOverAnEarlierEntry()
{
    const flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const QString path = m_dir->filePath(QStringLiteral("custom.json"));
    QVERIFY(TestConfigs::write(config, path));
    const KeychainEntry legacy{QStringLiteral("flexo-teams-setup"),
                               TestConfigs::tenantId + QLatin1Char('/') + TestConfigs::clientId};
    m_keychain.write(legacy, TestConfigs::secret);

    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    const auto outcome = CliProcess().run({QStringLiteral("export"), path, QStringLiteral("--output"),
                                           exported, QStringLiteral("--include-secret")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("custom cloud")), outcome.err.constData());
    QVERIFY(!QFile::exists(exported));
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
    // Left where it was, for the admin to enter again where it belongs.
    QCOMPARE(m_keychain.read(legacy), std::optional<QString>(TestConfigs::secret));
    QCOMPARE(m_keychain.read(KeychainBinding::entryFor(config).value()), std::nullopt);
}

// A config from anyone, claiming a real tenant and client but pointing at its own "custom cloud", and
// naming another connector's real keychain entry in its old keychain fields: it finds no secret, and
// nothing sent to its server carries the secret (the server keeps every byte it receives).
void TstCliKeychain::hostileCustomCloudFindsNoSecret()
{
    const QString victimSecret = TestConfigs::secret;
    const auto victimEntry = KeychainBinding::entryFor(globalConfig());
    QVERIFY(victimEntry.ok());
    const KeychainEntry victimLegacy{QStringLiteral("flexo-teams-setup"),
                                     TestConfigs::tenantId + QLatin1Char('/') + TestConfigs::clientId};
    m_keychain.write(victimEntry.value(), victimSecret);
    m_keychain.write(victimLegacy, victimSecret);

    RecordingServer server;
    QVERIFY(server.start());
    flexo::ConnectorConfig hostile = TestConfigs::forCloud(server.baseUrl());
    QStringList paths;
    for (const KeychainEntry &named : {victimEntry.value(), victimLegacy}) {
        QJsonObject json = flexo::ConfigFile::toJson(hostile);
        QJsonObject secret = json.value(QStringLiteral("secret")).toObject();
        secret.insert(QStringLiteral("keychainService"), named.service);
        secret.insert(QStringLiteral("keychainKey"), named.key);
        json.insert(QStringLiteral("secret"), secret);
        const QString path = m_dir->filePath(QStringLiteral("hostile-%1.json").arg(paths.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        paths << path;
    }

    const auto outcome = CliProcess().run(QStringList{QStringLiteral("diagnose")} + paths +
                                          QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(server.requestCount() > 0, "the hostile server was never asked anything");
    QVERIFY2(!server.receivedSecret(victimSecret, TestConfigs::clientId), server.received().constData());
    QVERIFY(!outcome.all().contains(victimSecret.toUtf8()));
    const QJsonArray runs =
        QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs) {
        for (const QJsonValue &check : run.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject object = check.toObject();
            if (object.value(QStringLiteral("id")).toString() == QLatin1String("app-credentials"))
                QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        }
    }
    // The victim's entries are untouched, and no entry was made for the stranger's server.
    QCOMPARE(m_keychain.read(victimEntry.value()), std::optional<QString>(victimSecret));
    QCOMPARE(m_keychain.read(victimLegacy), std::optional<QString>(victimSecret));
    QCOMPARE(m_keychain.read(KeychainBinding::entryFor(hostile).value()), std::nullopt);
}

QTEST_GUILESS_MAIN(TstCliKeychain)
#include "tst_cli_keychain.moc"
