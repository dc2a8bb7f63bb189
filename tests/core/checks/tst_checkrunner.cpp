#include "FakeCheck.h"
#include "checks/CheckRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace flexo;
using namespace std::chrono_literals;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);

CheckContext testContext(const QString &secret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_"))
{
    CheckContext context;
    context.secret = secret;
    context.clock = [] { return fixedNow; };
    return context;
}

FakeCheck *add(CheckRunner &runner, FakeCheck *check)
{
    runner.addCheck(std::unique_ptr<Check>(check));
    return check;
}

QStringList ids(const QList<CheckResult> &results)
{
    QStringList list;
    for (const CheckResult &result : results)
        list << result.id;
    return list;
}

QList<CheckResult> finishedResults(QSignalSpy &spy)
{
    return spy.isEmpty() ? QList<CheckResult>{} : spy.last().at(0).value<QList<CheckResult>>();
}

} // namespace

class TestCheckRunner : public QObject
{
    Q_OBJECT

private slots:
    void prerequisitesRunFirst()
    {
        CheckRunner runner(testContext());
        add(runner, new FakeCheck(QStringLiteral("config")));
        add(runner, new FakeCheck(QStringLiteral("discovery"), {QStringLiteral("config")}))
            ->finishing(FakeCheck::Finish::AfterDelay, 5);
        add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(started.count(), 3);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("config"));
        QCOMPARE(started.at(1).at(0).toString(), QStringLiteral("discovery"));
        QCOMPARE(started.at(2).at(0).toString(), QStringLiteral("app-credentials"));
        const auto results = finishedResults(finished);
        QCOMPARE(ids(results), QStringList({QStringLiteral("config"), QStringLiteral("discovery"),
                                            QStringLiteral("app-credentials")}));
        for (const CheckResult &result : results) {
            QCOMPARE(result.status, CheckStatus::Passed);
            QCOMPARE(result.finishedAt, fixedNow);
            QVERIFY(result.durationMs >= 0);
        }
        QCOMPARE(worstOf(results), CheckStatus::Passed);
        QVERIFY(!runner.isRunning());
    }

    void failedPrerequisiteSkipsDependentsWithReason()
    {
        CheckRunner runner(testContext());
        add(runner, new FakeCheck(QStringLiteral("discovery"), {}, CheckStatus::Failed));
        auto *app =
            add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        auto *signIn =
            add(runner, new FakeCheck(QStringLiteral("sign-in"), {QStringLiteral("app-credentials")}));
        auto *independent = add(runner, new FakeCheck(QStringLiteral("config")));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finishedChecks.count(), 4);
        QCOMPARE(app->starts, 0);
        QCOMPARE(signIn->starts, 0);
        QCOMPARE(independent->starts, 1);
        QCOMPARE(runner.result(QStringLiteral("discovery")).status, CheckStatus::Failed);
        const CheckResult skipped = runner.result(QStringLiteral("app-credentials"));
        QCOMPARE(skipped.status, CheckStatus::Skipped);
        QCOMPARE(skipped.summary, QStringLiteral("skipped because 'Title of discovery' failed"));
        QCOMPARE(runner.result(QStringLiteral("sign-in")).summary,
                 QStringLiteral("skipped because 'Title of app-credentials' was skipped"));
        QCOMPARE(runner.result(QStringLiteral("config")).status, CheckStatus::Passed);
        QCOMPARE(worstOf(finishedResults(finished)), CheckStatus::Failed);
    }

    void warningPrerequisiteLetsDependentsRun()
    {
        CheckRunner runner(testContext());
        add(runner, new FakeCheck(QStringLiteral("config"), {}, CheckStatus::Warning));
        auto *expiry =
            add(runner, new FakeCheck(QStringLiteral("secret-expiry"), {QStringLiteral("config")}));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(expiry->starts, 1);
        QCOMPARE(worstOf(finishedResults(finished)), CheckStatus::Warning);
    }

    void independentChecksRunConcurrently()
    {
        CheckRunner runner(testContext());
        auto *endpoints = add(runner, new FakeCheck(QStringLiteral("flexo-endpoints")))
                              ->finishing(FakeCheck::Finish::WhenTold);
        auto *discovery =
            add(runner, new FakeCheck(QStringLiteral("discovery")))->finishing(FakeCheck::Finish::WhenTold);
        auto *app =
            add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}))
                ->finishing(FakeCheck::Finish::WhenTold);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        // Both independent checks are running at the same time, the dependent one waits.
        QTRY_VERIFY(endpoints->running && discovery->running);
        QCOMPARE(app->starts, 0);
        QVERIFY(runner.isRunning());
        discovery->complete(CheckStatus::Passed);
        QTRY_VERIFY(app->running);
        QVERIFY(endpoints->running); // still running alongside
        app->complete(CheckStatus::Passed);
        endpoints->complete(CheckStatus::Warning);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(ids(finishedResults(finished)),
                 QStringList({QStringLiteral("flexo-endpoints"), QStringLiteral("discovery"),
                              QStringLiteral("app-credentials")}));
    }

    void cancelStopsRunningAndSkipsTheRest()
    {
        CheckRunner runner(testContext());
        auto *config = add(runner, new FakeCheck(QStringLiteral("config")));
        auto *discovery =
            add(runner, new FakeCheck(QStringLiteral("discovery")))->finishing(FakeCheck::Finish::WhenTold);
        auto *app =
            add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_VERIFY(discovery->running);
        QTRY_COMPARE(runner.result(QStringLiteral("config")).status, CheckStatus::Passed);
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(runner.wasCancelled());
        QVERIFY(!runner.isRunning());
        QCOMPARE(discovery->cancels, 1);
        QCOMPARE(config->cancels, 0);
        QCOMPARE(app->starts, 0);
        QCOMPARE(runner.result(QStringLiteral("discovery")).status, CheckStatus::Skipped);
        QCOMPARE(runner.result(QStringLiteral("discovery")).summary,
                 QStringLiteral("cancelled while running"));
        QCOMPARE(runner.result(QStringLiteral("app-credentials")).status, CheckStatus::Skipped);
        QCOMPARE(runner.result(QStringLiteral("app-credentials")).summary, QStringLiteral("cancelled"));
        QCOMPARE(finishedChecks.count(), 3);
        // A report arriving after the cancel changes nothing.
        discovery->complete(CheckStatus::Passed);
        QCOMPARE(finishedChecks.count(), 3);
        QCOMPARE(runner.result(QStringLiteral("discovery")).status, CheckStatus::Skipped);
    }

    void checkThatTakesTooLongFailsWithTimeout()
    {
        CheckRunner runner(testContext());
        runner.setDefaultTimeout(50ms);
        auto *discovery =
            add(runner, new FakeCheck(QStringLiteral("discovery")))->finishing(FakeCheck::Finish::WhenTold);
        auto *quick = add(runner, new FakeCheck(QStringLiteral("config")))
                          ->finishing(FakeCheck::Finish::WhenTold)
                          ->withTimeout(60s);
        add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(runner.result(QStringLiteral("discovery")).status, CheckStatus::Failed);
        QCOMPARE(discovery->cancels, 1);
        const CheckResult timedOut = runner.result(QStringLiteral("discovery"));
        QVERIFY(timedOut.summary.contains(QStringLiteral("No answer")));
        QVERIFY(!timedOut.fix.isEmpty());
        QCOMPARE(timedOut.facts.value(QStringLiteral("timeoutSeconds")).toInt(), 0);
        QCOMPARE(runner.result(QStringLiteral("app-credentials")).status, CheckStatus::Skipped);
        // The check with its own, longer limit is still running.
        QVERIFY(quick->running);
        QCOMPARE(finished.count(), 0);
        quick->complete(CheckStatus::Passed);
        QTRY_COMPARE(finished.count(), 1);
        discovery->complete(CheckStatus::Passed); // too late: ignored
        QCOMPARE(finishedChecks.count(), 3);
    }

    void modesSelectSubsets()
    {
        CheckRunner runner(testContext());
        add(runner, new FakeCheck(QStringLiteral("config")));
        add(runner, new FakeCheck(QStringLiteral("discovery")));
        add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        auto *signIn =
            add(runner, new FakeCheck(QStringLiteral("sign-in"), {QStringLiteral("app-credentials")}))
                ->interactive();
        add(runner, new FakeCheck(QStringLiteral("refresh"), {QStringLiteral("sign-in")}));
        add(runner, new FakeCheck(QStringLiteral("flexo-endpoints")));
        QCOMPARE(runner.idsFor(CheckRunner::Mode::NonInteractive),
                 QStringList({QStringLiteral("config"), QStringLiteral("discovery"),
                              QStringLiteral("app-credentials"), QStringLiteral("flexo-endpoints")}));
        QCOMPARE(runner.idsFor(CheckRunner::Mode::Interactive), runner.checkIds());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(signIn->starts, 0);
        QCOMPARE(finishedResults(finished).size(), 4);
    }

    void singleCheckPullsInPrerequisitesOnce()
    {
        CheckRunner runner(testContext());
        auto *config = add(runner, new FakeCheck(QStringLiteral("config")));
        auto *discovery = add(runner, new FakeCheck(QStringLiteral("discovery")));
        auto *app =
            add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(QStringList{QStringLiteral("app-credentials")});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(ids(finishedResults(finished)),
                 QStringList({QStringLiteral("discovery"), QStringLiteral("app-credentials")}));
        QCOMPARE(config->starts, 0);
        // "Verify" again: discovery passed already, so only app-credentials runs.
        runner.run(QStringList{QStringLiteral("app-credentials")});
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(ids(finishedResults(finished)), QStringList({QStringLiteral("app-credentials")}));
        QCOMPARE(discovery->starts, 1);
        QCOMPARE(app->starts, 2);
        QCOMPARE(runner.results().size(), 2);
    }

    void emptyRunStillFinishes()
    {
        CheckRunner runner(testContext());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(QStringList{QStringLiteral("no-such-check")});
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finishedResults(finished).isEmpty());
    }

    void withoutSecretSecretChecksAreSkipped()
    {
        CheckRunner runner(testContext(QString()));
        auto *discovery = add(runner, new FakeCheck(QStringLiteral("discovery")));
        auto *app =
            add(runner, new FakeCheck(QStringLiteral("app-credentials"), {QStringLiteral("discovery")}))
                ->needingSecret();
        add(runner, new FakeCheck(QStringLiteral("sign-in"), {QStringLiteral("app-credentials")}))
            ->needingSecret();
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(discovery->starts, 1);
        QCOMPARE(app->starts, 0);
        QCOMPARE(runner.result(QStringLiteral("app-credentials")).summary,
                 QStringLiteral(
                     "no client secret available (keychain entry, --secret-stdin or FLEXO_CLIENT_SECRET)"));
        QCOMPARE(runner.result(QStringLiteral("sign-in")).summary,
                 QStringLiteral("skipped because 'Title of app-credentials' was skipped"));
    }

    void resultsAreScrubbedOfTheSecret()
    {
        const QString secret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_");
        CheckRunner runner(testContext(secret));
        runner.context().tokens.accessToken = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOi.access.token");
        add(runner, new FakeCheck(QStringLiteral("app-credentials")))
            ->saying(QStringLiteral("sent ") + secret + QStringLiteral(" and ") +
                     QString::fromLatin1(QUrl::toPercentEncoding(secret)) + QStringLiteral(" got ") +
                     runner.context().tokens.accessToken);
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finishedChecks.count(), 1);
        const QString summary = finishedChecks.at(0).at(0).value<CheckResult>().summary;
        QVERIFY(!summary.contains(secret));
        QVERIFY(!summary.contains(QStringLiteral("Zx81Q%7E")));
        QVERIFY(!summary.contains(QStringLiteral("access.token")));
        QVERIFY(summary.contains(QStringLiteral("REDACTED")));
    }
};

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
