#pragma once

#include "secrets/SecretStore.h"

namespace flexo {

// The OS keychain through QtKeychain (libsecret and the Secret Service on Linux, i.e. GNOME Keyring
// or KWallet). Entries are stored under (service, key); values are text.
//
// Facts of QtKeychain 0.13 that shape this class:
// - every job has our own timeout (SecretStore::timeout()), because libsecret can hang forever;
//   an abandoned job is left to finish on its own, and its late answer is ignored;
// - QtKeychain runs one job at a time for the whole process, so after a hang the following
//   operations wait behind it and time out too, until the stuck job ends;
// - the backend is chosen once per process, and the insecure plain-text fallback is switched off
//   on every job;
// - libsecret delivers its answers through the GLib main loop: do not run with QT_NO_GLIB=1.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    // Turns a QtKeychain result (QKeychain::Error as int, errorString()) into our outcome. On Linux
    // with libsecret: no session bus gives OtherError "Cannot autolaunch D-Bus ..." (NoBackend), a
    // locked keyring gives AccessDenied "... locked collection" (AccessDenied, asks to unlock), a
    // missing entry gives EntryNotFound (NotFound; success for a remove).
    [[nodiscard]] static Outcome outcomeFor(Operation operation, int keychainError,
                                            const QString &keychainMessage, const QString &service,
                                            const QString &key);

protected:
    void start(const Request &request) override;
};

} // namespace flexo
