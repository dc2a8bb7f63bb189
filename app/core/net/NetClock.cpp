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
    QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, ms)), context, std::move(done));
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
