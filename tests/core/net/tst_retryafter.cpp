#include "net/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using flexo::RetryAfter;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: unusable

        QTest::newRow("seconds") << QByteArray("10") << qint64(10000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray("  2 ") << qint64(2000);
        QTest::newRow("fractional") << QByteArray("0.5") << qint64(500);
        QTest::newRow("graph fractional") << QByteArray("2.128") << qint64(2128);
        QTest::newRow("imf date, 2 s ahead") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(2000);
        QTest::newRow("imf date in the past") << QByteArray("Wed, 21 Oct 2026 07:00:00 GMT") << qint64(0);
        QTest::newRow("obsolete rfc 850 date: unusable")
            << QByteArray("Wednesday, 21-Oct-26 07:28:00 GMT") << qint64(-1);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:30 2026") << qint64(32000);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("nan") << QByteArray("nan") << qint64(-1);
    }

    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 58), QTimeZone::utc());
        const std::optional<qint64> parsed = RetryAfter::parse(value, now);
        if (expectedMs == -1) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, expectedMs);
        }
    }

    void httpDateIsUtc()
    {
        const QDateTime when = RetryAfter::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(when.isValid());
        QCOMPARE(when.toUTC(), QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
