#pragma once

#include "net/NetClock.h"

#include <QList>
#include <QTimeZone>
#include <QTimer>

// A clock for tests: a fixed "now", waits that are recorded and then run at once, and a fixed
// backoff spread (1.0: every backoff wait is its nominal length).
class TestClock : public flexo::NetClock
{
public:
    QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 27, 58), QTimeZone::utc());
    QList<qint64> waits;
    double random = 1.0;

    QDateTime nowUtc() const override { return now; }
    void wait(qint64 ms, QObject *context, std::function<void()> done) override
    {
        waits.append(ms);
        QTimer::singleShot(0, context, std::move(done));
    }
    double randomFraction() override { return random; }
};
