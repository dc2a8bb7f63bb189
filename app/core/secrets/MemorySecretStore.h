#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QPair>

namespace flexo {

// A SecretStore in memory, for tests (including the wizard's): the same asynchronous contract and
// timeout as the keychain, plus switches that make it behave like a broken keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class Mode {
        Working,
        NoSessionBus, // every operation fails with NoBackend, as without a D-Bus session
        NoService,    // every operation fails with NoBackend, as without a keyring daemon
        Locked,       // writes fail with AccessDenied; reads find nothing; removes succeed (like libsecret)
        NoKeyring,    // like Locked, but there is no login keyring at all
        Denied,       // every operation fails with AccessDenied, as when a prompt is declined
        Hang,         // nothing ever answers, so every operation ends with Timeout
        Broken,       // every operation fails with Other
    };
    Q_ENUM(Mode)

    explicit MemorySecretStore(QObject *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // Direct access for test set-up and assertions, without the asynchronous round trip.
    void insert(const QString &service, const QString &key, const QString &value);
    [[nodiscard]] bool contains(const QString &service, const QString &key) const;
    [[nodiscard]] QString value(const QString &service, const QString &key) const;
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

    // How many operations were started, to check that code under test did (or did not) use the store.
    [[nodiscard]] int operationCount() const { return m_operationCount; }

protected:
    void start(const Request &request) override;

private:
    [[nodiscard]] Outcome failureFor(const Request &request) const;

    QHash<QPair<QString, QString>, QString> m_entries;
    Mode m_mode = Mode::Working;
    int m_operationCount = 0;
};

} // namespace flexo
