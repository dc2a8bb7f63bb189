#include "cloud/EntraError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace flexo {

namespace {

// Entra appends "Trace ID: …", "Correlation ID: …" and "Timestamp: …" lines to every description.
// Each pattern is compiled once: a fleet run reads several descriptions per config, and compiling
// them on every call cost more than the rest of the parse.
const QRegularExpression &labelPattern(EntraError::Label label)
{
    static const auto pattern = [](QLatin1String name) {
        return QRegularExpression(QStringLiteral("(?:^|[\\r\\n])\\s*%1:\\s*([^\\r\\n]+)").arg(name),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression patterns[] = {
        pattern(QLatin1String("Trace ID")), pattern(QLatin1String("Request Id")),
        pattern(QLatin1String("Correlation ID")), pattern(QLatin1String("Timestamp"))};
    return patterns[int(label)];
}

void fillFromDescription(EntraError &e)
{
    if (e.aadsts == 0)
        e.aadsts = EntraError::findAadsts(e.description);
    if (e.traceId.isEmpty())
        e.traceId = EntraError::labelledValue(e.description, EntraError::Label::TraceId);
    if (e.correlationId.isEmpty())
        e.correlationId = EntraError::labelledValue(e.description, EntraError::Label::CorrelationId);
    if (e.timestamp.isEmpty())
        e.timestamp = EntraError::labelledValue(e.description, EntraError::Label::Timestamp);
}

// What follows "AADSTS<number>" on its line, without the colon: `\s*:?\s*([^\r\n]*)` from `from`.
QString restOfCodeLine(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i < text.size() && text.at(i) == QLatin1Char(':'))
        ++i;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    qsizetype end = i;
    while (end < text.size() && text.at(end) != QLatin1Char('\r') && text.at(end) != QLatin1Char('\n'))
        ++end;
    return text.mid(i, end - i);
}

} // namespace

QString EntraError::aadstsCode() const
{
    return aadsts > 0 ? QStringLiteral("AADSTS%1").arg(aadsts) : QString();
}

QUrl EntraError::helpUrl() const
{
    if (aadsts <= 0)
        return {};
    return QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts));
}

QString EntraError::shortDescription() const
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    QString first = description.section(lineBreak, 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^AADSTS\\d+\\s*:\\s*"));
    first.remove(prefix);
    return first;
}

EntraError EntraError::fromJsonBody(const QByteArray &body, int status)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    if (!o.contains(QLatin1String("error")) && !o.contains(QLatin1String("error_codes")))
        return {};
    EntraError e;
    e.httpStatus = status;
    e.error = o.value(QLatin1String("error")).toString();
    e.subError = o.value(QLatin1String("suberror")).toString();
    e.description = o.value(QLatin1String("error_description")).toString();
    const QJsonArray codes = o.value(QLatin1String("error_codes")).toArray();
    for (const QJsonValue &code : codes) {
        if (code.isDouble())
            e.errorCodes << code.toInt();
    }
    // An AADSTS number is positive: a zero or negative entry (from something that is not Entra) is none.
    for (const int code : std::as_const(e.errorCodes)) {
        if (code > 0) {
            e.aadsts = code;
            break;
        }
    }
    e.timestamp = o.value(QLatin1String("timestamp")).toString();
    e.traceId = o.value(QLatin1String("trace_id")).toString();
    e.correlationId = o.value(QLatin1String("correlation_id")).toString();
    const QString uri = o.value(QLatin1String("error_uri")).toString();
    if (!uri.isEmpty())
        e.errorUri = QUrl(uri);
    fillFromDescription(e);
    return e;
}

EntraError EntraError::fromRedirectQuery(const QString &rawQuery)
{
    EntraError e;
    const auto items = formItems(rawQuery);
    for (const auto &item : items) {
        if (item.first == QLatin1String("error"))
            e.error = item.second;
        else if (item.first == QLatin1String("error_description"))
            e.description = item.second;
        else if (item.first == QLatin1String("error_subcode"))
            e.subError = item.second;
        else if (item.first == QLatin1String("error_uri"))
            e.errorUri = QUrl(item.second);
        else if (item.first == QLatin1String("state"))
            e.state = item.second;
    }
    if (e.error.isEmpty())
        return {};
    fillFromDescription(e);
    if (e.aadsts == 0 && e.errorUri.isValid()) {
        // error_uri is "…/error?code=N" when the description is missing.
        bool ok = false;
        const int code = QUrlQuery(e.errorUri).queryItemValue(QStringLiteral("code")).toInt(&ok);
        if (ok && code > 0)
            e.aadsts = code;
    }
    return e;
}

EntraError EntraError::fromText(const QString &text)
{
    EntraError e;
    e.aadsts = findAadsts(text);
    if (e.aadsts == 0)
        return {};
    // Microsoft's page: "AADSTS50011: The redirect URI … Request Id: … Correlation Id: … Timestamp: …"
    const QString code = e.aadstsCode();
    const qsizetype at = text.indexOf(code);
    e.description =
        at >= 0 ? QStringLiteral("%1: %2").arg(code, restOfCodeLine(text, at + code.size()).trimmed()) : code;
    e.traceId = labelledValue(text, Label::TraceId);
    if (e.traceId.isEmpty())
        e.traceId = labelledValue(text, Label::RequestId);
    e.correlationId = labelledValue(text, Label::CorrelationId);
    e.timestamp = labelledValue(text, Label::Timestamp);
    return e;
}

QString EntraError::labelledValue(const QString &text, Label label)
{
    const QRegularExpressionMatch match = labelPattern(label).match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

int EntraError::findAadsts(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d{4,9})"));
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString EntraError::formDecode(QStringView raw)
{
    QByteArray bytes = raw.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QList<QPair<QString, QString>> EntraError::formItems(const QString &rawQuery)
{
    QList<QPair<QString, QString>> items;
    const auto parts = QStringView(rawQuery).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QStringView part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            items.append({formDecode(part), QString()});
        else
            items.append({formDecode(part.left(eq)), formDecode(part.mid(eq + 1))});
    }
    return items;
}

} // namespace flexo
