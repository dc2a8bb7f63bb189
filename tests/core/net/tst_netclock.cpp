#include "net/NetClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <map>

// The real clock's waits are what Retry-After is honoured with: a repeat sent before the service's
// quiet time is up breaks the promise and meets the host's pause once more.
class TstNetClock : public QObject
{
    Q_OBJECT

private slots:
    void waitsNeverEndEarly();
};

void TstNetClock::waitsNeverEndEarly()
{
    // Long waits are where Qt's default timers may fire up to 5 % early; several at once so the
    // run stays short.
    const QList<qint64> waits{2000, 2150, 2400, 2950, 3000};
    std::map<qint64, qint64> firedAfter;
    QObject context;
    QElapsedTimer elapsed;
    elapsed.start();
    for (const qint64 ms : waits)
        flexo::NetClock::system()->wait(ms, &context,
                                        [&firedAfter, &elapsed, ms] { firedAfter[ms] = elapsed.elapsed(); });
    QTRY_COMPARE_WITH_TIMEOUT(firedAfter.size(), size_t(waits.size()), 10000);
    for (const qint64 ms : waits)
        QVERIFY2(firedAfter[ms] >= ms,
                 qPrintable(QStringLiteral("%1 ms wait ended after %2 ms").arg(ms).arg(firedAfter[ms])));
}

QTEST_GUILESS_MAIN(TstNetClock)
#include "tst_netclock.moc"
