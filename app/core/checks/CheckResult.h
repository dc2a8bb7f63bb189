#pragma once

#include "checks/CheckId.h"
#include "common/Remedy.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace flexo {

// The states a check goes through. Order matters: a larger value is a worse final outcome
// (see worstOf), except Pending and Running which are not outcomes.
enum class CheckStatus { Pending, Running, Passed, Skipped, Warning, Failed };

// What was seen on the wire while the check ran. Empty fields were not observed.
struct CheckObservation
{
    int httpStatus = 0;
    QString aadsts;        // "AADSTS7000215" (Entra error number, with its prefix)
    QString oauthError;    // "invalid_client", "access_denied", ...
    QString graphCode;     // Graph error code: "Forbidden", "InvalidAuthenticationToken", ...
    QString traceId;       // Entra trace_id
    QString correlationId; // Entra correlation_id
    QString requestId;     // Graph request-id header
    QString timestamp;     // as reported by the server
};

// Why a check did not run (CheckStatus::Skipped).
enum class SkipReason {
    None,
    PrerequisiteFailed,  // a check it needs failed
    PrerequisiteSkipped, // a check it needs was skipped
    PrerequisiteNotRun,  // a check it needs has not run in this runner
    NeedsPerson,         // nobody at the keyboard (a non-interactive run)
    NeedsSecret,         // no client secret available
    NeedsKeptSignIn,     // no sign-in kept from an earlier run
    Cancelled,           // the run was stopped
    NotAvailable,        // the check says it cannot be done here (no online meetings in the cloud)
};

// The outcome of one check. Everything here may be shown, logged and written to a report:
// it must never hold a secret, token, authorization code or PKCE verifier.
struct CheckResult
{
    CheckId id = CheckId::Config;
    QString title; // translated, short: "Application credentials"
    CheckStatus status = CheckStatus::Pending;
    qint64 durationMs = 0;
    QString summary; // translated, one line: what was found
    QString cause;   // translated: why (for warnings and failures)
    QString fix;     // translated: what to do (for warnings and failures)
    QUrl helpUrl;    // Microsoft's page for the error, where one exists
    // What to do, as a value set where the failure was understood (Error::remedy): every face shows the
    // remedy from here, never guessed from the texts above.
    Remedy remedy;
    CheckObservation observed;
    // Extra facts worth showing, keyed by a stable name: "tenantId", "cloudInstance",
    // "uriToRegister", "adminConsentUrl", "account", "grantedScopes", "meetingId", "joinWebUrl", ...
    QVariantMap facts;
    QDateTime finishedAt;
    SkipReason skipReason = SkipReason::None; // for CheckStatus::Skipped
};

[[nodiscard]] QString statusName(CheckStatus status); // "passed", "failed", ... (stable, for JSON)
[[nodiscard]] CheckStatus worstOf(const QList<CheckResult> &results);

// `result` with every occurrence of each of `sensitive` and of every registered secret (in any
// encoding, see flexo::scrub) removed from its texts, observations and facts, and their control
// characters made visible (flexo::plainText): the last line of defence before a result is kept or shown.
[[nodiscard]] CheckResult scrubResult(CheckResult result, const QStringList &sensitive);

} // namespace flexo

Q_DECLARE_METATYPE(flexo::CheckResult)
