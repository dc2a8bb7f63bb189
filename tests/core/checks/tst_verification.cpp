#include "checks/Verification.h"

#include <QTest>

using namespace flexo;

Q_DECLARE_METATYPE(flexo::SkipReason)
Q_DECLARE_METATYPE(flexo::MeetingVerdict)

namespace {

CheckResult result(CheckId id, CheckStatus status, SkipReason reason = SkipReason::None)
{
    CheckResult r;
    r.id = id;
    r.title = checkName(id);
    r.status = status;
    r.skipReason = reason;
    return r;
}

// The standard checks up to app-credentials passed, as a run without a person leaves them.
QList<CheckResult> uptoAppCredentials()
{
    return {result(CheckId::Config, CheckStatus::Passed),
            result(CheckId::SecretExpiry, CheckStatus::Passed),
            result(CheckId::FlexoEndpoints, CheckStatus::Passed),
            result(CheckId::Discovery, CheckStatus::Passed),
            result(CheckId::AppCredentials, CheckStatus::Passed),
            result(CheckId::RedirectUris, CheckStatus::Passed)};
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

} // namespace

class TestVerification : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QList<CheckResult>>("results");
        QTest::addColumn<QStringList>("unverified");
        QTest::addColumn<QList<SkipReason>>("reasons");
        QTest::addColumn<MeetingVerdict>("verdict");

        const auto S = CheckStatus::Skipped;
        const auto P = CheckStatus::Passed;
        QTest::newRow("everything passed") << afterSignIn(P, SkipReason::None, P, SkipReason::None)
                                           << QStringList() << QList<SkipReason>() << MeetingVerdict::Yes;
        QTest::newRow("no person: the sign-in and all after it, each for want of a person")
            << afterSignIn(S, SkipReason::NeedsPerson, S, SkipReason::PrerequisiteSkipped)
            << QStringList{QStringLiteral("sign-in"), QStringLiteral("refresh"),
                           QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")}
            << QList<SkipReason>(4, SkipReason::NeedsPerson) << MeetingVerdict::NotVerified;
        QTest::newRow("no kept sign-in: the checks that need it")
            << afterSignIn(S, SkipReason::NeedsPerson, S, SkipReason::NeedsKeptSignIn)
            << QStringList{QStringLiteral("sign-in"), QStringLiteral("refresh"),
                           QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")}
            << QList<SkipReason>{SkipReason::NeedsPerson, SkipReason::NeedsKeptSignIn,
                                 SkipReason::NeedsKeptSignIn, SkipReason::NeedsKeptSignIn}
            << MeetingVerdict::NotVerified;

        QTest::newRow("a kept sign-in stood in for the person: nothing missing")
            << afterSignIn(S, SkipReason::NeedsPerson, P, SkipReason::None) << QStringList()
            << QList<SkipReason>() << MeetingVerdict::Yes;

        QList<CheckResult> noSecret = uptoAppCredentials();
        noSecret[4] = result(CheckId::AppCredentials, S, SkipReason::NeedsSecret);
        noSecret << result(CheckId::SignIn, S, SkipReason::PrerequisiteSkipped);
        QTest::newRow("no secret: app-credentials and the sign-in after it")
            << noSecret << QStringList{QStringLiteral("app-credentials"), QStringLiteral("sign-in")}
            << QList<SkipReason>{SkipReason::NeedsSecret, SkipReason::NeedsSecret}
            << MeetingVerdict::NotVerified;

        QList<CheckResult> failed = uptoAppCredentials();
        failed[4] = result(CheckId::AppCredentials, CheckStatus::Failed);
        failed << result(CheckId::SignIn, S, SkipReason::PrerequisiteFailed)
               << result(CheckId::Refresh, S, SkipReason::PrerequisiteSkipped);
        QTest::newRow("a failure explains what follows it")
            << failed << QStringList() << QList<SkipReason>() << MeetingVerdict::No;

        QList<CheckResult> notHere = afterSignIn(P, SkipReason::None, P, SkipReason::None);
        notHere[5] = result(CheckId::RedirectUris, S, SkipReason::NotAvailable);
        notHere[8] = result(CheckId::MeetingCreate, CheckStatus::Warning);
        QTest::newRow("a check that does not apply is no gap")
            << notHere << QStringList() << QList<SkipReason>() << MeetingVerdict::Yes;

        QTest::newRow("stopped") << afterSignIn(P, SkipReason::None, S, SkipReason::Cancelled)
                                 << QStringList{QStringLiteral("refresh"), QStringLiteral("meeting-create"),
                                                QStringLiteral("meeting-delete")}
                                 << QList<SkipReason>(3, SkipReason::Cancelled)
                                 << MeetingVerdict::NotVerified;
    }

    void verdicts()
    {
        QFETCH(QList<CheckResult>, results);
        QFETCH(QStringList, unverified);
        QFETCH(QList<SkipReason>, reasons);
        QFETCH(MeetingVerdict, verdict);

        const QList<UnverifiedCheck> found = Verification::unverified(results);
        QStringList names;
        QList<SkipReason> foundReasons;
        for (const UnverifiedCheck &check : found) {
            names << checkName(check.id);
            foundReasons << check.reason;
            QVERIFY(!Verification::reasonText(check.reason).isEmpty());
        }
        QCOMPARE(names, unverified);
        QCOMPARE(foundReasons, reasons);
        QCOMPARE(Verification::isIncomplete(results), !unverified.isEmpty());
        QCOMPARE(Verification::meetingVerdict(results), verdict);
    }

    void reasonNamesAreStable()
    {
        QCOMPARE(Verification::reasonName(SkipReason::NeedsPerson), QStringLiteral("needs-person"));
        QCOMPARE(Verification::reasonName(SkipReason::NeedsKeptSignIn), QStringLiteral("needs-kept-sign-in"));
        QCOMPARE(Verification::reasonName(SkipReason::NeedsSecret), QStringLiteral("needs-secret"));
        QCOMPARE(Verification::reasonName(SkipReason::Cancelled), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
