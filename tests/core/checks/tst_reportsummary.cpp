// The verdict sentence, the "not verified" listing and the expiry notice every human report and the
// diagnose window open with.
#include "checks/ReportSummary.h"

#include <QTest>

Q_DECLARE_METATYPE(flexo::ReportRun)

using namespace flexo;

namespace {

CheckResult result(CheckId id, CheckStatus status, SkipReason reason = SkipReason::None)
{
    static const QHash<CheckId, QString> titles = {
        {CheckId::Config, QStringLiteral("Configuration values")},
        {CheckId::SecretExpiry, QStringLiteral("Client secret expiry")},
        {CheckId::FlexoEndpoints, QStringLiteral("FlexO addresses")},
        {CheckId::Discovery, QStringLiteral("Tenant discovery")},
        {CheckId::AppCredentials, QStringLiteral("Application credentials")},
        {CheckId::RedirectUris, QStringLiteral("Redirect URIs")},
        {CheckId::SignIn, QStringLiteral("Test sign-in")},
        {CheckId::Refresh, QStringLiteral("Token refresh")},
        {CheckId::MeetingCreate, QStringLiteral("Create a test meeting")},
        {CheckId::MeetingDelete, QStringLiteral("Delete the test meeting")},
    };
    CheckResult r;
    r.id = id;
    r.title = titles.value(id);
    r.status = status;
    r.skipReason = reason;
    return r;
}

QList<CheckResult> uptoAppCredentials()
{
    const auto P = CheckStatus::Passed;
    return {result(CheckId::Config, P),         result(CheckId::SecretExpiry, P),
            result(CheckId::FlexoEndpoints, P), result(CheckId::Discovery, P),
            result(CheckId::AppCredentials, P), result(CheckId::RedirectUris, P)};
}

QList<CheckResult> afterSignIn(CheckStatus signIn, SkipReason signInReason, CheckStatus rest,
                               SkipReason restReason)
{
    QList<CheckResult> results = uptoAppCredentials();
    results << result(CheckId::SignIn, signIn, signInReason) << result(CheckId::Refresh, rest, restReason)
            << result(CheckId::MeetingCreate, rest, restReason)
            << result(CheckId::MeetingDelete, rest, restReason);
    return results;
}

ReportRun runOf(const QList<CheckResult> &results)
{
    ReportRun run;
    run.source = QStringLiteral("stluc.json");
    run.results = results;
    return run;
}

} // namespace

class TestReportSummary : public QObject
{
    Q_OBJECT

private slots:
    void verdictSentence_data()
    {
        QTest::addColumn<ReportRun>("run");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("word");

        const auto S = CheckStatus::Skipped;
        const auto P = CheckStatus::Passed;
        QTest::newRow("a meeting was made")
            << runOf(afterSignIn(P, SkipReason::None, P, SkipReason::None))
            << QStringLiteral("FlexO can create Teams meetings: yes.") << QStringLiteral("yes");

        QList<CheckResult> refused = uptoAppCredentials();
        refused[4].status = CheckStatus::Failed;
        refused[4].summary = QStringLiteral("Microsoft refused the client secret. It was sent 1 time.");
        refused[4].cause = QStringLiteral("The secret does not match any secret of the app.");
        refused[4].observed.aadsts = QStringLiteral("AADSTS7000215");
        refused << result(CheckId::SignIn, S, SkipReason::PrerequisiteFailed);
        QTest::newRow("first failure: what was found in short, with its AADSTS number")
            << runOf(refused)
            << QStringLiteral(
                   "FlexO can create Teams meetings: no, because “Application credentials” failed: "
                   "Microsoft refused the client secret (AADSTS7000215).")
            << QStringLiteral("no");

        QList<CheckResult> expired = uptoAppCredentials();
        expired[1].status = CheckStatus::Failed;
        expired[1].summary = QStringLiteral("Microsoft refuses an expired client secret (AADSTS7000222).");
        expired[1].observed.aadsts = QStringLiteral("AADSTS7000222");
        QTest::newRow("a number already said is not repeated")
            << runOf(expired)
            << QStringLiteral("FlexO can create Teams meetings: no, because “Client secret expiry” failed: "
                              "Microsoft refuses an expired client secret (AADSTS7000222).")
            << QStringLiteral("no");

        QList<CheckResult> forbidden = afterSignIn(P, SkipReason::None, P, SkipReason::None);
        forbidden[8].status = CheckStatus::Failed;
        forbidden[8].cause =
            QStringLiteral("Microsoft Graph refused to create the meeting. The user has no licence.");
        forbidden[8].observed.graphCode = QStringLiteral("Forbidden");
        QTest::newRow("without a summary: the cause and the Graph code")
            << runOf(forbidden)
            << QStringLiteral("FlexO can create Teams meetings: no, because “Create a test meeting” failed: "
                              "Microsoft Graph refused to create the meeting (Forbidden).")
            << QStringLiteral("no");

        ReportRun unreadable = runOf({});
        unreadable.error = QStringLiteral("The file is not valid JSON. Line 3.");
        QTest::newRow("unreadable config")
            << unreadable
            << QStringLiteral("FlexO can create Teams meetings: no, because the config cannot be read: The "
                              "file is not valid JSON.")
            << QStringLiteral("no");

        QTest::newRow("nobody at the keyboard")
            << runOf(afterSignIn(S, SkipReason::NeedsPerson, S, SkipReason::PrerequisiteSkipped))
            << QStringLiteral("FlexO can create Teams meetings: not verified, because “Test sign-in” did not "
                              "run (needs a person at the keyboard to sign in), nor the 3 checks that depend "
                              "on it.")
            << QStringLiteral("not verified");

        QTest::newRow("no kept sign-in")
            << runOf(afterSignIn(S, SkipReason::NeedsPerson, S, SkipReason::NeedsKeptSignIn))
            << QStringLiteral("FlexO can create Teams meetings: not verified, because “Test sign-in” did not "
                              "run (needs a person at the keyboard to sign in); “Token refresh”, “Create a "
                              "test meeting” and “Delete the test meeting” did not run (needs a kept "
                              "sign-in).")
            << QStringLiteral("not verified");

        QList<CheckResult> noSecret = uptoAppCredentials();
        noSecret[4] = result(CheckId::AppCredentials, S, SkipReason::NeedsSecret);
        noSecret << result(CheckId::SignIn, S, SkipReason::PrerequisiteSkipped);
        QTest::newRow("no secret")
            << runOf(noSecret)
            << QStringLiteral("FlexO can create Teams meetings: not verified, because “Application "
                              "credentials” did not run (needs the client secret), nor the check that "
                              "depends on it.")
            << QStringLiteral("not verified");

        QList<CheckResult> notHere = afterSignIn(P, SkipReason::None, P, SkipReason::None);
        notHere[8] = result(CheckId::MeetingCreate, S, SkipReason::NotAvailable);
        notHere[8].summary = QStringLiteral("This cloud offers no online meetings. Nothing to probe.");
        notHere[9] = result(CheckId::MeetingDelete, S, SkipReason::PrerequisiteSkipped);
        QTest::newRow("the probe does not apply")
            << runOf(notHere)
            << QStringLiteral(
                   "FlexO can create Teams meetings: not verified, because “Create a test meeting” "
                   "did not run: This cloud offers no online meetings.")
            << QStringLiteral("not verified");

        QTest::newRow("nothing ran") << runOf({})
                                     << QStringLiteral(
                                            "FlexO can create Teams meetings: not verified, because "
                                            "no check has run.")
                                     << QStringLiteral("not verified");
    }

    void verdictSentence()
    {
        QFETCH(ReportRun, run);
        QFETCH(QString, sentence);
        QFETCH(QString, word);
        QCOMPARE(report::verdictSentence(run), sentence);
        QCOMPARE(report::verdictWord(report::verdictOf(run)), word);
    }

    void unverifiedListing()
    {
        const ReportRun run = runOf(afterSignIn(CheckStatus::Skipped, SkipReason::NeedsPerson,
                                                CheckStatus::Skipped, SkipReason::PrerequisiteSkipped));
        QCOMPARE(report::unverifiedLines(run),
                 (QStringList{
                     QStringLiteral("Test sign-in: needs a person at the keyboard to sign in"),
                     QStringLiteral("Token refresh: needs a person at the keyboard to sign in"),
                     QStringLiteral("Create a test meeting: needs a person at the keyboard to sign in"),
                     QStringLiteral("Delete the test meeting: needs a person at the keyboard to sign in")}));
        QCOMPARE(report::unverifiedShort(run),
                 QStringLiteral("sign-in, refresh, meeting-create, meeting-delete (needs a person at the "
                                "keyboard to sign in)"));

        const ReportRun kept = runOf(afterSignIn(CheckStatus::Skipped, SkipReason::NeedsPerson,
                                                 CheckStatus::Skipped, SkipReason::NeedsKeptSignIn));
        QCOMPARE(
            report::unverifiedShort(kept),
            QStringLiteral("sign-in (needs a person at the keyboard to sign in); refresh, meeting-create, "
                           "meeting-delete (needs a kept sign-in)"));

        const ReportRun complete =
            runOf(afterSignIn(CheckStatus::Passed, SkipReason::None, CheckStatus::Passed, SkipReason::None));
        QVERIFY(report::unverifiedLines(complete).isEmpty());
        QVERIFY(report::unverifiedShort(complete).isEmpty());
    }

    void overallSentence()
    {
        ReportRun unreadable = runOf({});
        unreadable.error = QStringLiteral("unreadable");
        const QList<ReportRun> runs{
            runOf(afterSignIn(CheckStatus::Passed, SkipReason::None, CheckStatus::Passed, SkipReason::None)),
            runOf(afterSignIn(CheckStatus::Skipped, SkipReason::NeedsPerson, CheckStatus::Skipped,
                              SkipReason::PrerequisiteSkipped)),
            unreadable};
        QCOMPARE(report::overallSentence(runs),
                 QStringLiteral(
                     "FlexO can create Teams meetings with 1 of 3 connectors (no: 1, not verified: 1)."));
    }

    void expiryNotice_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("notice");

        const QString how =
            QStringLiteral("run “flexo-teams-setup rotate stluc.json” or use “Replace the client "
                           "secret” in the diagnose window, then give FlexO the new secret.");
        QTest::newRow("unknown") << QDate() << QStringLiteral("stluc.json") << QString();
        QTest::newRow("31 days: not yet") << QDate(2027, 1, 1) << QStringLiteral("stluc.json") << QString();
        QTest::newRow("30 days") << QDate(2026, 12, 31) << QStringLiteral("stluc.json")
                                 << QStringLiteral(
                                        "The client secret expires on 2026-12-31 (in 30 days). Replace "
                                        "it before then: ") +
                                        how;
        QTest::newRow("tomorrow") << QDate(2026, 12, 2) << QStringLiteral("stluc.json")
                                  << QStringLiteral(
                                         "The client secret expires on 2026-12-02 (tomorrow). Replace it "
                                         "before then: ") +
                                         how;
        QTest::newRow("today") << QDate(2026, 12, 1) << QStringLiteral("stluc.json")
                               << QStringLiteral(
                                      "The client secret expires on 2026-12-01 (today). Replace it "
                                      "before then: ") +
                                      how;
        QTest::newRow("yesterday") << QDate(2026, 11, 30) << QStringLiteral("stluc.json")
                                   << QStringLiteral(
                                          "The client secret expired on 2026-11-30 (yesterday): FlexO "
                                          "cannot connect to Teams until it is replaced. To replace "
                                          "it, ") +
                                          how;
        QTest::newRow("long ago") << QDate(2025, 1, 31) << QStringLiteral("stluc.json")
                                  << QStringLiteral(
                                         "The client secret expired on 2025-01-31 (669 days ago): FlexO "
                                         "cannot connect to Teams until it is replaced. To replace "
                                         "it, ") +
                                         how;
        QTest::newRow("a path to quote")
            << QDate(2026, 12, 2) << QStringLiteral("/srv/flexo/it's here.json")
            << QStringLiteral(
                   "The client secret expires on 2026-12-02 (tomorrow). Replace it before then: run "
                   "“flexo-teams-setup rotate '/srv/flexo/it'\\''s here.json'” or use “Replace the "
                   "client secret” in the diagnose window, then give FlexO the new secret.");
        QTest::newRow("no file") << QDate(2026, 12, 2) << QString()
                                 << QStringLiteral(
                                        "The client secret expires on 2026-12-02 (tomorrow). Replace it "
                                        "before then: run “flexo-teams-setup rotate CONFIG” or use "
                                        "“Replace the client secret” in the diagnose window, then give "
                                        "FlexO the new secret.");
    }

    void expiryNotice()
    {
        QFETCH(QDate, expiry);
        QFETCH(QString, source);
        QFETCH(QString, notice);
        ReportRun run;
        run.source = source;
        run.secretExpiry = expiry;
        QCOMPARE(report::expiryNotice(run, QDate(2026, 12, 1)), notice);
    }
};

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_reportsummary.moc"
