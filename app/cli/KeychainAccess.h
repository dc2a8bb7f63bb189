#pragma once

#include "diagnosis/SecretKeeper.h"

namespace flexo::cli {

// The keychain for commands that do one thing and exit (export, import): each call waits in a local
// event loop until the keychain answers, within its timeout. The entry is always the one bound to the
// config (SecretKeeper).
class KeychainAccess
{
public:
    explicit KeychainAccess(SecretKeeper *keeper);

    [[nodiscard]] SecretKeeper::Lookup read(const ConnectorConfig &config);
    // A null error on success; `entry` receives where the secret went.
    [[nodiscard]] Error write(const ConnectorConfig &config, const QString &secret, KeychainEntry *entry);

private:
    SecretKeeper *m_keeper = nullptr;
};

} // namespace flexo::cli
