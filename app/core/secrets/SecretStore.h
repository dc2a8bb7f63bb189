#pragma once

#include "common/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace flexo {

// Where the client secret (and any token kept) lives: the OS keychain in production
// (KeychainSecretStore), an in-memory map in tests (MemorySecretStore).
//
// Every operation is asynchronous and answers exactly once through a callback bound to a context
// object, like QObject::connect with a context:
//   store->write(service, key, secret, this, [this](const SecretStore::Outcome &outcome) {
//       if (!outcome.ok())
//           showError(outcome.error); // message, cause and fix, ready to show as they are
//   });
//   - the callback runs later from the store's event loop (use the store from one thread), never
//     inside read()/write()/remove() itself;
//   - it does not run at all if the context (or the store) is destroyed first, so a page or command
//     that goes away is never called back; a null context means the store itself, and an empty
//     callback means "fire and forget" (the outcome is still logged);
//   - every operation has a timeout (timeout(), 15 s by default): when the backend does not answer
//     in time the callback gets Failure::Timeout, and a late answer is logged and dropped.
//     A timed-out write may still land later: treat Timeout as "outcome unknown".
//     In a desktop session the keyring may show an unlock prompt and wait for the admin; a caller
//     that expects this (saving from the wizard) can raise the timeout with setTimeout().
//
// Nothing ever falls back to a plain file: a failing keychain is reported, never worked around.
// Values are never logged; the log (lcSecrets) names the service, the key and the outcome.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,         // success
        NotFound,     // no entry for this service and key
        AccessDenied, // the keyring is locked, or access was refused at its prompt
        NoBackend,    // no Secret Service reachable (no D-Bus session, no keyring daemon)
        Timeout,      // no answer within timeout()
        Other,
    };
    Q_ENUM(Failure)

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    struct Outcome
    {
        Failure failure = Failure::None;
        QString value; // the secret, for a successful read only
        Error error;   // null on success; otherwise a user-facing message with cause and fix

        [[nodiscard]] bool ok() const { return failure == Failure::None; }
        // The keychain cannot be used right now (no backend, locked or refused, no answer, other failure),
        // as opposed to a missing entry: where a secret must be kept, offer the explicit export instead.
        [[nodiscard]] bool unavailable() const { return !ok() && failure != Failure::NotFound; }
    };
    using Callback = std::function<void(const Outcome &)>;

    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // Reading a missing entry gives NotFound. Note: a locked GNOME keyring looks empty to reads
    // (NotFound, not AccessDenied); call probe() first when that difference matters.
    void read(const QString &service, const QString &key, QObject *context, Callback done);
    // Replaces any existing value.
    void write(const QString &service, const QString &key, const QString &value, QObject *context,
               Callback done);
    // Removing a missing entry succeeds: the result is the same, the entry is gone.
    void remove(const QString &service, const QString &key, QObject *context, Callback done);

    // Finds out whether the store really works (QtKeychain 0.13 has no isAvailable()): writes,
    // reads back and removes a throw-away entry under `service`. Answers with the first failure
    // (e.g. AccessDenied for a locked keyring, NoBackend without a session), or success.
    // Takes up to three timeouts.
    void probe(const QString &service, QObject *context, Callback done);

    [[nodiscard]] static QString operationName(Operation operation);

    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

protected:
    struct Request
    {
        quint64 id = 0;
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QString value; // for a write only
    };

    // Starts the backend work; the subclass answers with complete(request.id, ...), now or later.
    virtual void start(const Request &request) = 0;

    // Delivers the answer to a started request. Answers for requests that already timed out (or
    // were answered) are ignored, so a late backend answer cannot report twice.
    void complete(quint64 id, Outcome outcome);

private:
    struct Pending
    {
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QPointer<QObject> context;
        Callback done;
    };

    void begin(Request request, QObject *context, Callback done);
    void expire(quint64 id);

    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace flexo
