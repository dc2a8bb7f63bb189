#include "checks/ReportRenderer.h"

#include "checks/HtmlReport.h"
#include "checks/JsonReport.h"
#include "checks/MarkdownReport.h"
#include "checks/NagiosReport.h"
#include "checks/PrometheusReport.h"
#include "checks/TextReport.h"
#include "common/Redaction.h"

#include <QRegularExpression>

namespace flexo {

namespace {

QVariant maskVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return ReportRenderer::maskUsers(value.toString());
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &item : list)
            item = ReportRenderer::maskUsers(item);
        return list;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = maskVariant(item);
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = maskVariant(it.value());
        return map;
    }
    default:
        return value;
    }
}

CheckResult maskResult(CheckResult result)
{
    for (QString *text : {&result.title, &result.summary, &result.cause, &result.fix})
        *text = ReportRenderer::maskUsers(*text);
    for (auto it = result.facts.begin(); it != result.facts.end(); ++it)
        it.value() = maskVariant(it.value());
    return result;
}

ReportOptions withDefaults(ReportOptions options)
{
    if (!options.generatedAt.isValid())
        options.generatedAt = QDateTime::currentDateTimeUtc();
    options.generatedAt = options.generatedAt.toUTC();
    return options;
}

} // namespace

bool ReportRenderer::parseFormat(const QString &name, Format *format)
{
    const QString key = name.trimmed().toLower();
    Format parsed;
    if (key == QLatin1String("text"))
        parsed = Format::Text;
    else if (key == QLatin1String("json"))
        parsed = Format::Json;
    else if (key == QLatin1String("markdown") || key == QLatin1String("md"))
        parsed = Format::Markdown;
    else if (key == QLatin1String("html"))
        parsed = Format::Html;
    else if (key == QLatin1String("nagios"))
        parsed = Format::Nagios;
    else if (key == QLatin1String("prometheus"))
        parsed = Format::Prometheus;
    else
        return false;
    if (format)
        *format = parsed;
    return true;
}

QString ReportRenderer::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Markdown:
        return QStringLiteral("markdown");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Nagios:
        return QStringLiteral("nagios");
    case Format::Prometheus:
        return QStringLiteral("prometheus");
    }
    return QString();
}

QString ReportRenderer::maskUsers(const QString &text)
{
    static const QRegularExpression upn(
        QStringLiteral(R"([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)"));
    QString out;
    qsizetype last = 0;
    auto it = upn.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += redactUser(match.captured());
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QList<ReportRun> ReportRenderer::prepare(const QList<ReportRun> &runs, const ReportOptions &options)
{
    QList<ReportRun> prepared;
    for (ReportRun run : runs) {
        // Values from the config file and the command line: one line each, nothing that drives a terminal.
        for (QString *text : {&run.source, &run.tenantId, &run.tenantDomain, &run.clientId, &run.secretHint})
            *text = plainText(scrub(*text, options.sensitiveValues), TextLines::Single);
        run.error = plainText(scrub(run.error, options.sensitiveValues), TextLines::Multi);
        for (CheckResult &result : run.results) {
            result = scrubResult(std::move(result), options.sensitiveValues);
            if (options.redactUsers)
                result = maskResult(std::move(result));
        }
        if (options.redactUsers)
            run.error = maskUsers(run.error);
        prepared << run;
    }
    return prepared;
}

QString ReportRenderer::render(Format format, const QList<ReportRun> &runs, const ReportOptions &givenOptions)
{
    const ReportOptions options = withDefaults(givenOptions);
    const QList<ReportRun> prepared = prepare(runs, options);
    QString text;
    switch (format) {
    case Format::Text:
        text = TextReport::render(prepared, options);
        break;
    case Format::Json:
        text = JsonReport::render(prepared, options);
        break;
    case Format::Markdown:
        text = MarkdownReport::render(prepared, options);
        break;
    case Format::Html:
        text = HtmlReport::render(prepared, options);
        break;
    case Format::Nagios:
        text = NagiosReport::render(prepared, options);
        break;
    case Format::Prometheus:
        text = PrometheusReport::render(prepared, options);
        break;
    }
    // The last line of defence: nothing secret, nothing that drives a terminal, whatever the format.
    return plainText(scrub(text, options.sensitiveValues), TextLines::Multi);
}

QString ReportRenderer::render(Format format, const ReportRun &run, const ReportOptions &options)
{
    return render(format, QList<ReportRun>{run}, options);
}

QJsonObject ReportRenderer::toJson(const QList<ReportRun> &runs, const ReportOptions &givenOptions)
{
    const ReportOptions options = withDefaults(givenOptions);
    return JsonReport::toJson(prepare(runs, options), options);
}

} // namespace flexo
