#include "checks/Verification.h"

#include <QHash>

namespace flexo {

namespace {

// The first cause of a skip: a skip after a skipped prerequisite takes that prerequisite's cause.
// The prerequisites are those of the way the run took: without a person, the kept sign-in's way.
SkipReason rootReason(const CheckResult &result, const QHash<CheckId, const CheckResult *> &byId,
                      const CheckGraph &graph, CheckNeeds available, int depth = 0)
{
    if (result.skipReason != SkipReason::PrerequisiteSkipped || depth > 32)
        return result.skipReason;
    // Results written before the kept sign-in's way existed skip after the person's way.
    const QList<CheckId> prerequisites =
        graph.prerequisites(result.id, available) + graph.prerequisites(result.id);
    for (const CheckId prerequisite : prerequisites) {
        const CheckResult *found = byId.value(prerequisite);
        if (found && found->status == CheckStatus::Skipped)
            return rootReason(*found, byId, graph, available, depth + 1);
    }
    return SkipReason::PrerequisiteSkipped;
}

bool provesNothing(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NeedsPerson:
    case SkipReason::NeedsSecret:
    case SkipReason::NeedsKeptSignIn:
    case SkipReason::Cancelled:
    case SkipReason::PrerequisiteNotRun:
    case SkipReason::PrerequisiteSkipped: // a cause this version cannot tell: still not verified
        return true;
    case SkipReason::None:
    case SkipReason::PrerequisiteFailed:
    case SkipReason::NotAvailable:
        return false;
    }
    return true;
}

} // namespace

QList<UnverifiedCheck> Verification::unverified(const QList<CheckResult> &results, const CheckGraph &graph)
{
    QHash<CheckId, const CheckResult *> byId;
    for (const CheckResult &result : results)
        byId.insert(result.id, &result);
    // A sign-in kept from an earlier run stands in for the person: when the refresh ran, the sign-in
    // skipped for want of one leaves nothing unproven (its tokens were redeemed).
    const CheckResult *refresh = byId.value(CheckId::Refresh);
    const bool keptSignInRan = refresh && refresh->status != CheckStatus::Skipped &&
                               refresh->status != CheckStatus::Pending &&
                               refresh->status != CheckStatus::Running;
    // A check skipped for want of a person tells that the run had none.
    CheckNeeds available = CheckNeed::Person;
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Skipped && result.skipReason == SkipReason::NeedsPerson)
            available = {};
    }
    QList<UnverifiedCheck> found;
    for (const CheckResult &result : results) {
        if (result.status != CheckStatus::Skipped)
            continue;
        if (result.id == CheckId::SignIn && result.skipReason == SkipReason::NeedsPerson && keptSignInRan)
            continue;
        const SkipReason reason = rootReason(result, byId, graph, available);
        if (provesNothing(reason))
            found << UnverifiedCheck{result.id, result.title.isEmpty() ? checkName(result.id) : result.title,
                                     reason};
    }
    return found;
}

bool Verification::isIncomplete(const QList<CheckResult> &results, const CheckGraph &graph)
{
    return !unverified(results, graph).isEmpty();
}

MeetingVerdict Verification::meetingVerdict(const QList<CheckResult> &results, const CheckGraph &graph)
{
    Q_UNUSED(graph)
    bool created = false;
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Failed)
            return MeetingVerdict::No;
        if (result.id == CheckId::MeetingCreate &&
            (result.status == CheckStatus::Passed || result.status == CheckStatus::Warning))
            created = true;
    }
    return created ? MeetingVerdict::Yes : MeetingVerdict::NotVerified;
}

QString Verification::reasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NeedsPerson:
        return tr("needs a person at the keyboard to sign in");
    case SkipReason::NeedsKeptSignIn:
        return tr("needs a kept sign-in");
    case SkipReason::NeedsSecret:
        return tr("needs the client secret");
    case SkipReason::Cancelled:
        return tr("the run was stopped");
    case SkipReason::PrerequisiteNotRun:
        return tr("a check it depends on did not run");
    case SkipReason::PrerequisiteSkipped:
        return tr("a check it depends on was skipped");
    case SkipReason::PrerequisiteFailed:
        return tr("a check it depends on failed");
    case SkipReason::NotAvailable:
        return tr("does not apply here");
    case SkipReason::None:
        break;
    }
    return {};
}

QString Verification::reasonName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return QStringLiteral("none");
    case SkipReason::PrerequisiteFailed:
        return QStringLiteral("prerequisite-failed");
    case SkipReason::PrerequisiteSkipped:
        return QStringLiteral("prerequisite-skipped");
    case SkipReason::PrerequisiteNotRun:
        return QStringLiteral("prerequisite-not-run");
    case SkipReason::NeedsPerson:
        return QStringLiteral("needs-person");
    case SkipReason::NeedsSecret:
        return QStringLiteral("needs-secret");
    case SkipReason::NeedsKeptSignIn:
        return QStringLiteral("needs-kept-sign-in");
    case SkipReason::Cancelled:
        return QStringLiteral("cancelled");
    case SkipReason::NotAvailable:
        return QStringLiteral("not-available");
    }
    return QStringLiteral("none");
}

} // namespace flexo
