#pragma once

#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace flexo {

// One entry of the system keychain.
struct KeychainEntry
{
    QString service;
    QString key;

    [[nodiscard]] bool operator==(const KeychainEntry &other) const
    {
        return service == other.service && key == other.key;
    }
};

// Where the client secret of a config lives in the keychain, derived here and nowhere else: the
// service is always "flexo-teams-setup" and the key is made of the cloud's sign-in host, the tenant
// GUID and the client ID. A config file cannot choose the entry (its old keychain fields are
// ignored), so a file naming another host, tenant or client finds no secret, and a secret is only
// ever sent to the sign-in host it was saved for.
class KeychainBinding
{
    Q_DECLARE_TR_FUNCTIONS(flexo::KeychainBinding)

public:
    // "flexo-teams-setup".
    [[nodiscard]] static QString service();

    // "<sign-in host[:port]>/<tenant GUID>/<client ID>", in lower case, e.g.
    // "login.microsoftonline.com/8eaef023-2b34-4da1-9baa-8bc8c9d6a490/3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c".
    // Error codes: secrets.binding-no-tenant-id, secrets.binding-no-client-id, cloud.custom-url-*.
    [[nodiscard]] static Result<KeychainEntry> entryFor(const ConnectorConfig &config);

    // The kept monitoring sign-in of the same registration (its refresh token, the account and when it
    // was kept): entryFor()'s key followed by "/kept-sign-in", so it is bound exactly like the secret
    // and never found for another host, tenant or client. Same error codes as entryFor().
    [[nodiscard]] static Result<KeychainEntry> keptSignInEntryFor(const ConnectorConfig &config);

    // The entries earlier versions filed the same registration under ("<tenant>/<client ID>" as
    // typed and in lower case, by tenant GUID and by domain), newest first.
    [[nodiscard]] static QList<KeychainEntry> legacyEntriesFor(const ConnectorConfig &config);
    // Whether such an entry may be moved to entryFor() without asking: only in Microsoft's own clouds,
    // whose sign-in hosts no file can choose. (A custom cloud's file could otherwise claim a real
    // tenant and client and receive their secret.)
    [[nodiscard]] static bool mayAdoptLegacyEntries(const ConnectorConfig &config);

    // Whether two configs are the same app registration: same sign-in host, tenant and client.
    [[nodiscard]] static bool sameRegistration(const ConnectorConfig &a, const ConnectorConfig &b);

private:
    [[nodiscard]] static Result<QString> signInHost(const ConnectorConfig &config);
};

} // namespace flexo
