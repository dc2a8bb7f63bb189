#pragma once

#include <QDateTime>
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
    [[nodiscard]] static HttpResponse json(int status, const QString &error, int code, const QString &message,
                                           const QDateTime &now, const QString &suberror = QString());
    [[nodiscard]] static HttpResponse page(int status, int code, const QString &message,
                                           const QDateTime &now);
    [[nodiscard]] static QString timestamp(const QDateTime &now);
    [[nodiscard]] static QString newGuid();
    [[nodiscard]] static QString htmlEscape(const QString &text);
};

} // namespace flexo::fake
