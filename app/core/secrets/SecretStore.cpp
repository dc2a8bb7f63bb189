#include "secrets/SecretStore.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "secrets/SecretErrors.h"

#include <QMetaObject>
#include <QTimer>
#include <QUuid>

namespace flexo {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &service, const QString &key, QObject *context, Callback done)
{
    begin({0, Operation::Read, service, key, {}}, context, std::move(done));
}

void SecretStore::write(const QString &service, const QString &key, const QString &value, QObject *context,
                        Callback done)
{
    begin({0, Operation::Write, service, key, value}, context, std::move(done));
}

void SecretStore::remove(const QString &service, const QString &key, QObject *context, Callback done)
{
    begin({0, Operation::Remove, service, key, {}}, context, std::move(done));
}

void SecretStore::probe(const QString &service, QObject *context, Callback done)
{
    // A fresh entry each time, so that two programs probing at once cannot read each other's value.
    const QString key =
        QStringLiteral("keychain-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QPointer<QObject> guard(context ? context : this);
    const auto finish = [guard, done](Outcome outcome) {
        outcome.value.clear();
        if (guard && done)
            done(outcome);
    };

    write(service, key, value, this, [this, service, key, value, finish](const Outcome &written) {
        if (!written.ok()) {
            finish(written);
            return;
        }
        read(service, key, this, [this, service, key, value, finish](const Outcome &readBack) {
            Outcome result = readBack;
            if (readBack.ok() && readBack.value != value) {
                result.failure = Failure::Other;
                result.error = secretErrors::failed(
                    {},
                    QStringLiteral("probe of service %1: the value read back differs from the one written")
                        .arg(service));
            }
            // Clean up even after a failed read: the write did land.
            remove(service, key, this,
                   [finish, result](const Outcome &removed) { finish(result.ok() ? removed : result); });
        });
    });
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

void SecretStore::begin(Request request, QObject *context, Callback done)
{
    request.id = m_nextId++;
    m_pending.insert(request.id, Pending{request.operation, request.service, request.key,
                                         context ? context : this, std::move(done)});
    qCDebug(lcSecrets).nospace().noquote()
        << operationName(request.operation) << " service=" << request.service << " key=" << request.key
        << " started";
    const quint64 id = request.id;
    QTimer::singleShot(m_timeout, this, [this, id] { expire(id); });
    start(request);
}

void SecretStore::expire(quint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    complete(id, {Failure::Timeout,
                  {},
                  secretErrors::timedOut(m_timeout,
                                         QStringLiteral("%1 of service %2 key %3: no answer within %4 ms")
                                             .arg(operationName(it->operation), it->service, it->key)
                                             .arg(m_timeout.count()))});
}

void SecretStore::complete(quint64 id, Outcome outcome)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCInfo(lcSecrets) << "ignoring a late keychain answer for an operation that already ended:"
                          << outcome.failure;
        return;
    }
    Pending pending = std::move(it.value());
    m_pending.erase(it);

    if (outcome.ok()) {
        qCInfo(lcSecrets).nospace().noquote()
            << operationName(pending.operation) << " service=" << pending.service << " key=" << pending.key
            << " ok";
    } else {
        qCInfo(lcSecrets).nospace().noquote()
            << operationName(pending.operation) << " service=" << pending.service << " key=" << pending.key
            << " failed: " << outcome.failure << " " << outcome.error.code << " (" << outcome.error.detail
            << ")";
    }
    if (pending.operation != Operation::Read || !outcome.ok())
        outcome.value.clear();
    else
        registerSensitiveValue(outcome.value); // scrubbed from every log line and report from now on

    // Always later, never from inside read()/write()/remove(), and only while the context lives. Posted
    // to the store so that destroying the store also drops answers not yet delivered.
    QMetaObject::invokeMethod(
        this,
        [context = pending.context, done = std::move(pending.done), outcome = std::move(outcome)] {
            if (context && done)
                done(outcome);
        },
        Qt::QueuedConnection);
}

QString SecretStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace flexo
