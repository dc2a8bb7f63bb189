#pragma once

#include "cloud/KeychainBinding.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace flexo {

// The client secret of a config in the keychain, always under the entry KeychainBinding derives from
// the config's cloud, tenant and client: `import`, the wizard, `export` and `diagnose` all come here.
// A secret an earlier version filed under "<tenant>/<client ID>" is moved to that entry the first time
// it is looked for (once: the old entry is removed), in Microsoft's own clouds only.
class SecretKeeper : public QObject
{
    Q_OBJECT

public:
    struct Lookup
    {
        QString secret;        // normalised; empty when none was found
        KeychainEntry entry;   // the bound entry (empty when none could be derived)
        Error error;           // why there is no secret: no binding, no entry, or the keychain failed
        bool migrated = false; // found under an earlier version's entry and moved to `entry`

        [[nodiscard]] bool found() const { return !secret.isEmpty(); }
    };
    using LookupCallback = std::function<void(const Lookup &)>;
    using WriteCallback = std::function<void(const Error &error, const KeychainEntry &entry)>;

    explicit SecretKeeper(SecretStore *store, QObject *parent = nullptr);

    [[nodiscard]] SecretStore *store() const { return m_store; }

    // `done` runs once, later, unless `context` is destroyed first. Error codes: those of
    // KeychainBinding::entryFor(), secrets.not-found, and the store's (secrets.*).
    void read(const ConnectorConfig &config, QObject *context, LookupCallback done);
    // Stores `secret` under the bound entry; a null error on success.
    void write(const ConnectorConfig &config, const QString &secret, QObject *context, WriteCallback done);

private:
    void readLegacy(const ConnectorConfig &config, QList<KeychainEntry> remaining, Lookup lookup,
                    QPointer<QObject> context, LookupCallback done);
    void adopt(const KeychainEntry &legacy, const QString &secret, Lookup lookup, QPointer<QObject> context,
               LookupCallback done);
    [[nodiscard]] static Error notFound(const ConnectorConfig &config, const KeychainEntry &entry);

    SecretStore *m_store = nullptr;
};

} // namespace flexo
