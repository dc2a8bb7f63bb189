#pragma once

#include "cloud/KeychainBinding.h"
#include "secrets/KeychainSecretStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The real keychain as a test uses it: each job waited for, and what the test (or the program under
// test) wrote removed again by removeWritten().
class TestKeychain : public QObject
{
public:
    // The value stored under `entry`; none when there is no such entry. Any other failure ends the test run.
    [[nodiscard]] std::optional<QString> read(const flexo::KeychainEntry &entry);
    void write(const flexo::KeychainEntry &entry, const QString &value);
    void remove(const flexo::KeychainEntry &entry);
    // An entry the program under test wrote, to be removed with the test's own.
    void remember(const flexo::KeychainEntry &entry) { m_written << entry; }
    void removeWritten();

private:
    flexo::KeychainSecretStore m_store;
    QList<flexo::KeychainEntry> m_written;
};
