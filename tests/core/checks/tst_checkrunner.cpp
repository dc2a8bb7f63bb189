#include "DefaultScenarioValues.h"
#include "FakeCheck.h"
#include "checks/CheckRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace flexo;
using namespace std::chrono_literals;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc());

CheckContext testContext(const QString &secret = fake::defaults::secret)
{
    CheckContext context;
    context.secret = secret;
    context.clock = [] { return fixedNow; };
    return context;
}

// A node of a test's own graph: the checks it names, the prerequisites and needs it gives them.
CheckNode node(CheckId id, QList<CheckId> prerequisites = {}, CheckNeeds needs = {})
{
    return CheckNode{id, std::move(prerequisites), needs, {}};
}

FakeCheck *add(CheckRunner &runner, FakeCheck *check)
{
    runner.addCheck(std::unique_ptr<Check>(check));
    return check;
}

QList<CheckId> ids(const QList<CheckResult> &results)
{
    QList<CheckId> list;
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
        CheckRunner runner(testContext(),
                           CheckGraph({node(CheckId::Config), node(CheckId::Discovery, {CheckId::Config}),
                                       node(CheckId::AppCredentials, {CheckId::Discovery})}));
        add(runner, new FakeCheck(CheckId::Config));
        add(runner, new FakeCheck(CheckId::Discovery))->finishing(FakeCheck::Finish::AfterDelay, 5);
        add(runner, new FakeCheck(CheckId::AppCredentials));
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(started.count(), 3);
        QCOMPARE(started.at(0).at(0).value<CheckId>(), CheckId::Config);
        QCOMPARE(started.at(1).at(0).value<CheckId>(), CheckId::Discovery);
        QCOMPARE(started.at(2).at(0).value<CheckId>(), CheckId::AppCredentials);
        const auto results = finishedResults(finished);
        QCOMPARE(ids(results),
                 QList<CheckId>({CheckId::Config, CheckId::Discovery, CheckId::AppCredentials}));
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
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::Config), node(CheckId::Discovery),
                                                      node(CheckId::AppCredentials, {CheckId::Discovery}),
                                                      node(CheckId::SignIn, {CheckId::AppCredentials})}));
        add(runner, new FakeCheck(CheckId::Discovery, CheckStatus::Failed));
        auto *app = add(runner, new FakeCheck(CheckId::AppCredentials));
        auto *signIn = add(runner, new FakeCheck(CheckId::SignIn));
        auto *independent = add(runner, new FakeCheck(CheckId::Config));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finishedChecks.count(), 4);
        QCOMPARE(app->starts, 0);
        QCOMPARE(signIn->starts, 0);
        QCOMPARE(independent->starts, 1);
        QCOMPARE(runner.result(CheckId::Discovery).status, CheckStatus::Failed);
        const CheckResult skipped = runner.result(CheckId::AppCredentials);
        QCOMPARE(skipped.status, CheckStatus::Skipped);
        QCOMPARE(skipped.summary, QStringLiteral("skipped because 'Title of discovery' failed"));
        QCOMPARE(skipped.skipReason, SkipReason::PrerequisiteFailed);
        QCOMPARE(runner.result(CheckId::SignIn).summary,
                 QStringLiteral("skipped because 'Title of app-credentials' was skipped"));
        QCOMPARE(runner.result(CheckId::Config).status, CheckStatus::Passed);
        QCOMPARE(worstOf(finishedResults(finished)), CheckStatus::Failed);
    }

    void warningPrerequisiteLetsDependentsRun()
    {
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::Config),
                                                      node(CheckId::SecretExpiry, {CheckId::Config})}));
        add(runner, new FakeCheck(CheckId::Config, CheckStatus::Warning));
        auto *expiry = add(runner, new FakeCheck(CheckId::SecretExpiry));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(expiry->starts, 1);
        QCOMPARE(worstOf(finishedResults(finished)), CheckStatus::Warning);
    }

    void independentChecksRunConcurrently()
    {
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::FlexoEndpoints), node(CheckId::Discovery),
                                                      node(CheckId::AppCredentials, {CheckId::Discovery})}));
        auto *endpoints =
            add(runner, new FakeCheck(CheckId::FlexoEndpoints))->finishing(FakeCheck::Finish::WhenTold);
        auto *discovery =
            add(runner, new FakeCheck(CheckId::Discovery))->finishing(FakeCheck::Finish::WhenTold);
        auto *app =
            add(runner, new FakeCheck(CheckId::AppCredentials))->finishing(FakeCheck::Finish::WhenTold);
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
                 QList<CheckId>({CheckId::FlexoEndpoints, CheckId::Discovery, CheckId::AppCredentials}));
    }

    void cancelStopsRunningAndSkipsTheRest()
    {
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::Config), node(CheckId::Discovery),
                                                      node(CheckId::AppCredentials, {CheckId::Discovery})}));
        auto *config = add(runner, new FakeCheck(CheckId::Config));
        auto *discovery =
            add(runner, new FakeCheck(CheckId::Discovery))->finishing(FakeCheck::Finish::WhenTold);
        auto *app = add(runner, new FakeCheck(CheckId::AppCredentials));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_VERIFY(discovery->running);
        QTRY_COMPARE(runner.result(CheckId::Config).status, CheckStatus::Passed);
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(runner.wasCancelled());
        QVERIFY(!runner.isRunning());
        QCOMPARE(discovery->cancels, 1);
        QCOMPARE(config->cancels, 0);
        QCOMPARE(app->starts, 0);
        QCOMPARE(runner.result(CheckId::Discovery).status, CheckStatus::Skipped);
        QCOMPARE(runner.result(CheckId::Discovery).summary, QStringLiteral("cancelled while running"));
        QCOMPARE(runner.result(CheckId::AppCredentials).status, CheckStatus::Skipped);
        QCOMPARE(runner.result(CheckId::AppCredentials).summary, QStringLiteral("cancelled"));
        QCOMPARE(finishedChecks.count(), 3);
        // A report arriving after the cancel changes nothing.
        discovery->complete(CheckStatus::Passed);
        QCOMPARE(finishedChecks.count(), 3);
        QCOMPARE(runner.result(CheckId::Discovery).status, CheckStatus::Skipped);
    }

    void checkThatTakesTooLongFailsWithTimeout()
    {
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::Config), node(CheckId::Discovery),
                                                      node(CheckId::AppCredentials, {CheckId::Discovery})}));
        runner.setDefaultTimeout(50ms);
        auto *discovery =
            add(runner, new FakeCheck(CheckId::Discovery))->finishing(FakeCheck::Finish::WhenTold);
        auto *quick = add(runner, new FakeCheck(CheckId::Config))
                          ->finishing(FakeCheck::Finish::WhenTold)
                          ->withTimeout(60s);
        add(runner, new FakeCheck(CheckId::AppCredentials));
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(runner.result(CheckId::Discovery).status, CheckStatus::Failed);
        QCOMPARE(discovery->cancels, 1);
        const CheckResult timedOut = runner.result(CheckId::Discovery);
        QVERIFY(timedOut.summary.contains(QStringLiteral("No answer")));
        QVERIFY(!timedOut.fix.isEmpty());
        QCOMPARE(timedOut.facts.value(QStringLiteral("timeoutSeconds")).toInt(), 0);
        QCOMPARE(runner.result(CheckId::AppCredentials).status, CheckStatus::Skipped);
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
        CheckRunner runner(
            testContext(),
            CheckGraph({node(CheckId::Config), node(CheckId::Discovery),
                        node(CheckId::AppCredentials, {CheckId::Discovery}),
                        node(CheckId::SignIn, {CheckId::AppCredentials}, CheckNeed::Person),
                        node(CheckId::Refresh, {CheckId::SignIn}), node(CheckId::FlexoEndpoints)}));
        add(runner, new FakeCheck(CheckId::Config));
        add(runner, new FakeCheck(CheckId::Discovery));
        add(runner, new FakeCheck(CheckId::AppCredentials));
        auto *signIn = add(runner, new FakeCheck(CheckId::SignIn));
        add(runner, new FakeCheck(CheckId::Refresh));
        add(runner, new FakeCheck(CheckId::FlexoEndpoints));
        QCOMPARE(runner.idsFor(CheckRunner::Mode::NonInteractive),
                 QList<CheckId>({CheckId::Config, CheckId::Discovery, CheckId::AppCredentials,
                                 CheckId::FlexoEndpoints}));
        QCOMPARE(runner.idsFor(CheckRunner::Mode::Interactive), runner.checkIds());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(signIn->starts, 0);
        // Listed all the same, as not done for want of a person, so a report can say so.
        const QList<CheckResult> results = finishedResults(finished);
        QCOMPARE(ids(results), runner.checkIds());
        const CheckResult signInResult = runner.result(CheckId::SignIn);
        QCOMPARE(signInResult.status, CheckStatus::Skipped);
        QCOMPARE(signInResult.skipReason, SkipReason::NeedsPerson);
        const CheckResult refresh = runner.result(CheckId::Refresh);
        QCOMPARE(refresh.status, CheckStatus::Skipped);
        QCOMPARE(refresh.skipReason, SkipReason::PrerequisiteSkipped);
    }

    void singleCheckPullsInPrerequisitesOnce()
    {
        CheckRunner runner(testContext(), CheckGraph({node(CheckId::Config), node(CheckId::Discovery),
                                                      node(CheckId::AppCredentials, {CheckId::Discovery})}));
        auto *config = add(runner, new FakeCheck(CheckId::Config));
        auto *discovery = add(runner, new FakeCheck(CheckId::Discovery));
        auto *app = add(runner, new FakeCheck(CheckId::AppCredentials));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(QList<CheckId>{CheckId::AppCredentials});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(ids(finishedResults(finished)),
                 QList<CheckId>({CheckId::Discovery, CheckId::AppCredentials}));
        QCOMPARE(config->starts, 0);
        // "Verify" again: discovery passed already, so only app-credentials runs.
        runner.run(QList<CheckId>{CheckId::AppCredentials});
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(ids(finishedResults(finished)), QList<CheckId>({CheckId::AppCredentials}));
        QCOMPARE(discovery->starts, 1);
        QCOMPARE(app->starts, 2);
        QCOMPARE(runner.results().size(), 2);
    }

    void emptyRunStillFinishes()
    {
        CheckRunner runner(testContext());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(QList<CheckId>{CheckId::MeetingDelete}); // no such check in this runner
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finishedResults(finished).isEmpty());
    }

    void withoutSecretSecretChecksAreSkipped()
    {
        CheckRunner runner(testContext(QString()),
                           CheckGraph({node(CheckId::Discovery),
                                       node(CheckId::AppCredentials, {CheckId::Discovery}, CheckNeed::Secret),
                                       node(CheckId::SignIn, {CheckId::AppCredentials}, CheckNeed::Secret)}));
        auto *discovery = add(runner, new FakeCheck(CheckId::Discovery));
        auto *app = add(runner, new FakeCheck(CheckId::AppCredentials));
        add(runner, new FakeCheck(CheckId::SignIn));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.run(CheckRunner::Mode::Interactive);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(discovery->starts, 1);
        QCOMPARE(app->starts, 0);
        QCOMPARE(runner.result(CheckId::AppCredentials).summary,
                 QStringLiteral(
                     "no client secret available (keychain entry, --secret-stdin or FLEXO_CLIENT_SECRET)"));
        QCOMPARE(runner.result(CheckId::AppCredentials).skipReason, SkipReason::NeedsSecret);
        QCOMPARE(runner.result(CheckId::SignIn).skipReason, SkipReason::PrerequisiteSkipped);
        QCOMPARE(runner.result(CheckId::SignIn).summary,
                 QStringLiteral("skipped because 'Title of app-credentials' was skipped"));
    }

    void resultsAreScrubbedOfTheSecret()
    {
        const QString secret = fake::defaults::secret;
        CheckRunner runner(testContext(secret), CheckGraph({node(CheckId::AppCredentials)}));
        runner.context().tokens.accessToken = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOi.access.token");
        add(runner, new FakeCheck(CheckId::AppCredentials))
            ->saying(QStringLiteral("sent ") + secret + QStringLiteral(" and ") +
                     QString::fromLatin1(QUrl::toPercentEncoding(secret)) + QStringLiteral(" got ") +
                     runner.context().tokens.accessToken);
        QSignalSpy finishedChecks(&runner, &CheckRunner::checkFinished);
        runner.run(CheckRunner::Mode::NonInteractive);
        QTRY_COMPARE(finishedChecks.count(), 1);
        const QString summary = finishedChecks.at(0).at(0).value<CheckResult>().summary;
        QVERIFY(!summary.contains(secret));
        QVERIFY(!summary.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret.left(6)))));
        QVERIFY(!summary.contains(QStringLiteral("access.token")));
        QVERIFY(summary.contains(QStringLiteral("REDACTED")));
    }
};

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
