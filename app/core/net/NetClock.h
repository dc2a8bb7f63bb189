#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace flexo {

// The time source, timer and dice of the network layer. Retry waits go through it so that tests can
// record the waits and run them at once instead of sleeping, with a backoff they can predict.
class NetClock
{
public:
    virtual ~NetClock();

    [[nodiscard]] virtual QDateTime nowUtc() const;
    // Calls `done` after `ms` milliseconds unless `context` is destroyed first.
    virtual void wait(qint64 ms, QObject *context, std::function<void()> done);
    // A number in [0, 1) that spreads backoff waits (RetryPolicy::waitBefore).
    [[nodiscard]] virtual double randomFraction();

    // The real clock, shared (it has no state).
    [[nodiscard]] static NetClock *system();
};

} // namespace flexo
