#include "checks/CheckResult.h"

#include <QTest>

using namespace flexo;

class TestCheckResult : public QObject
{
    Q_OBJECT

private slots:
    void worst_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("expected");
        auto s = [](CheckStatus st) { return static_cast<int>(st); };
        QTest::newRow("empty") << QList<int>{} << s(CheckStatus::Passed);
        QTest::newRow("all passed") << QList<int>{s(CheckStatus::Passed), s(CheckStatus::Passed)}
                                    << s(CheckStatus::Passed);
        QTest::newRow("skip beats pass") << QList<int>{s(CheckStatus::Passed), s(CheckStatus::Skipped)}
                                         << s(CheckStatus::Skipped);
        QTest::newRow("warning") << QList<int>{s(CheckStatus::Warning), s(CheckStatus::Skipped)}
                                 << s(CheckStatus::Warning);
        QTest::newRow("failed wins") << QList<int>{s(CheckStatus::Failed), s(CheckStatus::Warning)}
                                     << s(CheckStatus::Failed);
        QTest::newRow("running ignored") << QList<int>{s(CheckStatus::Running), s(CheckStatus::Passed)}
                                         << s(CheckStatus::Passed);
    }

    void worst()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, expected);
        QList<CheckResult> results;
        for (int st : statuses) {
            CheckResult r;
            r.status = static_cast<CheckStatus>(st);
            results << r;
        }
        QCOMPARE(static_cast<int>(worstOf(results)), expected);
    }

    void names()
    {
        QCOMPARE(statusName(CheckStatus::Failed), QStringLiteral("failed"));
        QCOMPARE(statusName(CheckStatus::Warning), QStringLiteral("warning"));
    }
};

QTEST_GUILESS_MAIN(TestCheckResult)
#include "tst_checkresult.moc"
