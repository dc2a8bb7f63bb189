#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "HttpResponse.h"

namespace flexo::fake {

// Errors of the identity platform in the shapes Entra ID uses: the token/discovery JSON body and the
// HTML page shown instead of a redirect (bad client ID, bad redirect URI, unknown tenant).
class EntraError
{
public:
    // {"error", "error_description" (with Trace ID / Correlation ID / Timestamp lines), "error_codes",
    //  "timestamp", "trace_id", "correlation_id", "error_uri"[, "suberror"]}
    // `withErrorUri` false: some real answers (AADSTS900382) carry no error_uri.
    [[nodiscard]] static HttpResponse json(int status, const QString &error, int code, const QString &message,
                                           const QDateTime &now, const QString &suberror = QString(),
                                           bool withErrorUri = true);
    // Microsoft's error page, shown instead of a redirect: the visible "Sorry, but we're having trouble
    // signing you in." with the AADSTS message and ids, and the $Config script the real page carries
    // (pgid "ConvergedError", iErrorCode, strServiceExceptionMessage).
    [[nodiscard]] static HttpResponse page(int status, int code, const QString &message,
                                           const QDateTime &now);
    // <script>//<![CDATA[ $Config={...}; //]]></script>, as Microsoft's sign-in pages carry their state.
    [[nodiscard]] static QString configScript(const QJsonObject &config);
    [[nodiscard]] static QString timestamp(const QDateTime &now);
    [[nodiscard]] static QString newGuid();
    [[nodiscard]] static QString htmlEscape(const QString &text);
};

} // namespace flexo::fake
