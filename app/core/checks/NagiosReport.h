#pragma once

#include "checks/MonitoringState.h"
#include "checks/ReportRun.h"

#include <QCoreApplication>

namespace flexo {

// The output of a Monitoring Plugins (Nagios, Icinga, Checkmk, Zabbix) check: one status line
// "FLEXO TEAMS <STATE> - <short text> | <performance data>", then one long-output line per config.
// The state (MonitoringStates) is also the plugin's exit code. Expects runs prepared by ReportRenderer.
class NagiosReport
{
    Q_DECLARE_TR_FUNCTIONS(flexo::NagiosReport)

public:
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
    // A performance data label, quoted when it needs to be ('a b'=1, a quote doubled).
    [[nodiscard]] static QString label(const QString &name);
};

} // namespace flexo
