#pragma once

#include "checks/ReportRun.h"

namespace flexo {

// The Prometheus text exposition format, for node_exporter's textfile collector. Every series is
// labelled with the config it is about ("config": the file as given); the families:
//   flexo_teams_check_status{config,check}           1 passed or warning, 0 failed, -1 did not run
//   flexo_teams_check_not_verified{config,check,reason}  1 for each check that did not run although
//                                                        nothing before it failed (reason: needs-person...)
//   flexo_teams_check_duration_seconds{config,check}  of each check that ran
//   flexo_teams_secret_expiry_days{config}             days until the secret expires (absent: unknown)
//   flexo_teams_state{config}                          0 OK, 1 warning, 2 critical, 3 unknown
//   (MonitoringStates) flexo_teams_last_run_timestamp_seconds{config}     when the run's report was made
//   (Unix time)
// Expects runs prepared by ReportRenderer.
class PrometheusReport
{
public:
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
    // A label value as the format wants it: backslash, double quote and line feed escaped.
    [[nodiscard]] static QString escapeLabel(const QString &value);
};

} // namespace flexo
