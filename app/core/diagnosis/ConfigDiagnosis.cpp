#include "diagnosis/ConfigDiagnosis.h"

namespace flexo {

CheckStatus ConfigDiagnosis::worstStatus() const
{
    if (loadError)
        return CheckStatus::Failed;
    return worstOf(results);
}

ReportRun ConfigDiagnosis::toReportRun() const
{
    ReportRun run = ReportRun::fromConfig(config, results, path);
    run.source = path;
    run.secretLength = secretLength;
    run.interrupted = interrupted;
    if (loadError)
        run.error = loadError.userText();
    return run;
}

} // namespace flexo
