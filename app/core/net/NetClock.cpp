#include "net/NetClock.h"

#include <QRandomGenerator>
#include <QTimer>

namespace flexo {

NetClock::~NetClock() = default;

QDateTime NetClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void NetClock::wait(qint64 ms, QObject *context, std::function<void()> done)
{
    // Qt picks a coarse timer for waits of 2 s and more, which may end up to 5 % early: a repeat
    // sent before the service's Retry-After is up is throttled again.
    QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, ms)), Qt::PreciseTimer, context,
                       std::move(done));
}

double NetClock::randomFraction()
{
    return QRandomGenerator::global()->generateDouble();
}

NetClock *NetClock::system()
{
    static NetClock clock;
    return &clock;
}

} // namespace flexo
