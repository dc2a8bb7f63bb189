#pragma once

#include "checks/ReportRun.h"

#include <QString>

namespace flexo {

// The state a monitoring system acts on, with the values of the Monitoring Plugins guidelines (a
// plugin's exit code). Used by the Nagios and the Prometheus output alike, so both say the same.
enum class MonitoringState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

class MonitoringStates
{
public:
    // A failed check: Critical. Nothing failed but the run does not cover the whole connector (a check
    // needed a person, a kept sign-in or the secret; the run was stopped; the config could not be
    // read): Unknown, never a pass. Else a warning: Warning; else Ok.
    [[nodiscard]] static MonitoringState of(const ReportRun &run);
    // The worst of all runs, in the order Ok < Warning < Unknown < Critical: a failure anywhere is
    // what the person on call must see first, and a config that could not be checked is not hidden
    // by a mere warning elsewhere.
    [[nodiscard]] static MonitoringState of(const QList<ReportRun> &runs);
    // "OK", "WARNING", "CRITICAL", "UNKNOWN".
    [[nodiscard]] static QString name(MonitoringState state);
};

} // namespace flexo
