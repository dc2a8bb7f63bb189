#include "cloud/EntraError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace flexo {

namespace {

// Entra appends "Trace ID: …", "Correlation ID: …" and "Timestamp: …" lines to every description.
QString descriptionLine(const QString &description, QLatin1String label)
{
    const QRegularExpression re(QStringLiteral("(?:^|[\\r\\n])\\s*%1:\\s*([^\\r\\n]+)").arg(label),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(description);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

void fillFromDescription(EntraError &e)
{
    if (e.aadsts == 0)
        e.aadsts = EntraError::findAadsts(e.description);
    if (e.traceId.isEmpty())
        e.traceId = descriptionLine(e.description, QLatin1String("Trace ID"));
    if (e.correlationId.isEmpty())
        e.correlationId = descriptionLine(e.description, QLatin1String("Correlation ID"));
    if (e.timestamp.isEmpty())
        e.timestamp = descriptionLine(e.description, QLatin1String("Timestamp"));
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
    QString first = description.section(QRegularExpression(QStringLiteral("[\\r\\n]")), 0, 0).trimmed();
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
    const QRegularExpression line(QStringLiteral("AADSTS%1\\s*:?\\s*([^\\r\\n]*)").arg(e.aadsts));
    const QRegularExpressionMatch m = line.match(text);
    e.description = m.hasMatch() ? QStringLiteral("AADSTS%1: %2").arg(e.aadsts).arg(m.captured(1).trimmed())
                                 : e.aadstsCode();
    e.traceId = descriptionLine(text, QLatin1String("Trace ID"));
    if (e.traceId.isEmpty())
        e.traceId = descriptionLine(text, QLatin1String("Request Id"));
    e.correlationId = descriptionLine(text, QLatin1String("Correlation ID"));
    e.timestamp = descriptionLine(text, QLatin1String("Timestamp"));
    return e;
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
