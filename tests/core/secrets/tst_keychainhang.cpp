#include "OutcomeWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretErrors.h"

#include <QTest>

using namespace flexo;
using namespace std::chrono_literals;
using Failure = SecretStore::Failure;

namespace {

const QString service = QStringLiteral("flexo-teams-setup-test");

} // namespace

// Run with QT_NO_GLIB=1: libsecret's answers need the GLib main loop, so no job ever finishes, as when
// a keyring daemon is stuck. Every operation must still answer, with Timeout.
class TestKeychainHang : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1")); }

    void stuckJobTimesOut()
    {
        KeychainSecretStore store;
        store.setTimeout(300ms);
        OutcomeWaiter waiter;
        store.write(service, QStringLiteral("k"), QStringLiteral("value"), &waiter, waiter.callback());
        QVERIFY(waiter.waitFor());
        QCOMPARE(waiter.last().failure, Failure::Timeout);
        QCOMPARE(waiter.last().error.code, QString(secretErrors::timeoutCode));
        QVERIFY(!waiter.last().error.fix.isEmpty());
    }

    void laterJobsWaitBehindItAndTimeOutToo()
    {
        KeychainSecretStore store;
        store.setTimeout(300ms);
        auto read =
            await([&](QObject *ctx, auto done) { store.read(service, QStringLiteral("k"), ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::Timeout);
    }

    void probeTimesOut()
    {
        KeychainSecretStore store;
        store.setTimeout(300ms);
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QCOMPARE(probed->failure, Failure::Timeout);
    }

    void destroyingTheStoreWithAStuckJobIsSafe()
    {
        int calls = 0;
        QObject context;
        {
            KeychainSecretStore store;
            store.setTimeout(100ms);
            store.read(service, QStringLiteral("k"), &context,
                       [&](const SecretStore::Outcome &) { ++calls; });
        }
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychainHang)
#include "tst_keychainhang.moc"
