#include "cli/KeychainAccess.h"

#include <QEventLoop>

namespace flexo::cli {

KeychainAccess::KeychainAccess(SecretKeeper *keeper)
    : m_keeper(keeper)
{}

SecretKeeper::Lookup KeychainAccess::read(const ConnectorConfig &config)
{
    SecretKeeper::Lookup result;
    QEventLoop loop;
    // The keeper always answers from the event loop (never inside the call), within its timeout.
    m_keeper->read(config, &loop, [&result, &loop](const SecretKeeper::Lookup &lookup) {
        result = lookup;
        loop.quit();
    });
    loop.exec();
    return result;
}

Error KeychainAccess::write(const ConnectorConfig &config, const QString &secret, KeychainEntry *entry)
{
    Error result;
    QEventLoop loop;
    m_keeper->write(config, secret, &loop, [&](const Error &error, const KeychainEntry &written) {
        result = error;
        if (entry)
            *entry = written;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace flexo::cli
