#pragma once

#include "checks/ReportRun.h"

namespace flexo {

// The report for a ticket: Markdown tables that render on common trackers, with every cell escaped
// so a value cannot break the table or inject markup. Expects runs prepared by ReportRenderer.
class MarkdownReport
{
public:
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
    // `text` safe inside a table cell: pipes, backslashes, markup characters and line breaks escaped.
    [[nodiscard]] static QString escape(const QString &text);
};

} // namespace flexo
