#include "checks/HtmlReport.h"

#include "checks/FactLabels.h"
#include "checks/ReportFormatting.h"
#include "checks/ReportSummary.h"
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

QString verdictClass(MeetingVerdict verdict)
{
    switch (verdict) {
    case MeetingVerdict::Yes:
        return QStringLiteral("yes");
    case MeetingVerdict::No:
        return QStringLiteral("no");
    case MeetingVerdict::NotVerified:
        break;
    }
    return QStringLiteral("not-verified");
}

// Read on screen and on paper: every state is said in words and told apart by its border, not only by
// colour; a connector starts on its own page and no table row, notice or verdict is cut in two.
const char *const style = R"(
body { font-family: system-ui, sans-serif; margin: 2em; color: #1b1b1b; line-height: 1.4; max-width: 60em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.5em; }
h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
.generated { color: #444; margin-top: 0; }
.verdict { font-size: 1.15em; font-weight: bold; padding: 0.6em 0.8em; margin: 0.8em 0; border: 2px solid; }
.verdict.yes { border-color: #0b6a0b; background: #eef7ee; }
.verdict.no { border-color: #a4262c; border-width: 4px; background: #fbeeee; }
.verdict.not-verified { border-color: #8a5300; border-style: dashed; background: #fdf6e9; }
.notice { border: 2px solid #8a5300; border-left-width: 8px; padding: 0.5em 0.8em; margin: 0.8em 0; background: #fdf6e9; }
.notice strong { display: block; }
.unverified { border: 1px dashed #605e5c; padding: 0.3em 0.8em; margin: 0.8em 0; }
.unverified ul { margin: 0.3em 0; padding-left: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
th { overflow-wrap: normal; }
th { background: #f0f0f0; }
table.settings th { width: 9em; }
table.checks { table-layout: fixed; }
table.checks col.check { width: 18%; } table.checks col.status { width: 11%; }
table.checks col.time { width: 10%; } table.checks col.found { width: 32%; } table.checks col.todo { width: 29%; }
.passed { color: #0b6a0b; } .warning { color: #8a5300; font-weight: bold; }
.failed { color: #a4262c; font-weight: bold; } .skipped { color: #605e5c; font-style: italic; }
.seen { color: #444; font-size: 0.9em; }
p.cell { margin: 0 0 0.3em; }
details { margin: 0.5em 0 1em; } summary { cursor: pointer; font-weight: bold; }
table.facts td:nth-child(2) { font-family: monospace; color: #444; }
@page { margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 8.5pt; line-height: 1.3; color: #000; }
  h1 { font-size: 13pt; } h2 { font-size: 11.5pt; margin: 0 0 0.4em; } h3 { font-size: 9.5pt; }
  th, td { padding: 0.15em 0.35em; }
  table { margin: 0.3em 0 0.6em; }
  .verdict { font-size: 10pt; padding: 0.35em 0.6em; margin: 0.4em 0; }
  .notice, .unverified { padding: 0.25em 0.6em; margin: 0.4em 0; }
  p.cell { margin: 0 0 0.15em; }
  a { color: #000; }
  .verdict, .notice, .unverified, tr, thead { break-inside: avoid; page-break-inside: avoid; }
  body.several section.run { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .verdict, .notice, th { background: none; }
  .passed, .warning, .failed, .skipped, .seen { color: #000; }
}
)";

void appendVerdict(QString &out, const ReportRun &run, const QDate &today)
{
    out += QStringLiteral("<p class=\"verdict %1\">%2</p>\n")
               .arg(verdictClass(report::verdictOf(run)), esc(report::verdictSentence(run)));
    const QString notice = report::expiryNotice(run, today);
    if (!notice.isEmpty())
        out += QStringLiteral("<div class=\"notice expiry\"><strong>%1</strong>%2</div>\n")
                   .arg(esc(report::ReportText::tr("Client secret")), esc(notice));
}

QString foundCell(const CheckResult &r)
{
    QString html;
    if (!r.summary.isEmpty())
        html += QLatin1String("<p class=\"cell\">") + esc(r.summary) + QLatin1String("</p>");
    if (!r.cause.isEmpty())
        html += QLatin1String("<p class=\"cell\"><b>") + esc(report::ReportText::tr("Why:")) +
                QLatin1String("</b> ") + esc(r.cause) + QLatin1String("</p>");
    const QString seen = report::observed(r.observed);
    if (!seen.isEmpty())
        html += QLatin1String("<p class=\"cell seen\">") + esc(report::ReportText::tr("Seen:")) +
                QLatin1Char(' ') + esc(seen) + QLatin1String("</p>");
    return html;
}

QString todoCell(const CheckResult &r)
{
    QString html;
    if (!r.fix.isEmpty())
        html += QLatin1String("<p class=\"cell\">") + esc(r.fix) + QLatin1String("</p>");
    if (!r.remedy.isNull()) {
        html += QLatin1String("<p class=\"cell\"><b>") + esc(report::ReportText::tr("Next step:")) +
                QLatin1String("</b> ") + esc(r.remedy.summary());
        if (r.remedy.kind == RemedyKind::GrantAdminConsent && r.remedy.link.isValid())
            html += QLatin1Char(' ') + link(r.remedy.link);
        html += QLatin1String("</p>");
    }
    if (!r.helpUrl.isEmpty())
        html += QLatin1String("<p class=\"cell\">") + esc(report::ReportText::tr("Help:")) +
                QLatin1Char(' ') + link(r.helpUrl) + QLatin1String("</p>");
    return html;
}

// Every fact as recorded, under its label and its key: what support asks for, out of the way of a
// first reading.
void appendFacts(QString &out, const ReportRun &run)
{
    QString facts;
    for (const CheckResult &r : run.results) {
        if (r.facts.isEmpty())
            continue;
        facts += QLatin1String("<h4>") + esc(r.title) + QLatin1String("</h4>\n<table class=\"facts\">\n");
        for (auto it = r.facts.constBegin(); it != r.facts.constEnd(); ++it)
            facts += QLatin1String("<tr>") + cell(FactLabels::label(it.key()), QStringLiteral("th")) +
                     cell(it.key()) + cell(report::factText(it.value())) + QLatin1String("</tr>\n");
        facts += QLatin1String("</table>\n");
    }
    if (facts.isEmpty())
        return;
    out += QLatin1String("<details class=\"facts\">\n<summary>") +
           esc(report::ReportText::tr("Recorded facts (for support)")) + QLatin1String("</summary>\n") +
           facts + QLatin1String("</details>\n");
}

void appendRun(QString &out, const ReportRun &run, int index, const QDate &today, bool withVerdict)
{
    out += QLatin1String("<section class=\"run\">\n<h2>") + esc(report::runName(run, index)) +
           QLatin1String("</h2>\n");
    if (withVerdict)
        appendVerdict(out, run, today);
    out += QLatin1String("<table class=\"settings\">\n");
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

    const QStringList unverified = report::unverifiedLines(run);
    if (!unverified.isEmpty()) {
        out += QLatin1String("<div class=\"unverified\"><h3>") + esc(report::ReportText::tr("Not verified")) +
               QLatin1String("</h3>\n<ul>\n");
        for (const QString &line : unverified)
            out += QLatin1String("<li>") + esc(line) + QLatin1String("</li>\n");
        out += QLatin1String("</ul></div>\n");
    }
    if (!run.results.isEmpty()) {
        out += QLatin1String("<table class=\"checks\">\n<colgroup><col class=\"check\"><col class=\"status\">"
                             "<col class=\"time\"><col class=\"found\"><col class=\"todo\"></colgroup>\n"
                             "<thead><tr>") +
               cell(report::ReportText::tr("Check"), QStringLiteral("th")) +
               cell(report::ReportText::tr("Status"), QStringLiteral("th")) +
               cell(report::ReportText::tr("Duration"), QStringLiteral("th")) +
               cell(report::ReportText::tr("What was found"), QStringLiteral("th")) +
               cell(report::ReportText::tr("What to do"), QStringLiteral("th")) +
               QLatin1String("</tr></thead>\n<tbody>\n");
        for (const CheckResult &r : run.results) {
            out += QLatin1String("<tr>") + cell(r.title) + statusCell(r.status) +
                   cell(report::duration(r.durationMs)) + QLatin1String("<td>") + foundCell(r) +
                   QLatin1String("</td><td>") + todoCell(r) + QLatin1String("</td></tr>\n");
        }
        out += QLatin1String("</tbody>\n</table>\n");
        appendFacts(out, run);
    }
    out += QLatin1String("</section>\n");
}

} // namespace

QString HtmlReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    const QDate today = options.generatedAt.date();
    const QString title = report::ReportText::tr("FlexO Teams connector report");
    const bool several = runs.size() > 1;
    QString out = QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "style-src 'unsafe-inline'\">\n<title>") +
                  esc(title) + QLatin1String("</title>\n<style>") + QLatin1String(style) +
                  QLatin1String("</style>\n</head>\n<body") +
                  (several ? QLatin1String(" class=\"several\"") : QLatin1String()) +
                  QLatin1String(">\n<h1>") + esc(title) + QLatin1String("</h1>\n<p class=\"generated\">") +
                  esc(report::ReportText::tr("Generated ") + options.generatedAt.toString(Qt::ISODate)) +
                  QLatin1String("</p>\n");
    if (runs.size() == 1) {
        appendVerdict(out, runs.constFirst(), today);
        appendRun(out, runs.constFirst(), 0, today, false);
    } else if (several) {
        out += QLatin1String("<p class=\"verdict\">") + esc(report::overallSentence(runs)) +
               QLatin1String("</p>\n");
        for (int i = 0; i < runs.size(); ++i) {
            const QString notice = report::expiryNotice(runs.at(i), today);
            if (!notice.isEmpty())
                out += QStringLiteral("<div class=\"notice expiry\"><strong>%1</strong>%2</div>\n")
                           .arg(esc(report::runName(runs.at(i), i)), esc(notice));
        }
        out += QLatin1String("<table class=\"summary\">\n<thead><tr>");
        for (const char *header :
             {QT_TRANSLATE_NOOP("flexo::Report", "Config"), QT_TRANSLATE_NOOP("flexo::Report", "Tenant"),
              QT_TRANSLATE_NOOP("flexo::Report", "Cloud"), QT_TRANSLATE_NOOP("flexo::Report", "Meetings"),
              QT_TRANSLATE_NOOP("flexo::Report", "Worst"),
              QT_TRANSLATE_NOOP("flexo::Report", "First failing check"),
              QT_TRANSLATE_NOOP("flexo::Report", "Not verified"),
              QT_TRANSLATE_NOOP("flexo::Report", "Secret expiry")})
            out += cell(report::ReportText::tr(header), QStringLiteral("th"));
        out += QLatin1String("</tr></thead>\n<tbody>\n");
        const auto sorted = report::worstFirst(runs);
        for (const ReportRun *run : sorted) {
            const QString failure = report::firstFailure(*run);
            const QString unverified = report::unverifiedShort(*run);
            out += QLatin1String("<tr>") + cell(report::runName(*run, int(run - runs.constData()))) +
                   cell(run->tenantId.isEmpty() ? run->tenantDomain : run->tenantId) +
                   cell(CloudCatalog::info(run->cloud).displayName) +
                   cell(report::verdictWord(report::verdictOf(*run))) + statusCell(run->worstStatus()) +
                   cell(failure.isEmpty() ? QStringLiteral("-") : failure) +
                   cell(unverified.isEmpty() ? QStringLiteral("-") : unverified) +
                   cell(report::expiry(run->secretExpiry, today)) + QLatin1String("</tr>\n");
        }
        out += QLatin1String("</tbody>\n</table>\n");
    }
    if (several) {
        for (int i = 0; i < runs.size(); ++i)
            appendRun(out, runs.at(i), i, today, true);
    }
    out += QLatin1String("</body>\n</html>\n");
    return out;
}

} // namespace flexo
