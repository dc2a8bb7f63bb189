#include "OutcomeWaiter.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretErrors.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTest>

#include <memory>

using namespace flexo;
using namespace std::chrono_literals;
using Failure = SecretStore::Failure;
using Mode = MemorySecretStore::Mode;

namespace {

const QString service = QStringLiteral("flexo-teams-setup");
const QString key = QStringLiteral("contoso.onmicrosoft.com/client-secret");
const QString secret = QStringLiteral("Xy7Q~memory.secret-value_0123456789abcdef");

// A store whose answers the test gives by hand, to answer late, twice, or never.
class ManualSecretStore : public SecretStore
{
public:
    QList<Request> started;
    void answer(int index, Outcome outcome) { complete(started.at(index).id, std::move(outcome)); }

protected:
    void start(const Request &request) override { started << request; }
};

QStringList capturedLog;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog << message;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove()
    {
        MemorySecretStore store;
        auto written = await([&](QObject *ctx, auto done) { store.write(service, key, secret, ctx, done); });
        QVERIFY(written);
        QVERIFY(written->ok());
        QVERIFY(written->value.isEmpty());
        QCOMPARE(store.value(service, key), secret);

        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::None);
        QVERIFY(read->error.isNull());
        QCOMPARE(read->value, secret);

        auto removed = await([&](QObject *ctx, auto done) { store.remove(service, key, ctx, done); });
        QVERIFY(removed);
        QVERIFY(removed->ok());
        QVERIFY(!store.contains(service, key));
        QCOMPARE(store.operationCount(), 3);
    }

    void overwriteReplacesValue()
    {
        MemorySecretStore store;
        store.insert(service, key, QStringLiteral("old"));
        auto written = await([&](QObject *ctx, auto done) { store.write(service, key, secret, ctx, done); });
        QVERIFY(written && written->ok());
        QCOMPARE(store.value(service, key), secret);
        QCOMPARE(store.count(), 1);
    }

    void readMissingIsNotFound()
    {
        MemorySecretStore store;
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read);
        QCOMPARE(read->failure, Failure::NotFound);
        QCOMPARE(read->error.code, QString(secretErrors::notFoundCode));
        QVERIFY(read->error.message.contains(key));
        QVERIFY(!read->error.fix.isEmpty());
        QVERIFY(read->value.isEmpty());
    }

    void removeMissingSucceeds()
    {
        MemorySecretStore store;
        auto removed = await([&](QObject *ctx, auto done) { store.remove(service, key, ctx, done); });
        QVERIFY(removed);
        QVERIFY(removed->ok());
    }

    void keysAndServicesAreSeparate()
    {
        MemorySecretStore store;
        store.insert(service, key, QStringLiteral("one"));
        store.insert(service, QStringLiteral("other"), QStringLiteral("two"));
        store.insert(QStringLiteral("other-service"), key, QStringLiteral("three"));
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, QStringLiteral("one"));
        QCOMPARE(store.count(), 3);
    }

    void answersLaterNeverInsideTheCall()
    {
        MemorySecretStore store;
        OutcomeWaiter waiter;
        store.write(service, key, secret, &waiter, waiter.callback());
        QVERIFY(waiter.outcomes().isEmpty());
        QVERIFY(waiter.waitFor());
        QCOMPARE(waiter.outcomes().size(), 1);
    }

    void failureModes_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("operation");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<QString>("code");
        const int read = int(SecretStore::Operation::Read);
        const int write = int(SecretStore::Operation::Write);
        const int remove = int(SecretStore::Operation::Remove);
        const QString noBus(secretErrors::noSessionBusCode);
        const QString noService(secretErrors::noServiceCode);
        QTest::newRow("no bus, write") << Mode::NoSessionBus << write << Failure::NoBackend << noBus;
        QTest::newRow("no bus, read") << Mode::NoSessionBus << read << Failure::NoBackend << noBus;
        QTest::newRow("no bus, remove") << Mode::NoSessionBus << remove << Failure::NoBackend << noBus;
        QTest::newRow("no service, write") << Mode::NoService << write << Failure::NoBackend << noService;
        QTest::newRow("locked, write")
            << Mode::Locked << write << Failure::AccessDenied << QString(secretErrors::lockedCode);
        QTest::newRow("locked, read looks empty")
            << Mode::Locked << read << Failure::NotFound << QString(secretErrors::notFoundCode);
        QTest::newRow("locked, remove") << Mode::Locked << remove << Failure::None << QString();
        QTest::newRow("no keyring, write")
            << Mode::NoKeyring << write << Failure::AccessDenied << QString(secretErrors::noKeyringCode);
        QTest::newRow("no keyring, read")
            << Mode::NoKeyring << read << Failure::NotFound << QString(secretErrors::notFoundCode);
        QTest::newRow("denied, read")
            << Mode::Denied << read << Failure::AccessDenied << QString(secretErrors::deniedCode);
        QTest::newRow("broken, write")
            << Mode::Broken << write << Failure::Other << QString(secretErrors::failedCode);
    }

    void failureModes()
    {
        QFETCH(Mode, mode);
        QFETCH(int, operation);
        QFETCH(Failure, failure);
        QFETCH(QString, code);

        MemorySecretStore store;
        store.insert(service, key, secret);
        store.setMode(mode);
        auto outcome = await([&](QObject *ctx, auto done) {
            switch (SecretStore::Operation(operation)) {
            case SecretStore::Operation::Read:
                store.read(service, key, ctx, done);
                break;
            case SecretStore::Operation::Write:
                store.write(service, key, QStringLiteral("new value"), ctx, done);
                break;
            case SecretStore::Operation::Remove:
                store.remove(service, key, ctx, done);
                break;
            }
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->failure, failure);
        QCOMPARE(outcome->error.code, code);
        QVERIFY(outcome->value.isEmpty());
        QCOMPARE(outcome->unavailable(), failure != Failure::None && failure != Failure::NotFound);
        QCOMPARE(secretErrors::isUnavailable(outcome->error), outcome->unavailable());
        if (failure != Failure::None) {
            QVERIFY(!outcome->error.message.isEmpty());
            QVERIFY(!outcome->error.cause.isEmpty());
            QVERIFY(!outcome->error.fix.isEmpty());
            QVERIFY(!outcome->error.userText().contains(secret));
        }
        // A failing store never changes what it holds.
        QCOMPARE(store.value(service, key), secret);
    }

    void unavailableIsEverythingButNotFound()
    {
        QVERIFY(secretErrors::isUnavailable(secretErrors::timedOut(std::chrono::milliseconds(10), {})));
        QVERIFY(secretErrors::isUnavailable(secretErrors::deniedByUser({})));
        QVERIFY(secretErrors::isUnavailable(secretErrors::failed({}, {})));
        QVERIFY(!secretErrors::isUnavailable(secretErrors::notFound(service, key, {})));
        QVERIFY(
            !secretErrors::isUnavailable(Error::make(QStringLiteral("AADSTS7000215"), QStringLiteral("x"))));
        QVERIFY(!secretErrors::isUnavailable(Error()));
    }

    void noSessionBusNamesWhatToStart()
    {
        const Error error = secretErrors::noSessionBus(QStringLiteral("detail"));
        QVERIFY(error.message.contains(QStringLiteral("keychain is unavailable")));
        QVERIFY(error.fix.contains(QStringLiteral("desktop session")));
        QVERIFY(error.fix.contains(QStringLiteral("dbus-run-session")));
        QVERIFY(error.fix.contains(QStringLiteral("gnome-keyring-daemon --unlock")));
        QCOMPARE(error.detail, QStringLiteral("detail"));
    }

    void lockedSaysUnlock()
    {
        const Error error = secretErrors::locked(QStringLiteral("detail"));
        QVERIFY(error.message.contains(QStringLiteral("keychain is unavailable")));
        QVERIFY(error.message.contains(QStringLiteral("locked")));
        QVERIFY(error.fix.contains(QStringLiteral("Unlock the login keyring")));
        QVERIFY(error.fix.contains(QStringLiteral("Seahorse")));
        QVERIFY(error.fix.contains(QStringLiteral("sign in to the desktop")));
    }

    void noKeyringSaysHowToCreateOne()
    {
        const Error error = secretErrors::noLoginKeyring(QStringLiteral("detail"));
        QVERIFY(error.message.contains(QStringLiteral("keychain is unavailable")));
        QVERIFY(error.fix.contains(QStringLiteral("Sign in to the desktop once")));
        QVERIFY(error.fix.contains(QStringLiteral("gnome-keyring-daemon --unlock")));
    }

    void hangEndsWithTimeout()
    {
        MemorySecretStore store;
        store.setMode(Mode::Hang);
        store.setTimeout(50ms);
        QCOMPARE(store.timeout(), 50ms);
        OutcomeWaiter waiter;
        store.write(service, key, secret, &waiter, waiter.callback());
        QVERIFY(waiter.waitFor());
        QCOMPARE(waiter.last().failure, Failure::Timeout);
        QCOMPARE(waiter.last().error.code, QString(secretErrors::timeoutCode));
        QVERIFY(waiter.last().error.message.contains(QStringLiteral("1 second")));
        QVERIFY(waiter.last().unavailable());
        QVERIFY(!store.contains(service, key));
        // Nothing else arrives afterwards.
        QTest::qWait(100);
        QCOMPARE(waiter.outcomes().size(), 1);
    }

    void defaultTimeoutIsFifteenSeconds()
    {
        MemorySecretStore store;
        QCOMPARE(store.timeout(), 15000ms);
        const Error error = secretErrors::timedOut(store.timeout(), {});
        QVERIFY(error.message.contains(QStringLiteral("15 seconds")));
    }

    void lateAnswerAfterTimeoutIsIgnored()
    {
        ManualSecretStore store;
        store.setTimeout(20ms);
        OutcomeWaiter waiter;
        store.read(service, key, &waiter, waiter.callback());
        QVERIFY(waiter.waitFor());
        QCOMPARE(waiter.last().failure, Failure::Timeout);

        store.answer(0, {Failure::None, secret, {}});
        QTest::qWait(50);
        QCOMPARE(waiter.outcomes().size(), 1);
        QCOMPARE(waiter.last().failure, Failure::Timeout);
    }

    void secondAnswerIsIgnored()
    {
        ManualSecretStore store;
        OutcomeWaiter waiter;
        store.write(service, key, secret, &waiter, waiter.callback());
        QCOMPARE(store.started.size(), 1);
        QCOMPARE(store.started.first().value, secret);
        store.answer(0, {});
        store.answer(0, {Failure::Other, {}, secretErrors::failed({}, {})});
        QVERIFY(waiter.waitFor());
        QTest::qWait(50);
        QCOMPARE(waiter.outcomes().size(), 1);
        QVERIFY(waiter.last().ok());
    }

    void destroyedContextIsNotCalled()
    {
        MemorySecretStore store;
        int calls = 0;
        auto context = std::make_unique<QObject>();
        store.write(service, key, secret, context.get(), [&](const SecretStore::Outcome &) { ++calls; });
        context.reset();
        OutcomeWaiter after; // answers are delivered in order: once this one arrives, the first was due
        store.read(service, key, &after, after.callback());
        QVERIFY(after.waitFor());
        QCOMPARE(calls, 0);
        QVERIFY(store.contains(service, key)); // the work itself was done
    }

    void destroyedStoreIsSafe()
    {
        int calls = 0;
        QObject context;
        {
            ManualSecretStore store;
            store.setTimeout(10ms);
            store.read(service, key, &context, [&](const SecretStore::Outcome &) { ++calls; });
        }
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void nullContextStillAnswers()
    {
        MemorySecretStore store;
        int calls = 0;
        store.write(service, key, secret, nullptr, [&](const SecretStore::Outcome &) { ++calls; });
        QTRY_COMPARE(calls, 1);
    }

    void emptyCallbackIsAllowed()
    {
        MemorySecretStore store;
        store.write(service, key, secret, nullptr, {});
        store.probe(service, nullptr, {});
        QTRY_COMPARE(store.operationCount(), 4);
        QTRY_VERIFY(store.contains(service, key));
        QTRY_COMPARE(store.count(), 1);
    }

    void probeLeavesNothingBehind()
    {
        MemorySecretStore store;
        store.insert(service, key, secret);
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QVERIFY(probed->ok());
        QVERIFY(probed->value.isEmpty());
        QCOMPARE(store.operationCount(), 3);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.value(service, key), secret);
    }

    void probeReportsTheFirstFailure_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<QString>("code");
        QTest::newRow("no bus") << Mode::NoSessionBus << Failure::NoBackend
                                << QString(secretErrors::noSessionBusCode);
        QTest::newRow("no service") << Mode::NoService << Failure::NoBackend
                                    << QString(secretErrors::noServiceCode);
        QTest::newRow("locked") << Mode::Locked << Failure::AccessDenied << QString(secretErrors::lockedCode);
        QTest::newRow("no keyring") << Mode::NoKeyring << Failure::AccessDenied
                                    << QString(secretErrors::noKeyringCode);
        QTest::newRow("hang") << Mode::Hang << Failure::Timeout << QString(secretErrors::timeoutCode);
        QTest::newRow("broken") << Mode::Broken << Failure::Other << QString(secretErrors::failedCode);
    }

    void probeReportsTheFirstFailure()
    {
        QFETCH(Mode, mode);
        QFETCH(Failure, failure);
        QFETCH(QString, code);
        MemorySecretStore store;
        store.setMode(mode);
        store.setTimeout(30ms);
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QCOMPARE(probed->failure, failure);
        QCOMPARE(probed->error.code, code);
        QCOMPARE(store.count(), 0);
    }

    void probeCleansUpAfterAFailedRead()
    {
        // Writes work, reads come back wrong: the probe reports it and still removes its entry.
        class WrongValueStore : public MemorySecretStore
        {
        protected:
            void start(const Request &request) override
            {
                if (request.operation == Operation::Read)
                    complete(request.id, {Failure::None, QStringLiteral("something else"), {}});
                else
                    MemorySecretStore::start(request);
            }
        } store;
        auto probed = await([&](QObject *ctx, auto done) { store.probe(service, ctx, done); });
        QVERIFY(probed);
        QCOMPARE(probed->failure, Failure::Other);
        QVERIFY(probed->value.isEmpty());
        QCOMPARE(store.count(), 0);
    }

    void logNamesServiceAndKeyButNeverTheValue()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("flexo.secrets.debug=true"));
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        MemorySecretStore store;
        auto written = await([&](QObject *ctx, auto done) { store.write(service, key, secret, ctx, done); });
        auto read = await([&](QObject *ctx, auto done) { store.read(service, key, ctx, done); });
        store.setMode(Mode::Locked);
        auto failed = await([&](QObject *ctx, auto done) { store.write(service, key, secret, ctx, done); });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});

        QVERIFY(written && read && failed);
        QCOMPARE(read->value, secret);
        const QString log = capturedLog.join(QLatin1Char('\n'));
        QVERIFY(log.contains(service));
        QVERIFY(log.contains(key));
        QVERIFY(log.contains(QStringLiteral("AccessDenied")));
        QVERIFY(!log.contains(secret));
        QVERIFY(!log.contains(QStringLiteral("Xy7Q")));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
