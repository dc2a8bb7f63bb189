#include "checks/MonitoringState.h"

#include "checks/Verification.h"

namespace flexo {

namespace {

int severity(MonitoringState state)
{
    switch (state) {
    case MonitoringState::Ok:
        return 0;
    case MonitoringState::Warning:
        return 1;
    case MonitoringState::Unknown:
        return 2;
    case MonitoringState::Critical:
        return 3;
    }
    return 2;
}

} // namespace

MonitoringState MonitoringStates::of(const ReportRun &run)
{
    if (!run.error.isEmpty())
        return MonitoringState::Unknown;
    const CheckStatus worst = worstOf(run.results);
    if (worst == CheckStatus::Failed)
        return MonitoringState::Critical;
    if (run.interrupted || run.results.isEmpty() || Verification::isIncomplete(run.results))
        return MonitoringState::Unknown;
    for (const CheckResult &result : run.results) {
        if (result.status == CheckStatus::Pending || result.status == CheckStatus::Running)
            return MonitoringState::Unknown;
    }
    return worst == CheckStatus::Warning ? MonitoringState::Warning : MonitoringState::Ok;
}

MonitoringState MonitoringStates::of(const QList<ReportRun> &runs)
{
    if (runs.isEmpty())
        return MonitoringState::Unknown;
    MonitoringState worst = MonitoringState::Ok;
    for (const ReportRun &run : runs) {
        const MonitoringState state = of(run);
        if (severity(state) > severity(worst))
            worst = state;
    }
    return worst;
}

QString MonitoringStates::name(MonitoringState state)
{
    switch (state) {
    case MonitoringState::Ok:
        return QStringLiteral("OK");
    case MonitoringState::Warning:
        return QStringLiteral("WARNING");
    case MonitoringState::Critical:
        return QStringLiteral("CRITICAL");
    case MonitoringState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace flexo
