#pragma once

#include "checks/ReportRun.h"

#include <QJsonObject>

namespace flexo {

// The report for scripts: {"format": "flexo-teams-report", "version": 1, "generatedAt", "tool",
// "runs": [...]}, described by resources/schema/flexo-report.schema.json. The shape only grows within
// a version; a change that breaks readers bumps "version". Expects runs prepared by ReportRenderer.
class JsonReport
{
public:
    static constexpr int version = 1;

    [[nodiscard]] static QJsonObject toJson(const QList<ReportRun> &runs, const ReportOptions &options);
    [[nodiscard]] static QJsonObject toJson(const CheckResult &result);
    [[nodiscard]] static QString render(const QList<ReportRun> &runs, const ReportOptions &options);
};

} // namespace flexo
