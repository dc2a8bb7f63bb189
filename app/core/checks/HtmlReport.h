#pragma once

#include "checks/ReportRun.h"

namespace flexo {

// The report as one self-contained HTML page (styles inline, no script, no external resource),
// every value escaped. Expects runs prepared by ReportRenderer.
class HtmlReport
{
public:
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
};

} // namespace flexo
