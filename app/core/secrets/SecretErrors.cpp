#include "secrets/SecretErrors.h"

#include <QCoreApplication>

#include <algorithm>

namespace flexo::secretErrors {

namespace {

// The commands are kept out of the translated text so that a translation cannot break them.
QString unlockInThisSession()
{
    return QStringLiteral("gnome-keyring-daemon --unlock --components=secrets");
}

} // namespace

bool isUnavailable(const Error &error)
{
    return error.code.startsWith(QLatin1String("secrets.")) && error.code != notFoundCode;
}

Error noSessionBus(const QString &detail)
{
    return Error::make(
        QString(noSessionBusCode),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "The keychain is unavailable: this session has no D-Bus session bus, so no keyring service can "
            "be reached."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "This is usual over SSH or on a server without a desktop: nothing has started a Secret Service "
            "such as GNOME Keyring or KWallet."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Sign in to a desktop session, or start one in a terminal: run “%1”, then in that shell "
            "run “%2”, type your keyring password (or a new one if you have no "
            "keyring yet) and press Enter, then start this tool again from the "
            "same shell.")
            .arg(QStringLiteral("dbus-run-session -- bash"), unlockInThisSession()),
        detail);
}

Error noSecretService(const QString &detail)
{
    return Error::make(
        QString(noServiceCode),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "The keychain is unavailable: no Secret Service (such as GNOME Keyring or KWallet) answers in "
            "this session."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "A D-Bus session is running, but no keyring program is installed or started for it."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Install gnome-keyring if it is missing, then sign in to a desktop session, or run “%1” in this "
            "session, type your keyring password (or a new one if you have no keyring yet) and press "
            "Enter, and try again.")
            .arg(unlockInThisSession()),
        detail);
}

Error locked(const QString &detail)
{
    return Error::make(
        QString(lockedCode),
        QCoreApplication::translate("flexo::SecretStore",
                                    "The keychain is unavailable: the login keyring is locked."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "A secret can only be saved in an unlocked keyring, and no unlock prompt could be shown here "
            "(for example over SSH or without a desktop session)."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the "
            "desktop, then try again. Without a desktop: stop the keyring daemon of this session, run “%1”, "
            "type the keyring password and press Enter, and try again.")
            .arg(unlockInThisSession()),
        detail);
}

Error noLoginKeyring(const QString &detail)
{
    return Error::make(
        QString(noKeyringCode),
        QCoreApplication::translate("flexo::SecretStore",
                                    "The keychain is unavailable: there is no login keyring yet, "
                                    "and it cannot be created here."),
        QCoreApplication::translate("flexo::SecretStore",
                                    "Creating the keyring needs a password prompt, which cannot "
                                    "be shown in this session (for example over SSH or without a "
                                    "desktop session)."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Sign in to the desktop once so that the login keyring is created (or create it in "
            "Passwords and Keys, also called Seahorse), then try again. Without a desktop: stop "
            "the keyring daemon of this session, run “%1”, type a new password for the keyring and press "
            "Enter, and try again.")
            .arg(unlockInThisSession()),
        detail);
}

Error deniedByUser(const QString &detail)
{
    return Error::make(
        QString(deniedCode),
        QCoreApplication::translate("flexo::SecretStore", "The keychain refused access to the secret."),
        QCoreApplication::translate("flexo::SecretStore",
                                    "Access was declined when the keyring asked for permission."),
        QCoreApplication::translate("flexo::SecretStore",
                                    "Try again and allow access when the keyring asks."),
        detail);
}

Error timedOut(std::chrono::milliseconds timeout, const QString &detail)
{
    const qint64 seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
    return Error::make(
        QString(timeoutCode),
        seconds == 1 ? QCoreApplication::translate("flexo::SecretStore",
                                                   "The keychain did not answer within 1 second.")
                     : QCoreApplication::translate("flexo::SecretStore",
                                                   "The keychain did not answer within %1 seconds.")
                           .arg(seconds),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "The keyring service may be waiting for an unlock prompt that cannot be shown (for example over "
            "SSH), or it is stuck."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the "
            "desktop, then try again. If it keeps happening, log out and in again to restart the keyring "
            "service."),
        detail);
}

Error notFound(const QString &service, const QString &key, const QString &detail)
{
    return Error::make(
        QString(notFoundCode),
        QCoreApplication::translate("flexo::SecretStore", "The keychain holds no secret named “%1” for “%2”.")
            .arg(key, service),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "It was never saved on this computer for this user account, it was removed, or the keyring is "
            "locked (a locked keyring looks empty)."),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Enter the client secret again so it can be saved, or check that the configuration names the "
            "right keychain entry."),
        detail);
}

Error failed(const QString &reported, const QString &detail)
{
    return Error::make(
        QString(failedCode),
        QCoreApplication::translate("flexo::SecretStore", "The keychain could not complete the request."),
        reported.isEmpty()
            ? QCoreApplication::translate("flexo::SecretStore", "It gave no reason.")
            : QCoreApplication::translate("flexo::SecretStore", "It reported: %1").arg(reported),
        QCoreApplication::translate(
            "flexo::SecretStore",
            "Check that a keyring service (GNOME Keyring or KWallet) and libsecret are installed and that "
            "you are signed in to a desktop session, then try again."),
        detail);
}

} // namespace flexo::secretErrors
