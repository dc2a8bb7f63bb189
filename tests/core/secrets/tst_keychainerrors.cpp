#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretErrors.h"

#include <QTest>

#include <qt6keychain/keychain.h>

using namespace flexo;
using Failure = SecretStore::Failure;
using Operation = SecretStore::Operation;

// How QtKeychain's answers become our outcomes; the real keyring tests cover the same paths live.
class TestKeychainErrors : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("keychainMessage");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<QString>("code");

        const QString none;
        const QString noBus(secretErrors::noSessionBusCode);
        const QString noService(secretErrors::noServiceCode);
        const QString locked(secretErrors::lockedCode);
        const QString failed(secretErrors::failedCode);
        QTest::newRow("ok") << Operation::Write << int(QKeychain::NoError) << QString() << Failure::None
                            << none;
        QTest::newRow("read missing")
            << Operation::Read << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
            << Failure::NotFound << QString(secretErrors::notFoundCode);
        QTest::newRow("remove missing") << Operation::Remove << int(QKeychain::EntryNotFound)
                                        << QStringLiteral("Entry not found") << Failure::None << none;
        QTest::newRow("libsecret, no session bus")
            << Operation::Write << int(QKeychain::OtherError)
            << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Failure::NoBackend << noBus;
        QTest::newRow("no dbus-launch")
            << Operation::Read << int(QKeychain::OtherError)
            << QStringLiteral("Error spawning command line “dbus-launch --autolaunch=abc --binary-syntax "
                              "--close-stderr”: Child process exited with code 1")
            << Failure::NoBackend << noBus;
        QTest::newRow("no secret service")
            << Operation::Write << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << Failure::NoBackend << noService;
        QTest::newRow("libsecret, locked collection")
            << Operation::Write << int(QKeychain::AccessDenied)
            << QStringLiteral("Cannot create an item in a locked collection") << Failure::AccessDenied
            << locked;
        QTest::newRow("no login keyring")
            << Operation::Write << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << Failure::AccessDenied << QString(secretErrors::noKeyringCode);
        QTest::newRow("locked as other error")
            << Operation::Write << int(QKeychain::OtherError) << QStringLiteral("Collection is locked")
            << Failure::AccessDenied << locked;
        QTest::newRow("declined prompt")
            << Operation::Read << int(QKeychain::AccessDeniedByUser) << QStringLiteral("User denied")
            << Failure::AccessDenied << QString(secretErrors::deniedCode);
        QTest::newRow("no backend") << Operation::Read << int(QKeychain::NoBackendAvailable)
                                    << QStringLiteral("No keychain service available") << Failure::NoBackend
                                    << noService;
        QTest::newRow("not implemented") << Operation::Read << int(QKeychain::NotImplemented) << QString()
                                         << Failure::NoBackend << noService;
        QTest::newRow("libsecret missing") << Operation::Write << int(QKeychain::OtherError)
                                           << QStringLiteral("Unknown error") << Failure::Other << failed;
        QTest::newRow("could not delete") << Operation::Remove << int(QKeychain::CouldNotDeleteEntry)
                                          << QStringLiteral("Could not delete") << Failure::Other << failed;
    }

    void mapping()
    {
        QFETCH(Operation, operation);
        QFETCH(int, keychainError);
        QFETCH(QString, keychainMessage);
        QFETCH(Failure, failure);
        QFETCH(QString, code);

        const SecretStore::Outcome outcome = KeychainSecretStore::outcomeFor(
            operation, keychainError, keychainMessage, QStringLiteral("svc"), QStringLiteral("the-key"));
        QCOMPARE(outcome.failure, failure);
        QCOMPARE(outcome.error.code, code);
        QVERIFY(outcome.value.isEmpty());
        if (failure != Failure::None) {
            QVERIFY(!outcome.error.message.isEmpty());
            QVERIFY(!outcome.error.fix.isEmpty());
            // The log detail keeps what QtKeychain said and which entry it was about.
            QVERIFY(outcome.error.detail.contains(QStringLiteral("svc")));
            QVERIFY(outcome.error.detail.contains(QStringLiteral("the-key")));
            QVERIFY(outcome.error.detail.contains(keychainMessage));
        }
    }

    void otherErrorKeepsTheReportedReason()
    {
        const SecretStore::Outcome outcome = KeychainSecretStore::outcomeFor(
            Operation::Write, QKeychain::OtherError, QStringLiteral("Something odd"), {}, {});
        QVERIFY(outcome.error.cause.contains(QStringLiteral("Something odd")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
