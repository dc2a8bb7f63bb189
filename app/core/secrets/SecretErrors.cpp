#include "secrets/SecretErrors.h"

#include <QCoreApplication>

#include <algorithm>

namespace flexo::secretErrors {

namespace {

// The words of the keychain errors, in the secret store's translation context.
struct SecretText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::SecretStore)
};

} // namespace

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
        SecretText::tr(
            "The keychain is unavailable: this session has no D-Bus session bus, so no keyring service can "
            "be reached."),
        SecretText::tr(
            "This is usual over SSH or on a server without a desktop: nothing has started a Secret Service "
            "such as GNOME Keyring or KWallet."),
        SecretText::tr(
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
        SecretText::tr(
            "The keychain is unavailable: no Secret Service (such as GNOME Keyring or KWallet) answers in "
            "this session."),
        SecretText::tr("A D-Bus session is running, but no keyring program is installed or started for it."),
        SecretText::tr(
            "Install gnome-keyring if it is missing, then sign in to a desktop session, or run “%1” in this "
            "session, type your keyring password (or a new one if you have no keyring yet) and press "
            "Enter, and try again.")
            .arg(unlockInThisSession()),
        detail);
}

Error locked(const QString &detail)
{
    return Error::make(
        QString(lockedCode), SecretText::tr("The keychain is unavailable: the login keyring is locked."),
        SecretText::tr(
            "A secret can only be saved in an unlocked keyring, and no unlock prompt could be shown here "
            "(for example over SSH or without a desktop session)."),
        SecretText::tr(
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
        SecretText::tr("The keychain is unavailable: there is no login keyring yet, "
                       "and it cannot be created here."),
        SecretText::tr("Creating the keyring needs a password prompt, which cannot "
                       "be shown in this session (for example over SSH or without a "
                       "desktop session)."),
        SecretText::tr(
            "Sign in to the desktop once so that the login keyring is created (or create it in "
            "Passwords and Keys, also called Seahorse), then try again. Without a desktop: stop "
            "the keyring daemon of this session, run “%1”, type a new password for the keyring and press "
            "Enter, and try again.")
            .arg(unlockInThisSession()),
        detail);
}

Error deniedByUser(const QString &detail)
{
    return Error::make(QString(deniedCode), SecretText::tr("The keychain refused access to the secret."),
                       SecretText::tr("Access was declined when the keyring asked for permission."),
                       SecretText::tr("Try again and allow access when the keyring asks."), detail);
}

Error timedOut(std::chrono::milliseconds timeout, const QString &detail)
{
    const qint64 seconds = std::max<qint64>(1, (timeout.count() + 999) / 1000);
    return Error::make(
        QString(timeoutCode),
        seconds == 1 ? SecretText::tr("The keychain did not answer within 1 second.")
                     : SecretText::tr("The keychain did not answer within %1 seconds.").arg(seconds),
        SecretText::tr(
            "The keyring service may be waiting for an unlock prompt that cannot be shown (for example over "
            "SSH), or it is stuck."),
        SecretText::tr(
            "Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the "
            "desktop, then try again. If it keeps happening, log out and in again to restart the keyring "
            "service."),
        detail);
}

Error notFound(const QString &service, const QString &key, const QString &detail)
{
    return Error::make(
        QString(notFoundCode),
        SecretText::tr("The keychain holds no secret named “%1” for “%2”.").arg(key, service),
        SecretText::tr(
            "It was never saved on this computer for this user account, it was removed, or the keyring is "
            "locked (a locked keyring looks empty)."),
        SecretText::tr(
            "Enter the client secret again so it can be saved, or check that the configuration names the "
            "right keychain entry."),
        detail);
}

Error failed(const QString &reported, const QString &detail)
{
    return Error::make(
        QString(failedCode), SecretText::tr("The keychain could not complete the request."),
        reported.isEmpty() ? SecretText::tr("It gave no reason.")
                           : SecretText::tr("It reported: %1").arg(reported),
        SecretText::tr(
            "Check that a keyring service (GNOME Keyring or KWallet) and libsecret are installed and that "
            "you are signed in to a desktop session, then try again."),
        detail);
}

} // namespace flexo::secretErrors
