#include "OutcomeWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretErrors.h"

#include <QDir>
#include <QTest>

using namespace flexo;
using namespace std::chrono_literals;
using Failure = SecretStore::Failure;

namespace {

const QString service = QStringLiteral("flexo-teams-setup-test");
// Distinctive, so that it can be looked for in every file of the private HOME afterwards.
const QString marker = QStringLiteral("FlexoMarker7Q~");

} // namespace

// Against a real gnome-keyring, unlocked, in a private D-Bus session (flexo_add_test KEYRING).
class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("round-trip");
        const QString first = marker + QStringLiteral("first.value-0123456789");
        const QString second = marker + QStringLiteral("second.value-9876543210");

        auto written = await([&](QObject *ctx, auto done) { store.write(service, key, first, ctx, done); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->error.detail));

        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error.detail));
        QCOMPARE(read->value, first);

        auto overwritten =
            await([&](QObject *ctx, auto done) { store.write(service, key, second, ctx, done); });
        QVERIFY(overwritten && overwritten->ok());
        read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, second);

        auto removed = await([&](QObject *ctx, auto done) { store.remove(service, key, ctx, done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error.detail));
        read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::NotFound);
    }

    void readMissingIsNotFound()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("never-written");
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::NotFound);
        QCOMPARE(read->error.code, QString(secretErrors::notFoundCode));
        QVERIFY(read->error.message.contains(key));
        QVERIFY(read->value.isEmpty());
    }

    void removeMissingSucceeds()
    {
        KeychainSecretStore store;
        auto removed = await([&](QObject *ctx, auto done) {
            store.remove(service, QStringLiteral("never-written"), ctx, done);
        });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error.detail));
    }

    void valuesSurviveUnchanged_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("current secret characters") << marker + QStringLiteral("abc~def.ghi-jkl_mno");
        QTest::newRow("legacy secret characters") << marker + QStringLiteral("a+b@c[d]e:f/g=h");
        QTest::newRow("unicode") << marker + QStringLiteral("Grüße-秘密-🔑-Ωmega");
        QTest::newRow("spaces and quotes") << marker + QStringLiteral(" a \"b\" 'c' \\d ");
        QTest::newRow("long") << marker + QString(1024, QLatin1Char('x'));
    }

    void valuesSurviveUnchanged()
    {
        QFETCH(QString, value);
        KeychainSecretStore store;
        const QString key = QStringLiteral("value-") + QString::fromLatin1(QTest::currentDataTag());
        auto written = await([&](QObject *ctx, auto done) { store.write(service, key, value, ctx, done); });
        QVERIFY(written && written->ok());
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, value);
    }

    void twoKeysInOneService()
    {
        KeychainSecretStore store;
        const QString keyA = QStringLiteral("tenant-a/client-secret");
        const QString keyB = QStringLiteral("tenant-b/client-secret");
        const QString valueA = marker + QStringLiteral("value-a");
        const QString valueB = marker + QStringLiteral("value-b");
        QVERIFY(succeeded(
            await([&](QObject *ctx, auto done) { store.write(service, keyA, valueA, ctx, done); })));
        QVERIFY(succeeded(
            await([&](QObject *ctx, auto done) { store.write(service, keyB, valueB, ctx, done); })));

        auto readA = await([&](QObject *ctx, auto done) { store.read(service, keyA, ctx, done); });
        auto readB = await([&](QObject *ctx, auto done) { store.read(service, keyB, ctx, done); });
        QVERIFY(readA && readA->ok() && readB && readB->ok());
        QCOMPARE(readA->value, valueA);
        QCOMPARE(readB->value, valueB);

        QVERIFY(succeeded(await([&](QObject *ctx, auto done) { store.remove(service, keyA, ctx, done); })));
        auto afterA = await([&](QObject *ctx, auto done) { store.read(service, keyA, ctx, done); });
        readB = await([&](QObject *ctx, auto done) { store.read(service, keyB, ctx, done); });
        QVERIFY(afterA && readB);
        QCOMPARE(afterA->failure, Failure::NotFound);
        QVERIFY(readB->ok());
        QCOMPARE(readB->value, valueB);
    }

    void sameKeyInTwoServices()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("shared-key");
        const QString other = service + QStringLiteral("-other");
        QVERIFY(succeeded(await([&](QObject *ctx, auto done) {
            store.write(service, key, marker + QStringLiteral("1"), ctx, done);
        })));
        QVERIFY(succeeded(await([&](QObject *ctx, auto done) {
            store.write(other, key, marker + QStringLiteral("2"), ctx, done);
        })));
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, marker + QStringLiteral("1"));
    }

    void probeSucceedsAndCleansUp()
    {
        KeychainSecretStore store;
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QVERIFY2(probed->ok(), qPrintable(probed->error.detail));
        QVERIFY(probed->value.isEmpty());
    }

    void abandonedJobCannotReportTwice()
    {
        // QtKeychain runs one job at a time for the whole process. Queued behind a few ordinary writes, a
        // job with a 1 ms timeout is given up long before its turn comes; it still runs to its end later.
        // Once the read queued after it answers, the abandoned job has finished and its late answer has
        // been dropped.
        KeychainSecretStore store;
        OutcomeWaiter ahead;
        const int queuedAhead = 5;
        for (int i = 0; i < queuedAhead; ++i) {
            store.write(service, QStringLiteral("ahead-%1").arg(i), marker + QString(4096, QLatin1Char('a')),
                        &ahead, ahead.callback());
        }
        const QString key = QStringLiteral("abandoned");
        store.setTimeout(1ms);
        OutcomeWaiter abandoned;
        store.write(service, key, marker + QStringLiteral("late"), &abandoned, abandoned.callback());
        store.setTimeout(SecretStore::defaultTimeout);
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });

        QVERIFY(read);
        QCOMPARE(abandoned.outcomes().size(), 1);
        QCOMPARE(abandoned.last().failure, Failure::Timeout);
        QCOMPARE(abandoned.last().error.code, QString(secretErrors::timeoutCode));
        QCOMPARE(ahead.outcomes().size(), queuedAhead);
        for (const auto &outcome : ahead.outcomes())
            QVERIFY(outcome.ok());
        // The abandoned write landed after all: the outcome of a timeout is unknown, not "nothing happened".
        QVERIFY2(read->ok(), qPrintable(read->error.detail));
        QCOMPARE(read->value, marker + QStringLiteral("late"));
    }

    void noSecretWrittenToFiles()
    {
        // Runs last: whatever the tests above stored must only be in the keyring, which is encrypted.
        QTest::qWait(200); // let the daemon write its keyring file
        const QStringList leaks = filesContaining(QDir::homePath(), marker.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        const QString keyrings = QDir::homePath() + QStringLiteral("/.local/share/keyrings");
        QVERIFY2(!QDir(keyrings).entryList(QDir::Files).isEmpty(), "the keyring itself was not used");
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
