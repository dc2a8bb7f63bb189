#pragma once

#include "checks/CheckGraph.h"
#include "checks/CheckResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace flexo {

// A check of a run that proved nothing although nothing before it failed, with the first cause: a
// refresh skipped because the sign-in was skipped for want of a person "needs a person" too.
struct UnverifiedCheck
{
    CheckId id = CheckId::Config;
    QString title;
    SkipReason reason =
        SkipReason::None; // NeedsPerson, NeedsKeptSignIn, NeedsSecret, Cancelled, PrerequisiteNotRun
};

// Whether the results prove that FlexO can create Teams meetings with the connector.
enum class MeetingVerdict {
    Yes,         // a probe meeting was created and nothing failed
    No,          // a check failed
    NotVerified, // nothing failed, but the meeting probe did not run
};

class Verification
{
    Q_DECLARE_TR_FUNCTIONS(flexo::Verification)

public:
    // The skipped checks whose skip was not caused by a failure, nor by the check not applying here
    // (SkipReason::NotAvailable), in result order.
    [[nodiscard]] static QList<UnverifiedCheck> unverified(const QList<CheckResult> &results,
                                                           const CheckGraph &graph = CheckGraph::standard());
    // True when a check could not run for want of something (a person, a kept sign-in, the secret) or
    // because the run was stopped: the results do not cover the whole connector.
    [[nodiscard]] static bool isIncomplete(const QList<CheckResult> &results,
                                           const CheckGraph &graph = CheckGraph::standard());
    [[nodiscard]] static MeetingVerdict meetingVerdict(const QList<CheckResult> &results,
                                                       const CheckGraph &graph = CheckGraph::standard());

    // Translated, for people: "needs a person at the keyboard to sign in".
    [[nodiscard]] static QString reasonText(SkipReason reason);
    // Stable, for machines: "needs-person", "needs-kept-sign-in", "needs-secret", "cancelled",
    // "prerequisite-not-run", ...
    [[nodiscard]] static QString reasonName(SkipReason reason);
};

} // namespace flexo
