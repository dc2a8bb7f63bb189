// `rotate`: the new secret from standard input, proved against the fake cloud while the old one is
// tried too, stored in the real keychain (gnome-keyring in a private D-Bus session) and recorded in
// the config; refused or failing secrets change nothing.
#include "FakeCloud.h"
#include "InProcessCli.h"
#include "TestConfigs.h"
#include "TestKeychain.h"

#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using flexo::KeychainBinding;
using flexo::KeychainEntry;
using flexo::test::CliProcess;
using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

namespace {

const QString kNewSecret = QStringLiteral("Nw4Q~rotatedSecretValue.0123456789abcdefg");
const QString kNewSecretId = QStringLiteral("5c4b3a29-1807-4f6e-8d5c-4b3a29180706");
const QDate kNewExpiry(2028, 11, 30);

} // namespace

class TstCliRotate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newSecretIsStoredAndRecorded();
    void refusedOrFailingSecretChangesNothing_data();
    void refusedOrFailingSecretChangesNothing();
    void expiryDateIsRequired();
    void exportHoldingItsSecretIsRefusedBeforeReading();

private:
    [[nodiscard]] QByteArray fileBytes() const;
    CliProcess::Outcome rotate(const QString &secret, const QStringList &extra = {});

    flexo::fake::FakeCloud m_cloud;
    TestKeychain m_keychain;
    std::unique_ptr<QTemporaryDir> m_dir;
    flexo::ConnectorConfig m_config;
    KeychainEntry m_entry;
    QString m_path;
};

void TstCliRotate::initTestCase()
{
    QVERIFY(m_cloud.start());
}

void TstCliRotate::init()
{
    QString error;
    QVERIFY2(
        m_cloud.loadScenario(
            flexo::fake::FakeCloud::defaultScenarioWithSecret(kNewSecret, kNewSecretId, kNewExpiry), &error),
        qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = TestConfigs::forCloud(m_cloud.baseUrl());
    m_config.secretHint = TestConfigs::secret.left(3);
    m_config.secretExpiry = QDate::currentDate().addDays(10);
    m_path = m_dir->filePath(QStringLiteral("connector.json"));
    QVERIFY(TestConfigs::write(m_config, m_path));
    const auto entry = KeychainBinding::entryFor(m_config);
    QVERIFY(entry.ok());
    m_entry = entry.value();
    m_keychain.write(m_entry, TestConfigs::secret);
}

void TstCliRotate::cleanup()
{
    m_keychain.removeWritten();
}

QByteArray TstCliRotate::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliProcess::Outcome TstCliRotate::rotate(const QString &secret, const QStringList &extra)
{
    InProcessCli cli;
    cli.setStdin(secret.toUtf8() + '\n');
    QStringList arguments{QStringLiteral("rotate"), m_path};
    arguments << (extra.isEmpty() ? QStringList{QStringLiteral("--expires"), kNewExpiry.toString(Qt::ISODate)}
                                  : extra);
    return cli.run(arguments);
}

void TstCliRotate::newSecretIsStoredAndRecorded()
{
    const CliProcess::Outcome outcome = rotate(kNewSecret);
    QVERIFY2(outcome.exitCode == 0, outcome.all().constData());
    QCOMPARE(m_keychain.read(m_entry), std::optional<QString>(kNewSecret));
    const auto saved = flexo::ConfigFile::load(m_path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().secretExpiry, kNewExpiry);
    QCOMPARE(saved.value().secretHint, kNewSecret.left(3));
    const QString out = outcome.outText();
    QVERIFY2(out.contains(QStringLiteral("Old secret (%1…): still works").arg(TestConfigs::secret.left(3))),
             qPrintable(out));
    // The old secret's row is named by its hint so the right one is deleted in the portal.
    QVERIFY(out.contains(QStringLiteral("“%1”").arg(TestConfigs::secret.left(3))));
    QVERIFY(out.contains(QStringLiteral("Application Secret Key")));
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
    QVERIFY(!outcome.all().contains(kNewSecret.toUtf8()));
    QVERIFY(!fileBytes().contains(kNewSecret.toUtf8()));
}

void TstCliRotate::refusedOrFailingSecretChangesNothing_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("Secret ID") << kNewSecretId << 2 << QStringLiteral("Secret ID");
    QTest::newRow("not registered") << QStringLiteral("Bad9Q~thisSecretIsNotRegistered.012345678") << 1
                                    << QStringLiteral("Nothing was changed");
    QTest::newRow("the old one") << TestConfigs::secret << 2 << QStringLiteral("already in use");
    QTest::newRow("nothing") << QString() << 2 << QStringLiteral("standard input");
}

void TstCliRotate::refusedOrFailingSecretChangesNothing()
{
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const QByteArray before = fileBytes();
    const CliProcess::Outcome outcome = rotate(secret);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY2(outcome.errText().contains(said), qPrintable(outcome.errText()));
    QCOMPARE(m_keychain.read(m_entry), std::optional<QString>(TestConfigs::secret));
    QCOMPARE(fileBytes(), before);
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliRotate::expiryDateIsRequired()
{
    const QByteArray before = fileBytes();
    const CliProcess::Outcome outcome =
        rotate(kNewSecret, {QStringLiteral("--expires"), QStringLiteral("soon")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.errText().contains(QStringLiteral("--expires")));
    QCOMPARE(m_keychain.read(m_entry), std::optional<QString>(TestConfigs::secret));
    QCOMPARE(fileBytes(), before);
}

void TstCliRotate::exportHoldingItsSecretIsRefusedBeforeReading()
{
    flexo::ConnectorConfig exported = m_config;
    exported.secret = TestConfigs::secret;
    QVERIFY(TestConfigs::write(exported, m_path, /*includeSecret=*/true));
    const QByteArray before = fileBytes();
    InProcessCli cli;
    cli.setStdin(kNewSecret.toUtf8() + '\n');
    const CliProcess::Outcome outcome = cli.run(
        {QStringLiteral("rotate"), m_path, QStringLiteral("--expires"), kNewExpiry.toString(Qt::ISODate)});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QStringLiteral("export")), qPrintable(outcome.errText()));
    QVERIFY(!outcome.errText().contains(QStringLiteral("standard input")));
    QCOMPARE(fileBytes(), before);
    QCOMPARE(m_keychain.read(m_entry), std::optional<QString>(TestConfigs::secret));
}

QTEST_GUILESS_MAIN(TstCliRotate)
#include "tst_cli_rotate.moc"
