#include "OutcomeWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretErrors.h"

#include <QDir>
#include <QTest>

using namespace flexo;
using Failure = SecretStore::Failure;

namespace {

const QString service = QStringLiteral("flexo-teams-setup-test");
const QString secret = QStringLiteral("FlexoNoBusMarker7Q~value.0123456789");

// Well under the store's timeout: the answer must come from libsecret, not from our timeout.
constexpr int quickly = 5000;

} // namespace

// Without DBUS_SESSION_BUS_ADDRESS and without DISPLAY, as on a server reached over plain SSH.
class TestKeychainNoBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    }

    void writeSaysStartASession()
    {
        KeychainSecretStore store;
        auto written = await(
            [&](QObject *ctx, auto done) { store.write(service, QStringLiteral("k"), secret, ctx, done); },
            quickly);
        QVERIFY(written);
        QCOMPARE(written->failure, Failure::NoBackend);
        QCOMPARE(written->error.code, QString(secretErrors::noSessionBusCode));
        QVERIFY(written->error.message.contains(QStringLiteral("keychain is unavailable")));
        QVERIFY(written->error.fix.contains(QStringLiteral("desktop session")));
        QVERIFY(written->error.fix.contains(QStringLiteral("dbus-run-session")));
        QVERIFY(written->error.fix.contains(QStringLiteral("gnome-keyring-daemon --unlock")));
        QVERIFY(!written->error.userText().contains(secret));
        QVERIFY(!written->error.detail.contains(secret));
    }

    void readAndRemoveToo()
    {
        KeychainSecretStore store;
        auto read = await(
            [&](QObject *ctx, auto done) { store.read(service, QStringLiteral("k"), ctx, done); }, quickly);
        auto removed = await(
            [&](QObject *ctx, auto done) { store.remove(service, QStringLiteral("k"), ctx, done); }, quickly);
        QVERIFY(read && removed);
        QCOMPARE(read->failure, Failure::NoBackend);
        QCOMPARE(removed->failure, Failure::NoBackend);
    }

    void probeSaysNoBackend()
    {
        KeychainSecretStore store;
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); }, quickly);
        QVERIFY(probed);
        QCOMPARE(probed->failure, Failure::NoBackend);
        QCOMPARE(probed->error.code, QString(secretErrors::noSessionBusCode));
    }

    void nothingFallsBackToAFile()
    {
        const QStringList leaks = filesContaining(QDir::homePath(), secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoBus)
#include "tst_keychainnobus.moc"
