#pragma once

#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QObject>
#include <QTest>

#include <optional>

// Runs one store operation and waits for its answer, for tests of the asynchronous store.
// Keeps every answer, so a test can also check that an operation answered exactly once.
class OutcomeWaiter : public QObject
{
    Q_OBJECT

public:
    using Outcome = flexo::SecretStore::Outcome;

    [[nodiscard]] flexo::SecretStore::Callback callback()
    {
        return [this](const Outcome &outcome) { m_outcomes.append(outcome); };
    }

    // Waits (up to `ms`) until at least `count` answers arrived.
    [[nodiscard]] bool waitFor(int count = 1, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return m_outcomes.size() >= count; }, ms);
    }

    [[nodiscard]] const QList<Outcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] const Outcome &last() const { return m_outcomes.constLast(); }

private:
    QList<Outcome> m_outcomes;
};

// The answer of one operation, or nothing when none came within `ms`.
template<typename Start> std::optional<flexo::SecretStore::Outcome> await(Start start, int ms = 10000)
{
    OutcomeWaiter waiter;
    start(&waiter, waiter.callback());
    if (!waiter.waitFor(1, ms))
        return std::nullopt;
    return waiter.last();
}

[[nodiscard]] inline bool succeeded(const std::optional<flexo::SecretStore::Outcome> &outcome)
{
    return outcome && outcome->ok();
}

// Files under `dir` (sockets and other special files skipped) whose bytes contain `needle`.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}
