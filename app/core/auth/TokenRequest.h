#pragma once

#include "net/HttpRequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

namespace flexo {

// A POST of a form to Entra's token endpoint, as the client-credentials check and the kept sign-in's
// refresh send it: one attempt per call (RetryPolicy::identity()), within `timeout`.
class TokenRequest
{
public:
    // One form field, its value fully percent-encoded: a legacy secret's '+' must not turn into a space.
    [[nodiscard]] static QByteArray field(const char *name, const QString &value);
    [[nodiscard]] static HttpRequest post(const QUrl &tokenEndpoint, QByteArray form,
                                          std::chrono::milliseconds timeout, const QString &operation);
};

} // namespace flexo
