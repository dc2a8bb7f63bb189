#include "EntraError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace flexo::fake {

QString EntraError::timestamp(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
}

QString EntraError::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString EntraError::htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

HttpResponse EntraError::json(int status, const QString &error, int code, const QString &message,
                              const QDateTime &now, const QString &suberror, bool withErrorUri)
{
    const QString traceId = newGuid();
    const QString correlationId = newGuid();
    const QString stamp = timestamp(now);
    QJsonObject body{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"),
         QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
             .arg(code)
             .arg(message, traceId, correlationId, stamp)},
        {QStringLiteral("error_codes"), QJsonArray{code}},
        {QStringLiteral("timestamp"), stamp},
        {QStringLiteral("trace_id"), traceId},
        {QStringLiteral("correlation_id"), correlationId},
    };
    if (withErrorUri) {
        body.insert(QStringLiteral("error_uri"),
                    QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code));
    }
    if (!suberror.isEmpty())
        body.insert(QStringLiteral("suberror"), suberror);
    HttpResponse response = HttpResponse::json(status, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    response.setHeader("x-ms-request-id", traceId.toLatin1());
    return response;
}

QString EntraError::configScript(const QJsonObject &config)
{
    // The page's state as Microsoft's pages carry it: a $Config object in a CDATA script block.
    QString json = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    json.replace(QLatin1String("</"), QLatin1String("<\\/"));
    return QStringLiteral("<script type=\"text/javascript\">//<![CDATA[\n$Config=%1;\n//]]></script>\n")
        .arg(json);
}

HttpResponse EntraError::page(int status, int code, const QString &message, const QDateTime &now)
{
    const QString requestId = newGuid();
    const QString correlationId = newGuid();
    const QString stamp = now.toUTC().toString(Qt::ISODate);
    const QString sorry = QStringLiteral("Sorry, but we're having trouble signing you in.");
    const QString exception = QStringLiteral("AADSTS%1: %2").arg(code).arg(message);
    const QJsonObject config{{QStringLiteral("pgid"), QStringLiteral("ConvergedError")},
                             {QStringLiteral("iErrorCode"), code},
                             {QStringLiteral("strMainMessage"), sorry},
                             {QStringLiteral("strServiceExceptionMessage"), exception},
                             {QStringLiteral("correlationId"), correlationId},
                             {QStringLiteral("sessionId"), requestId}};
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Sign in to your account</title></head><body>\n"
            "<p><small>FlexO sandbox: a local imitation of Microsoft sign-in, for testing.</small></p>\n"
            "<h1>Sign in</h1>\n<h2>%1</h2>\n"
            "<p id=\"error\">%2</p>\n"
            "<p>Request Id: %3<br>Correlation Id: %4<br>Timestamp: %5</p>\n%6</body></html>\n")
            .arg(htmlEscape(sorry), htmlEscape(exception), requestId, correlationId, stamp,
                 configScript(config));
    return HttpResponse::html(status, page);
}

} // namespace flexo::fake
