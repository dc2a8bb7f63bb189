#include "checks/HtmlReport.h"

#include "checks/ReportFormatting.h"
#include "cloud/CloudCatalog.h"

namespace flexo {

namespace {

// Escapes the quote characters too, so a value is safe in text and in attributes alike.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString cell(const QString &text, const QString &tag = QStringLiteral("td"))
{
    return QStringLiteral("<%1>%2</%1>").arg(tag, esc(text));
}

QString statusCell(CheckStatus status)
{
    return QStringLiteral("<td class=\"%1\">%2</td>").arg(statusName(status), esc(statusTitle(status)));
}

// Only web links become links; anything else is shown as text.
QString link(const QUrl &url)
{
    const QString text = url.toString();
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return esc(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

const char *const style = R"(
body { font-family: system-ui, sans-serif; margin: 2em; color: #1b1b1b; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #c8c8c8; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.passed { color: #0b6a0b; } .warning { color: #8a5300; } .failed { color: #a4262c; font-weight: bold; }
.skipped { color: #605e5c; }
dl { margin: 0.2em 0 0 0; } dt { font-weight: bold; } dd { margin: 0 0 0.3em 1.5em; }
)";

void appendRun(QString &out, const ReportRun &run, int index, const QDate &today)
{
    out += QLatin1String("<section>\n<h2>") + esc(report::runName(run, index)) +
           QLatin1String("</h2>\n<table>\n");
    auto setting = [&out](const QString &label, const QString &value) {
        out += QLatin1String("<tr>") + cell(label, QStringLiteral("th")) + cell(value) +
               QLatin1String("</tr>\n");
    };
    setting(report::ReportText::tr("Cloud"), CloudCatalog::info(run.cloud).displayName);
    setting(report::ReportText::tr("Tenant"), report::tenant(run));
    setting(report::ReportText::tr("Client ID"), run.clientId);
    setting(report::ReportText::tr("Secret"), report::secret(run));
    setting(report::ReportText::tr("Secret expiry"), report::expiry(run.secretExpiry, today));
    QString result = statusTitle(run.worstStatus());
    const QString failure = report::firstFailure(run);
    if (!failure.isEmpty())
        result += report::ReportText::tr(" — first failing check: ") + failure;
    if (run.interrupted)
        result += report::ReportText::tr(" (interrupted)");
    setting(report::ReportText::tr("Result"), result);
    out += QLatin1String("</table>\n");
    if (!run.error.isEmpty())
        out += QLatin1String("<p class=\"failed\">") + esc(run.error) + QLatin1String("</p>\n");
    if (!run.results.isEmpty()) {
        out += QLatin1String("<table>\n<tr>") + cell(report::ReportText::tr("Check"), QStringLiteral("th")) +
               cell(report::ReportText::tr("Status"), QStringLiteral("th")) +
               cell(report::ReportText::tr("Duration"), QStringLiteral("th")) +
               cell(report::ReportText::tr("Details"), QStringLiteral("th")) + QLatin1String("</tr>\n");
        for (const CheckResult &r : run.results) {
            out += QLatin1String("<tr>") + cell(r.title) + statusCell(r.status) +
                   cell(report::duration(r.durationMs)) + QLatin1String("<td>") + esc(r.summary);
            QString details;
            auto item = [&details](const QString &label, const QString &html) {
                if (!html.isEmpty())
                    details += QLatin1String("<dt>") + esc(label) + QLatin1String("</dt><dd>") + html +
                               QLatin1String("</dd>");
            };
            item(report::ReportText::tr("Why"), esc(r.cause));
            item(report::ReportText::tr("Fix"), esc(r.fix));
            if (r.remedy.kind == RemedyKind::GrantAdminConsent && r.remedy.link.isValid())
                item(report::ReportText::tr("Next step"),
                     esc(r.remedy.summary()) + QLatin1String(" ") + link(r.remedy.link));
            else
                item(report::ReportText::tr("Next step"), esc(r.remedy.summary()));
            item(report::ReportText::tr("Seen"), esc(report::observed(r.observed)));
            if (!r.helpUrl.isEmpty())
                item(report::ReportText::tr("Help"), link(r.helpUrl));
            for (auto it = r.facts.constBegin(); it != r.facts.constEnd(); ++it)
                item(it.key(), esc(report::factText(it.value())));
            if (!details.isEmpty())
                out += QLatin1String("<dl>") + details + QLatin1String("</dl>");
            out += QLatin1String("</td></tr>\n");
        }
        out += QLatin1String("</table>\n");
    }
    out += QLatin1String("</section>\n");
}

} // namespace

QString HtmlReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    const QDate today = options.generatedAt.date();
    const QString title = report::ReportText::tr("FlexO Teams connector report");
    QString out = QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "style-src 'unsafe-inline'\">\n<title>") +
                  esc(title) + QLatin1String("</title>\n<style>") + QLatin1String(style) +
                  QLatin1String("</style>\n</head>\n<body>\n<h1>") + esc(title) +
                  QLatin1String("</h1>\n<p>") +
                  esc(report::ReportText::tr("Generated ") + options.generatedAt.toString(Qt::ISODate)) +
                  QLatin1String("</p>\n");
    if (runs.size() > 1) {
        out += QLatin1String("<table>\n<tr>");
        for (const char *header :
             {"Config", "Tenant", "Cloud", "Worst", "First failing check", "Secret expiry"})
            out += cell(report::ReportText::tr(header), QStringLiteral("th"));
        out += QLatin1String("</tr>\n");
        const auto sorted = report::worstFirst(runs);
        for (const ReportRun *run : sorted) {
            const QString failure = report::firstFailure(*run);
            out += QLatin1String("<tr>") + cell(report::runName(*run, int(run - runs.constData()))) +
                   cell(run->tenantId.isEmpty() ? run->tenantDomain : run->tenantId) +
                   cell(CloudCatalog::info(run->cloud).displayName) + statusCell(run->worstStatus()) +
                   cell(failure.isEmpty() ? QStringLiteral("-") : failure) +
                   cell(report::expiry(run->secretExpiry, today)) + QLatin1String("</tr>\n");
        }
        out += QLatin1String("</table>\n");
    }
    for (int i = 0; i < runs.size(); ++i)
        appendRun(out, runs.at(i), i, today);
    out += QLatin1String("</body>\n</html>\n");
    return out;
}

} // namespace flexo
