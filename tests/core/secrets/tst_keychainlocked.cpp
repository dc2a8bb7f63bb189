#include "OutcomeWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretErrors.h"

#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QTest>

using namespace flexo;
using Failure = SecretStore::Failure;

namespace {

const QString service = QStringLiteral("flexo-teams-setup-test");
const QString secret = QStringLiteral("FlexoLockedMarker7Q~value.0123456789");

// Set by the test's CMake wiring: "locked" (an unlocked login keyring, locked by initTestCase) or
// "missing" (no keyring file at all, so gnome-keyring would have to prompt to create one).
QString keyringState()
{
    return qEnvironmentVariable("FLEXO_TEST_KEYRING");
}

QString expectedCode()
{
    return keyringState() == QLatin1String("locked") ? QString(secretErrors::lockedCode)
                                                     : QString(secretErrors::noKeyringCode);
}

} // namespace

// A gnome-keyring that cannot be used without a prompt, and no display to show one (as over SSH).
class TestKeychainLocked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(keyringState() == QLatin1String("locked") || keyringState() == QLatin1String("missing"),
                 "FLEXO_TEST_KEYRING must say which keyring state to expect");
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        if (keyringState() == QLatin1String("locked")) {
            // As when the keyring locks itself after idle time: unlocking now needs a prompt.
            QDBusInterface secrets(QStringLiteral("org.freedesktop.secrets"),
                                   QStringLiteral("/org/freedesktop/secrets"),
                                   QStringLiteral("org.freedesktop.Secret.Service"));
            qDBusRegisterMetaType<QList<QDBusObjectPath>>();
            const QList<QDBusObjectPath> login{
                QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))};
            const QDBusMessage reply = secrets.call(QStringLiteral("Lock"), QVariant::fromValue(login));
            QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        }
    }

    void writeSaysWhatToUnlock()
    {
        KeychainSecretStore store;
        auto written = await(
            [&](QObject *ctx, auto done) { store.write(service, QStringLiteral("k"), secret, ctx, done); });
        QVERIFY(written);
        QCOMPARE(written->failure, Failure::AccessDenied);
        QCOMPARE(written->error.code, expectedCode());
        QVERIFY(written->error.message.contains(QStringLiteral("keychain is unavailable")));
        if (keyringState() == QLatin1String("locked")) {
            QVERIFY(written->error.message.contains(QStringLiteral("locked")));
            QVERIFY(written->error.fix.contains(QStringLiteral("Unlock the login keyring")));
        } else {
            QVERIFY(written->error.message.contains(QStringLiteral("no login keyring")));
            QVERIFY(written->error.fix.contains(QStringLiteral("Sign in to the desktop once")));
        }
        QVERIFY(!written->error.userText().contains(secret));
        QVERIFY(!written->error.detail.contains(secret));
    }

    void readLooksEmpty()
    {
        // Documented libsecret behaviour: a locked keyring answers reads with "not found".
        KeychainSecretStore store;
        auto read =
            await([&](QObject *ctx, auto done) { store.read(service, QStringLiteral("k"), ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::NotFound);
    }

    void probeTellsTheTruth()
    {
        KeychainSecretStore store;
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QCOMPARE(probed->failure, Failure::AccessDenied);
        QCOMPARE(probed->error.code, expectedCode());
    }

    void noSecretWrittenToFiles()
    {
        const QStringList leaks = filesContaining(QDir::homePath(), secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
