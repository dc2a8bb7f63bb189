#include "checks/ReportSummary.h"

#include "checks/ReportFormatting.h"

#include <QRegularExpression>

namespace flexo::report {

namespace {

// "A", "A and B", "A, B and C".
QString naturalList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return ReportText::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

// The first sentence of a message, without its full stop: the verdict is one sentence.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"([.!?](\s|$))"));
    const QString simplified = text.simplified();
    const QRegularExpressionMatch match = end.match(simplified);
    return match.hasMatch() ? simplified.left(match.capturedStart()) : simplified;
}

QString quoted(const QString &title)
{
    return ReportText::tr("“%1”").arg(title);
}

QString titleOf(const CheckResult &result)
{
    return result.title.isEmpty() ? checkName(result.id) : result.title;
}

// What was found says what is wrong in the check's own words ("Microsoft refused the client secret");
// the cause is often the general reason of the check ("Values are missing or malformed").
QString failureReason(const CheckResult &failed)
{
    const QString said = firstSentence(failed.summary.isEmpty() ? failed.cause : failed.summary);
    const QString code =
        !failed.observed.aadsts.isEmpty() ? failed.observed.aadsts : failed.observed.graphCode;
    QString reason = said.isEmpty() ? ReportText::tr("%1 failed").arg(quoted(titleOf(failed)))
                                    : ReportText::tr("%1 failed: %2").arg(quoted(titleOf(failed)), said);
    if (!code.isEmpty() && !said.contains(code))
        reason += QStringLiteral(" (%1)").arg(code);
    return reason;
}

// "“Test sign-in” did not run (needs a person at the keyboard to sign in), nor the 3 checks that depend
// on it": the checks that lacked something themselves are named, those skipped after them counted.
// One part per reason, in the order the reasons first appear.
QString notVerifiedReason(const ReportRun &run)
{
    if (run.results.isEmpty())
        return ReportText::tr("no check has run");
    const QList<UnverifiedCheck> unverified = Verification::unverified(run.results);
    QList<SkipReason> reasons;
    for (const UnverifiedCheck &check : unverified) {
        if (!reasons.contains(check.reason))
            reasons << check.reason;
    }
    QStringList parts;
    for (const SkipReason reason : reasons) {
        QStringList direct;
        QStringList all;
        for (const UnverifiedCheck &check : unverified) {
            if (check.reason != reason)
                continue;
            all << quoted(check.title);
            for (const CheckResult &result : run.results) {
                if (result.id == check.id && result.skipReason == reason)
                    direct << quoted(check.title);
            }
        }
        if (direct.isEmpty())
            direct = all;
        QString part =
            ReportText::tr("%1 did not run (%2)").arg(naturalList(direct), Verification::reasonText(reason));
        const qsizetype after = all.size() - direct.size();
        if (after == 1)
            part += ReportText::tr(", nor the check that depends on it");
        else if (after > 1)
            part += ReportText::tr(", nor the %1 checks that depend on it").arg(after);
        parts << part;
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    // Everything that could run did, and still no meeting was made: the probe does not apply here.
    for (const CheckResult &result : run.results) {
        if (result.id == CheckId::MeetingCreate && !result.summary.isEmpty())
            return ReportText::tr("%1 did not run: %2")
                .arg(quoted(titleOf(result)), firstSentence(result.summary));
    }
    return ReportText::tr("no probe meeting was created");
}

QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./@%+=:,-]+$)"));
    if (plain.match(word).hasMatch())
        return word;
    QString inQuotes = word;
    inQuotes.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + inQuotes + QLatin1Char('\'');
}

} // namespace

MeetingVerdict verdictOf(const ReportRun &run)
{
    if (!run.error.isEmpty())
        return MeetingVerdict::No;
    return Verification::meetingVerdict(run.results);
}

QString verdictSentence(const ReportRun &run)
{
    switch (verdictOf(run)) {
    case MeetingVerdict::Yes:
        return ReportText::tr("FlexO can create Teams meetings: yes.");
    case MeetingVerdict::No:
        if (!run.error.isEmpty())
            return ReportText::tr(
                       "FlexO can create Teams meetings: no, because the config cannot be read: %1.")
                .arg(firstSentence(run.error));
        if (const CheckResult *failed = run.firstFailure())
            return ReportText::tr("FlexO can create Teams meetings: no, because %1.")
                .arg(failureReason(*failed));
        break;
    case MeetingVerdict::NotVerified:
        break;
    }
    return ReportText::tr("FlexO can create Teams meetings: not verified, because %1.")
        .arg(notVerifiedReason(run));
}

QString verdictWord(MeetingVerdict verdict)
{
    switch (verdict) {
    case MeetingVerdict::Yes:
        return ReportText::tr("yes");
    case MeetingVerdict::No:
        return ReportText::tr("no");
    case MeetingVerdict::NotVerified:
        break;
    }
    return ReportText::tr("not verified");
}

QString overallSentence(const QList<ReportRun> &runs)
{
    int yes = 0;
    int no = 0;
    int notVerified = 0;
    for (const ReportRun &run : runs) {
        switch (verdictOf(run)) {
        case MeetingVerdict::Yes:
            ++yes;
            break;
        case MeetingVerdict::No:
            ++no;
            break;
        case MeetingVerdict::NotVerified:
            ++notVerified;
            break;
        }
    }
    return ReportText::tr(
               "FlexO can create Teams meetings with %1 of %2 connectors (no: %3, not verified: %4).")
        .arg(yes)
        .arg(runs.size())
        .arg(no)
        .arg(notVerified);
}

QStringList unverifiedLines(const ReportRun &run)
{
    QStringList lines;
    const QList<UnverifiedCheck> unverified = Verification::unverified(run.results);
    for (const UnverifiedCheck &check : unverified)
        lines << ReportText::tr("%1: %2").arg(check.title, Verification::reasonText(check.reason));
    return lines;
}

QString unverifiedShort(const ReportRun &run)
{
    const QList<UnverifiedCheck> unverified = Verification::unverified(run.results);
    QList<SkipReason> reasons;
    for (const UnverifiedCheck &check : unverified) {
        if (!reasons.contains(check.reason))
            reasons << check.reason;
    }
    QStringList parts;
    for (const SkipReason reason : reasons) {
        QStringList names;
        for (const UnverifiedCheck &check : unverified) {
            if (check.reason == reason)
                names << checkName(check.id);
        }
        parts << QStringLiteral("%1 (%2)").arg(names.join(QStringLiteral(", ")),
                                               Verification::reasonText(reason));
    }
    return parts.join(QStringLiteral("; "));
}

QString expiryNotice(const ReportRun &run, const QDate &today)
{
    if (!run.secretExpiry.isValid() || today.daysTo(run.secretExpiry) > expiryNoticeDays)
        return {};
    const QString config = run.source.isEmpty() ? QStringLiteral("CONFIG") : shellWord(run.source);
    const QString how =
        ReportText::tr("run “flexo-teams-setup rotate %1” or use “Replace the client secret” in "
                       "the diagnose window, then give FlexO the new secret.")
            .arg(config);
    const qint64 days = today.daysTo(run.secretExpiry);
    const QString date = run.secretExpiry.toString(Qt::ISODate);
    if (days < 0) {
        const QString ago =
            days == -1 ? ReportText::tr("yesterday") : ReportText::tr("%1 days ago").arg(-days);
        return ReportText::tr(
                   "The client secret expired on %1 (%2): FlexO cannot connect to Teams until it is "
                   "replaced. To replace it, %3")
            .arg(date, ago, how);
    }
    const QString when = days == 0   ? ReportText::tr("today")
                         : days == 1 ? ReportText::tr("tomorrow")
                                     : ReportText::tr("in %1 days").arg(days);
    return ReportText::tr("The client secret expires on %1 (%2). Replace it before then: %3")
        .arg(date, when, how);
}

} // namespace flexo::report
