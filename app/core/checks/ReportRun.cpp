#include "checks/ReportRun.h"

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
        return QCoreApplication::translate("flexo::Report", "Pending");
    case CheckStatus::Running:
        return QCoreApplication::translate("flexo::Report", "Running");
    case CheckStatus::Passed:
        return QCoreApplication::translate("flexo::Report", "Passed");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("flexo::Report", "Skipped");
    case CheckStatus::Warning:
        return QCoreApplication::translate("flexo::Report", "Warning");
    case CheckStatus::Failed:
        return QCoreApplication::translate("flexo::Report", "Failed");
    }
    return QString();
}

} // namespace flexo
