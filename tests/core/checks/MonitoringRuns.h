#pragma once

#include "checks/ReportRun.h"

#include <QDateTime>
#include <QTimeZone>

// Runs for the monitoring formats' tests: every outcome a monitor must tell apart.
namespace flexo::test {

inline CheckResult monitoredResult(CheckId id, CheckStatus status, qint64 durationMs = 120,
                                   SkipReason reason = SkipReason::None)
{
    CheckResult r;
    r.id = id;
    r.title = checkName(id);
    r.status = status;
    r.summary = QStringLiteral("%1 %2").arg(checkName(id), statusName(status));
    r.durationMs = durationMs;
    r.skipReason = reason;
    return r;
}

// Every check ran and passed, a probe meeting was made.
inline QList<CheckResult> completeResults(CheckStatus expiry = CheckStatus::Passed)
{
    QList<CheckResult> results;
    for (const CheckId id :
         {CheckId::Config, CheckId::SecretExpiry, CheckId::Discovery, CheckId::AppCredentials,
          CheckId::SignIn, CheckId::Refresh, CheckId::MeetingCreate, CheckId::MeetingDelete})
        results << monitoredResult(id, id == CheckId::SecretExpiry ? expiry : CheckStatus::Passed);
    return results;
}

// A run without a person: the sign-in and what follows it did not run.
inline QList<CheckResult> withoutPersonResults()
{
    return {
        monitoredResult(CheckId::Config, CheckStatus::Passed),
        monitoredResult(CheckId::AppCredentials, CheckStatus::Passed, 1500),
        monitoredResult(CheckId::SignIn, CheckStatus::Skipped, 0, SkipReason::NeedsPerson),
        monitoredResult(CheckId::Refresh, CheckStatus::Skipped, 0, SkipReason::PrerequisiteSkipped),
        monitoredResult(CheckId::MeetingCreate, CheckStatus::Skipped, 0, SkipReason::PrerequisiteSkipped),
        monitoredResult(CheckId::MeetingDelete, CheckStatus::Skipped, 0, SkipReason::PrerequisiteSkipped)};
}

inline QList<CheckResult> failedResults()
{
    return {monitoredResult(CheckId::Config, CheckStatus::Passed),
            monitoredResult(CheckId::AppCredentials, CheckStatus::Failed, 250),
            monitoredResult(CheckId::SignIn, CheckStatus::Skipped, 0, SkipReason::PrerequisiteFailed)};
}

inline ReportRun monitoredRun(const QString &source, const QList<CheckResult> &results,
                              const QDate &expiry = QDate(2027, 1, 10))
{
    ReportRun run;
    run.source = source;
    run.tenantId = QStringLiteral("7c0a8f1e-5d6b-4c3a-9e8f-1a2b3c4d5e6f");
    run.clientId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    run.secretExpiry = expiry;
    run.results = results;
    return run;
}

inline ReportOptions monitoredOptions()
{
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 30), QTimeZone::utc());
    return options;
}

} // namespace flexo::test
