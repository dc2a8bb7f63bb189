#include "net/RetryPolicy.h"

#include <QTest>

using namespace flexo;

// The three rules of net/README.md, as numbers.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("identity");
        QTest::addColumn<bool>("graph");
        QTest::newRow("200") << 200 << false << false;
        QTest::newRow("400") << 400 << false << false;
        QTest::newRow("429") << 429 << false << true;
        QTest::newRow("500") << 500 << true << false;
        QTest::newRow("502") << 502 << true << false;
        QTest::newRow("503") << 503 << true << true;
        QTest::newRow("504") << 504 << true << true;
        QTest::newRow("599") << 599 << true << false;
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(bool, identity);
        QFETCH(bool, graph);
        QCOMPARE(RetryPolicy::identity().retriesStatus(status), identity);
        QCOMPARE(RetryPolicy::graph().retriesStatus(status), graph);
        QVERIFY(!RetryPolicy::none().retriesStatus(status));
    }

    void identityWaits()
    {
        const RetryPolicy policy = RetryPolicy::identity();
        QCOMPARE(policy.waitBefore(0, -1, 0.3), std::optional<qint64>(1000));
        QCOMPARE(policy.waitBefore(0, 1500, 0.3), std::optional<qint64>(1500));
        QCOMPARE(policy.waitBefore(0, 60000, 0.3), std::optional<qint64>(5000)); // capped, still once
        QCOMPARE(policy.waitBefore(1, -1, 0.3), std::nullopt);                   // once only
    }

    // Bounded exponential backoff: 1, 2, 4 s nominal, each wait between half and all of it.
    void graphBackoffWithJitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("waits");
        QTest::newRow("least") << 0.0 << QList<qint64>{500, 1000, 2000};
        QTest::newRow("half") << 0.5 << QList<qint64>{750, 1500, 3000};
        QTest::newRow("most") << 1.0 << QList<qint64>{1000, 2000, 4000};
    }

    void graphBackoffWithJitter()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, waits);
        const RetryPolicy policy = RetryPolicy::graph();
        QList<qint64> got;
        for (int repeat = 0; repeat < 4; ++repeat) {
            if (const auto wait = policy.waitBefore(repeat, -1, random))
                got << *wait;
        }
        QCOMPARE(got, waits);
    }

    void graphBackoffIsBounded()
    {
        RetryPolicy policy = RetryPolicy::graph();
        policy.maxRetries = 10;
        for (int repeat = 0; repeat < 10; ++repeat)
            QVERIFY(*policy.waitBefore(repeat, -1, 1.0) <= policy.maxBackoffMs);
    }

    void graphRetryAfter()
    {
        const RetryPolicy policy = RetryPolicy::graph();
        QCOMPARE(policy.waitBefore(0, 2128, 0.0), std::optional<qint64>(2128)); // as asked, no jitter
        QCOMPARE(policy.waitBefore(2, 30000, 0.0), std::optional<qint64>(30000));
        QCOMPARE(policy.waitBefore(0, 30001, 0.0), std::nullopt); // longer: no retry, the answer stands
    }

    // The longest a call can take: what the README promises.
    void longest()
    {
        QCOMPARE(RetryPolicy::identity().longestMs(30000), qint64(2 * 30000 + 5000));
        QCOMPARE(RetryPolicy::graph().longestMs(30000), qint64(4 * 30000 + 3 * 30000));
        QCOMPARE(RetryPolicy::none().longestMs(30000), qint64(30000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
