#include "TestKeychain.h"

#include <QtTest>

std::optional<QString> TestKeychain::read(const flexo::KeychainEntry &entry)
{
    std::optional<flexo::SecretStore::Outcome> answer;
    m_store.read(entry.service, entry.key, this,
                 [&](const flexo::SecretStore::Outcome &outcome) { answer = outcome; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        qFatal("the keychain did not answer");
    if (answer->failure == flexo::SecretStore::Failure::NotFound)
        return std::nullopt;
    if (!answer->ok())
        qFatal("keychain read failed: %s", qPrintable(answer->error.detail));
    return answer->value;
}

void TestKeychain::write(const flexo::KeychainEntry &entry, const QString &value)
{
    bool done = false;
    m_store.write(entry.service, entry.key, value, this, [&](const flexo::SecretStore::Outcome &outcome) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.detail));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    m_written << entry;
}

void TestKeychain::remove(const flexo::KeychainEntry &entry)
{
    bool done = false;
    m_store.remove(entry.service, entry.key, this, [&](const flexo::SecretStore::Outcome &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
}

void TestKeychain::removeWritten()
{
    for (const flexo::KeychainEntry &entry : std::as_const(m_written))
        remove(entry);
    m_written.clear();
}
