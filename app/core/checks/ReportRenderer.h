#pragma once

#include "checks/ReportRun.h"

#include <QJsonObject>

namespace flexo {

// The one way to turn check results into a report. Every format goes through prepare(), which
// scrubs the runs' secrets and tokens from every text and masks user names when asked, and the
// rendered text is scrubbed once more as a last line of defence.
class ReportRenderer
{
public:
    enum class Format { Text, Json, Markdown, Html, Nagios, Prometheus };

    // "text", "json", "markdown" (or "md"), "html", "nagios", "prometheus"; false for anything else.
    [[nodiscard]] static bool parseFormat(const QString &name, Format *format);
    [[nodiscard]] static QString formatName(Format format);

    [[nodiscard]] static QString render(Format format, const QList<ReportRun> &runs,
                                        const ReportOptions &options = {});
    [[nodiscard]] static QString render(Format format, const ReportRun &run,
                                        const ReportOptions &options = {});
    // The JSON report as an object, prepared the same way.
    [[nodiscard]] static QJsonObject toJson(const QList<ReportRun> &runs, const ReportOptions &options = {});

    // The runs as every format sees them: scrubbed, users masked when asked.
    [[nodiscard]] static QList<ReportRun> prepare(const QList<ReportRun> &runs, const ReportOptions &options);
    // Every user principal name (an e-mail-like word) in `text` masked as "c***@contoso.com".
    [[nodiscard]] static QString maskUsers(const QString &text);
};

} // namespace flexo
