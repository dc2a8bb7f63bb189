#include "checks/ReportRun.h"

#include "checks/ReportFormatting.h"
#include "config/ConfigFile.h"

#include <QCoreApplication>

namespace flexo {

ReportRun ReportRun::fromConfig(const ConnectorConfig &config, const QList<CheckResult> &results,
                                const QString &source)
{
    ReportRun run;
    run.source = source;
    run.cloud = config.cloud;
    run.tenantId = config.tenantId;
    run.tenantDomain = config.tenantDomain;
    run.clientId = config.clientId;
    run.secretHint = config.secret.isEmpty() ? config.secretHint.left(3) : config.secret.left(3);
    run.secretLength = int(config.secret.size());
    run.secretExpiry = config.secretExpiry;
    run.results = results;
    return run;
}

CheckStatus ReportRun::worstStatus() const
{
    if (!error.isEmpty())
        return CheckStatus::Failed;
    return worstOf(results);
}

const CheckResult *ReportRun::firstFailure() const
{
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Failed)
            return &result;
    }
    return nullptr;
}

QString statusTitle(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return report::ReportText::tr("Pending");
    case CheckStatus::Running:
        return report::ReportText::tr("Running");
    case CheckStatus::Passed:
        return report::ReportText::tr("Passed");
    case CheckStatus::Skipped:
        return report::ReportText::tr("Skipped");
    case CheckStatus::Warning:
        return report::ReportText::tr("Warning");
    case CheckStatus::Failed:
        return report::ReportText::tr("Failed");
    }
    return QString();
}

} // namespace flexo
