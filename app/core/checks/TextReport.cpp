#include "checks/TextReport.h"

#include "checks/FactLabels.h"
#include "checks/ReportFormatting.h"
#include "checks/ReportSummary.h"
#include "cloud/CloudCatalog.h"

#include <QCoreApplication>

namespace flexo {

namespace {

QString statusTag(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return QStringLiteral("[ ok ]");
    case CheckStatus::Warning:
        return QStringLiteral("[warn]");
    case CheckStatus::Failed:
        return QStringLiteral("[FAIL]");
    case CheckStatus::Skipped:
        return QStringLiteral("[skip]");
    case CheckStatus::Pending:
    case CheckStatus::Running:
        return QStringLiteral("[ .. ]");
    }
    return QString();
}

// Columns padded to their widest cell.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths << cell.size();
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i)
            out += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype width : widths)
        rule << QString(width, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

// The verdict and a near expiry, first: what a reader needs before any detail.
void appendVerdict(QString &out, const ReportRun &run, const QDate &today)
{
    out += report::verdictSentence(run) + QLatin1Char('\n');
    const QString notice = report::expiryNotice(run, today);
    if (!notice.isEmpty())
        out += QLatin1String("!  ") + notice + QLatin1Char('\n');
    out += QLatin1Char('\n');
}

void appendRun(QString &out, const ReportRun &run, int index, const QDate &today, bool withVerdict)
{
    const QString name = report::runName(run, index);
    out += name + QLatin1Char('\n') + QString(name.size(), QLatin1Char('=')) + QLatin1Char('\n');
    if (withVerdict)
        appendVerdict(out, run, today);
    out +=
        report::ReportText::tr("Cloud:     ") + CloudCatalog::info(run.cloud).displayName + QLatin1Char('\n');
    out += report::ReportText::tr("Tenant:    ") + report::tenant(run) + QLatin1Char('\n');
    out += report::ReportText::tr("Client ID: ") +
           (run.clientId.isEmpty() ? report::ReportText::tr("(not set)") : run.clientId) + QLatin1Char('\n');
    out += report::ReportText::tr("Secret:    ") + report::secret(run) +
           report::ReportText::tr(", expires ") + report::expiry(run.secretExpiry, today) + QLatin1Char('\n');
    out += report::ReportText::tr("Result:    ") + statusTitle(run.worstStatus());
    const QString failure = report::firstFailure(run);
    if (!failure.isEmpty())
        out += report::ReportText::tr(" (first failing check: ") + failure + QLatin1Char(')');
    if (run.interrupted)
        out += report::ReportText::tr(" (interrupted)");
    out += QLatin1String("\n\n");
    const QStringList unverified = report::unverifiedLines(run);
    if (!unverified.isEmpty()) {
        out += report::ReportText::tr("Not verified:") + QLatin1Char('\n');
        for (const QString &line : unverified)
            out += QLatin1String("  - ") + line + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (!run.error.isEmpty())
        out += QStringLiteral("  %1 %2\n\n").arg(statusTag(CheckStatus::Failed), run.error);

    for (const CheckResult &result : run.results) {
        out += QStringLiteral("%1 %2  %3\n")
                   .arg(statusTag(result.status), result.title.leftJustified(32),
                        report::duration(result.durationMs));
        const QString indent = QStringLiteral("       ");
        if (!result.summary.isEmpty())
            out += indent + result.summary + QLatin1Char('\n');
        if (!result.cause.isEmpty())
            out += indent + report::ReportText::tr("Why: ") + result.cause + QLatin1Char('\n');
        if (!result.fix.isEmpty())
            out += indent + report::ReportText::tr("Fix: ") + result.fix + QLatin1Char('\n');
        if (!result.remedy.isNull())
            out +=
                indent + report::ReportText::tr("Next step: ") + result.remedy.summary() + QLatin1Char('\n');
        const QString seen = report::observed(result.observed);
        if (!seen.isEmpty())
            out += indent + report::ReportText::tr("Seen: ") + seen + QLatin1Char('\n');
        if (!result.helpUrl.isEmpty())
            out += indent + report::ReportText::tr("Help: ") + result.helpUrl.toString() + QLatin1Char('\n');
        for (auto it = result.facts.constBegin(); it != result.facts.constEnd(); ++it)
            out += indent + FactLabels::label(it.key()) + QLatin1String(": ") + report::factText(it.value()) +
                   QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
}

} // namespace

QString TextReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    const QDate today = options.generatedAt.date();
    QString out = report::ReportText::tr("FlexO Teams connector report") + QStringLiteral(" — ") +
                  options.generatedAt.toString(Qt::ISODate) + QLatin1String("\n\n");
    if (runs.size() == 1) {
        appendVerdict(out, runs.constFirst(), today);
        appendRun(out, runs.constFirst(), 0, today, false);
        return out;
    }
    if (!runs.isEmpty()) {
        out += report::overallSentence(runs) + QLatin1Char('\n');
        for (int i = 0; i < runs.size(); ++i) {
            const QString notice = report::expiryNotice(runs.at(i), today);
            if (!notice.isEmpty())
                out += QLatin1String("!  ") + report::runName(runs.at(i), i) + QLatin1String(": ") + notice +
                       QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
        QList<QStringList> rows;
        const auto sorted = report::worstFirst(runs);
        for (const ReportRun *run : sorted) {
            const QString failure = report::firstFailure(*run);
            const QString unverified = report::unverifiedShort(*run);
            rows << QStringList{report::runName(*run, int(run - runs.constData())),
                                run->tenantId.isEmpty() ? run->tenantDomain : run->tenantId,
                                CloudCatalog::info(run->cloud).displayName,
                                report::verdictWord(report::verdictOf(*run)),
                                statusTitle(run->worstStatus()),
                                failure.isEmpty() ? QStringLiteral("-") : failure,
                                unverified.isEmpty() ? QStringLiteral("-") : unverified,
                                report::expiry(run->secretExpiry, today)};
        }
        out += table({report::ReportText::tr("Config"), report::ReportText::tr("Tenant"),
                      report::ReportText::tr("Cloud"), report::ReportText::tr("Meetings"),
                      report::ReportText::tr("Worst"), report::ReportText::tr("First failing check"),
                      report::ReportText::tr("Not verified"), report::ReportText::tr("Secret expiry")},
                     rows);
        out += QLatin1Char('\n');
    }
    for (int i = 0; i < runs.size(); ++i)
        appendRun(out, runs.at(i), i, today, true);
    return out;
}

} // namespace flexo
