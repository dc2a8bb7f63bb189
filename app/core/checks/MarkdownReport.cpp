#include "checks/MarkdownReport.h"

#include "checks/FactLabels.h"
#include "checks/ReportFormatting.h"
#include "checks/ReportSummary.h"
#include "cloud/CloudCatalog.h"

namespace flexo {

namespace {

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped << MarkdownReport::escape(cell);
    return QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

QString headerRow(const QStringList &cells)
{
    QString out = row(cells) + QLatin1Char('|');
    for (int i = 0; i < cells.size(); ++i)
        out += QLatin1String(" --- |");
    return out + QLatin1Char('\n');
}

// The verdict and a near expiry, first: what a reader needs before any detail.
void appendVerdict(QString &out, const ReportRun &run, const QDate &today)
{
    out +=
        QLatin1String("**") + MarkdownReport::escape(report::verdictSentence(run)) + QLatin1String("**\n\n");
    const QString notice = report::expiryNotice(run, today);
    if (!notice.isEmpty())
        out += QLatin1String("> **") + MarkdownReport::escape(report::ReportText::tr("Client secret:")) +
               QLatin1String("** ") + MarkdownReport::escape(notice) + QLatin1String("\n\n");
}

void appendRun(QString &out, const ReportRun &run, int index, const QDate &today, bool withVerdict)
{
    out += QLatin1String("## ") + MarkdownReport::escape(report::runName(run, index)) + QLatin1String("\n\n");
    if (withVerdict)
        appendVerdict(out, run, today);
    out += headerRow({report::ReportText::tr("Setting"), report::ReportText::tr("Value")});
    out += row({report::ReportText::tr("Cloud"), CloudCatalog::info(run.cloud).displayName});
    out += row({report::ReportText::tr("Tenant"), report::tenant(run)});
    out += row({report::ReportText::tr("Client ID"), run.clientId});
    out += row({report::ReportText::tr("Secret"), report::secret(run)});
    out += row({report::ReportText::tr("Secret expiry"), report::expiry(run.secretExpiry, today)});
    QString result = statusTitle(run.worstStatus());
    const QString failure = report::firstFailure(run);
    if (!failure.isEmpty())
        result += report::ReportText::tr(" — first failing check: ") + failure;
    if (run.interrupted)
        result += report::ReportText::tr(" (interrupted)");
    out += row({report::ReportText::tr("Result"), result});
    out += QLatin1Char('\n');
    const QStringList unverified = report::unverifiedLines(run);
    if (!unverified.isEmpty()) {
        out += QLatin1String("**") + MarkdownReport::escape(report::ReportText::tr("Not verified:")) +
               QLatin1String("**\n\n");
        for (const QString &line : unverified)
            out += QLatin1String("- ") + MarkdownReport::escape(line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (!run.error.isEmpty())
        out += QLatin1String("**") + MarkdownReport::escape(run.error) + QLatin1String("**\n\n");
    if (run.results.isEmpty())
        return;

    out += headerRow({report::ReportText::tr("Check"), report::ReportText::tr("Status"),
                      report::ReportText::tr("Duration"), report::ReportText::tr("Summary")});
    for (const CheckResult &r : run.results)
        out += row({r.title, statusTitle(r.status), report::duration(r.durationMs), r.summary});
    out += QLatin1Char('\n');

    // Details only where there is something to act on.
    for (const CheckResult &r : run.results) {
        if (r.status != CheckStatus::Failed && r.status != CheckStatus::Warning)
            continue;
        out += QLatin1String("### ") + MarkdownReport::escape(r.title) + QLatin1String(" (") +
               MarkdownReport::escape(statusTitle(r.status)) + QLatin1String(")\n\n");
        auto item = [&out](const QString &label, const QString &text) {
            if (!text.isEmpty())
                out += QLatin1String("- **") + MarkdownReport::escape(label) + QLatin1String(":** ") +
                       MarkdownReport::escape(text) + QLatin1Char('\n');
        };
        item(report::ReportText::tr("What"), r.summary);
        item(report::ReportText::tr("Why"), r.cause);
        item(report::ReportText::tr("Fix"), r.fix);
        item(report::ReportText::tr("Next step"), r.remedy.summary());
        item(report::ReportText::tr("Seen"), report::observed(r.observed));
        item(report::ReportText::tr("Help"), r.helpUrl.toString());
        for (auto it = r.facts.constBegin(); it != r.facts.constEnd(); ++it)
            item(FactLabels::label(it.key()), report::factText(it.value()));
        out += QLatin1Char('\n');
    }
}

} // namespace

QString MarkdownReport::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '#':
            out += QLatin1Char('\\') + c;
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '\r':
            break;
        case '\n':
            out += QLatin1String("<br>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString MarkdownReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    const QDate today = options.generatedAt.date();
    QString out = QLatin1String("# ") + report::ReportText::tr("FlexO Teams connector report") +
                  QLatin1String("\n\n") +
                  escape(report::ReportText::tr("Generated ") + options.generatedAt.toString(Qt::ISODate)) +
                  QLatin1String("\n\n");
    if (runs.size() == 1) {
        appendVerdict(out, runs.constFirst(), today);
        appendRun(out, runs.constFirst(), 0, today, false);
        return out;
    }
    if (!runs.isEmpty()) {
        out += QLatin1String("**") + escape(report::overallSentence(runs)) + QLatin1String("**\n\n");
        for (int i = 0; i < runs.size(); ++i) {
            const QString notice = report::expiryNotice(runs.at(i), today);
            if (!notice.isEmpty())
                out += QLatin1String("> **") + escape(report::runName(runs.at(i), i)) +
                       QLatin1String(":** ") + escape(notice) + QLatin1String("\n\n");
        }
        out += headerRow({report::ReportText::tr("Config"), report::ReportText::tr("Tenant"),
                          report::ReportText::tr("Cloud"), report::ReportText::tr("Meetings"),
                          report::ReportText::tr("Worst"), report::ReportText::tr("First failing check"),
                          report::ReportText::tr("Not verified"), report::ReportText::tr("Secret expiry")});
        const auto sorted = report::worstFirst(runs);
        for (const ReportRun *run : sorted) {
            const QString failure = report::firstFailure(*run);
            const QString unverified = report::unverifiedShort(*run);
            out +=
                row({report::runName(*run, int(run - runs.constData())),
                     run->tenantId.isEmpty() ? run->tenantDomain : run->tenantId,
                     CloudCatalog::info(run->cloud).displayName, report::verdictWord(report::verdictOf(*run)),
                     statusTitle(run->worstStatus()), failure.isEmpty() ? QStringLiteral("-") : failure,
                     unverified.isEmpty() ? QStringLiteral("-") : unverified,
                     report::expiry(run->secretExpiry, today)});
        }
        out += QLatin1Char('\n');
    }
    for (int i = 0; i < runs.size(); ++i)
        appendRun(out, runs.at(i), i, today, true);
    return out;
}

} // namespace flexo
