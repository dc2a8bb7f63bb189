#include "secrets/MemorySecretStore.h"

#include "secrets/SecretErrors.h"

namespace flexo {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::setMode(Mode mode)
{
    m_mode = mode;
}

void MemorySecretStore::insert(const QString &service, const QString &key, const QString &value)
{
    m_entries.insert({service, key}, value);
}

bool MemorySecretStore::contains(const QString &service, const QString &key) const
{
    return m_entries.contains({service, key});
}

QString MemorySecretStore::value(const QString &service, const QString &key) const
{
    return m_entries.value({service, key});
}

void MemorySecretStore::start(const Request &request)
{
    ++m_operationCount;
    if (m_mode == Mode::Hang)
        return;

    const bool lockedButHarmless =
        (m_mode == Mode::Locked || m_mode == Mode::NoKeyring) && request.operation != Operation::Write;
    if (m_mode != Mode::Working && !lockedButHarmless) {
        complete(request.id, failureFor(request));
        return;
    }

    const QPair<QString, QString> entry{request.service, request.key};
    switch (request.operation) {
    case Operation::Read:
        if (m_mode == Mode::Working && m_entries.contains(entry)) {
            complete(request.id, {Failure::None, m_entries.value(entry), {}});
        } else {
            complete(request.id, {Failure::NotFound,
                                  {},
                                  secretErrors::notFound(request.service, request.key,
                                                         QStringLiteral("in-memory store: no such entry"))});
        }
        return;
    case Operation::Write:
        m_entries.insert(entry, request.value);
        complete(request.id, {});
        return;
    case Operation::Remove:
        if (m_mode == Mode::Working)
            m_entries.remove(entry);
        complete(request.id, {});
        return;
    }
}

SecretStore::Outcome MemorySecretStore::failureFor(const Request &request) const
{
    const QString detail =
        QStringLiteral("in-memory store in simulated failure mode, %1 of service %2 key %3")
            .arg(operationName(request.operation), request.service, request.key);
    switch (m_mode) {
    case Mode::NoSessionBus:
        return {Failure::NoBackend, {}, secretErrors::noSessionBus(detail)};
    case Mode::NoService:
        return {Failure::NoBackend, {}, secretErrors::noSecretService(detail)};
    case Mode::Locked:
        return {Failure::AccessDenied, {}, secretErrors::locked(detail)};
    case Mode::NoKeyring:
        return {Failure::AccessDenied, {}, secretErrors::noLoginKeyring(detail)};
    case Mode::Denied:
        return {Failure::AccessDenied, {}, secretErrors::deniedByUser(detail)};
    case Mode::Broken:
        return {Failure::Other, {}, secretErrors::failed(QStringLiteral("simulated failure"), detail)};
    case Mode::Working:
    case Mode::Hang:
        break;
    }
    return {};
}

} // namespace flexo
