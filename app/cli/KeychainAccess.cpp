#include "cli/KeychainAccess.h"

#include <QCoreApplication>

namespace flexo::cli {

KeychainAccess::KeychainAccess(SecretStore *store)
    : m_store(store)
{}

template<typename Start> SecretStore::Outcome KeychainAccess::wait(Start start)
{
    SecretStore::Outcome result;
    QObject context;
    // The store always answers from the event loop (never inside the call), within its timeout.
    start(&context, [&result](const SecretStore::Outcome &outcome) {
        result = outcome;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return result;
}

SecretStore::Outcome KeychainAccess::read(const QString &service, const QString &key)
{
    return wait([&](QObject *context, SecretStore::Callback done) {
        m_store->read(service, key, context, std::move(done));
    });
}

SecretStore::Outcome KeychainAccess::write(const QString &service, const QString &key, const QString &value)
{
    return wait([&](QObject *context, SecretStore::Callback done) {
        m_store->write(service, key, value, context, std::move(done));
    });
}

} // namespace flexo::cli
