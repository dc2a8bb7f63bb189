#pragma once

#include "secrets/SecretStore.h"

namespace flexo::cli {

// The keychain for commands that do one thing and exit (export, import): each call runs the
// application's event loop until the store answers. Only for use outside a running event loop.
class KeychainAccess
{
public:
    explicit KeychainAccess(SecretStore *store);

    [[nodiscard]] SecretStore::Outcome read(const QString &service, const QString &key);
    [[nodiscard]] SecretStore::Outcome write(const QString &service, const QString &key,
                                             const QString &value);

private:
    template<typename Start> SecretStore::Outcome wait(Start start);

    SecretStore *m_store = nullptr;
};

} // namespace flexo::cli
