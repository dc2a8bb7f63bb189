// `import` and `export --include-secret` with a real keychain (gnome-keyring in a private D-Bus
// session): the secret moves between file and keychain, and the config never holds it.
#include "CliProcess.h"
#include "TestConfigs.h"

#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"
#include "secrets/KeychainSecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using flexo::test::CliProcess;
using flexo::test::TestConfigs;

class TstCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void importStoresSecretThenExportReadsIt();
};

void TstCliKeychain::importStoresSecretThenExportReadsIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secret = TestConfigs::secret;
    const QString incoming = dir.filePath(QStringLiteral("incoming.json"));
    QVERIFY(TestConfigs::write(config, incoming, /*includeSecret=*/true));
    const QString imported = dir.filePath(QStringLiteral("connector.json"));

    const auto importOutcome =
        CliProcess().run({QStringLiteral("import"), incoming, QStringLiteral("--output"), imported});
    QVERIFY2(importOutcome.exitCode == 0, importOutcome.err.constData());
    QVERIFY(!importOutcome.all().contains(TestConfigs::secret.toUtf8()));
    QFile file(imported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(TestConfigs::secret.toUtf8()));
    const auto loaded = flexo::ConfigFile::load(imported);
    QVERIFY(loaded.ok());
    const auto where = flexo::KeychainBinding::entryFor(loaded.value());
    QVERIFY(where.ok());

    // The keychain holds it under the entry bound to the config's cloud, tenant and client.
    flexo::KeychainSecretStore store;
    QString stored;
    bool answered = false;
    store.read(where.value().service, where.value().key, this,
               [&](const flexo::SecretStore::Outcome &outcome) {
                   stored = outcome.value;
                   answered = true;
               });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(stored, TestConfigs::secret);

    const QString exported = dir.filePath(QStringLiteral("for-flexo.json"));
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

QTEST_GUILESS_MAIN(TstCliKeychain)
#include "tst_cli_keychain.moc"
