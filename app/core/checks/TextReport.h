#pragma once

#include "checks/ReportRun.h"

namespace flexo {

// The report for a terminal: plain text, one block per config, a summary table first when there are
// several. Expects runs already prepared by ReportRenderer.
class TextReport
{
public:
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
};

} // namespace flexo
