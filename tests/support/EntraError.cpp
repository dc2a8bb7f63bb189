#include "EntraError.h"

#include <QJsonArray>
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
                              const QDateTime &now, const QString &suberror)
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
        {QStringLiteral("error_uri"),
         QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)},
    };
    if (!suberror.isEmpty())
        body.insert(QStringLiteral("suberror"), suberror);
    HttpResponse response = HttpResponse::json(status, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    response.setHeader("x-ms-request-id", traceId.toLatin1());
    return response;
}

HttpResponse EntraError::page(int status, int code, const QString &message, const QDateTime &now)
{
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>FlexO sandbox sign-in (not Microsoft)</title></head><body>\n"
            "<p><small>FlexO sandbox: a local imitation of Microsoft sign-in, for testing.</small></p>\n"
            "<h1>Sign in</h1>\n<h2>Sorry, but we're having trouble signing you in.</h2>\n"
            "<p id=\"error\">AADSTS%1: %2</p>\n"
            "<p>Request Id: %3<br>Correlation Id: %4<br>Timestamp: %5</p>\n</body></html>\n")
            .arg(code)
            .arg(htmlEscape(message), newGuid(), newGuid(), timestamp(now));
    return HttpResponse::html(status, page);
}

} // namespace flexo::fake
