#include "checks/CheckResult.h"

namespace flexo {

QString statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    case CheckStatus::Running:
        return QStringLiteral("running");
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

CheckStatus worstOf(const QList<CheckResult> &results)
{
    CheckStatus worst = CheckStatus::Passed;
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Pending || result.status == CheckStatus::Running)
            continue;
        if (static_cast<int>(result.status) > static_cast<int>(worst))
            worst = result.status;
    }
    return worst;
}

} // namespace flexo
