#include "auth/TokenRequest.h"

#include "net/RetryPolicy.h"

namespace flexo {

QByteArray TokenRequest::field(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

HttpRequest TokenRequest::post(const QUrl &tokenEndpoint, QByteArray form, std::chrono::milliseconds timeout,
                               const QString &operation)
{
    HttpRequest http;
    http.method = "POST";
    http.url = tokenEndpoint;
    http.contentType = "application/x-www-form-urlencoded";
    http.body = std::move(form);
    http.timeoutMs = int(timeout.count());
    http.operation = operation;
    http.retry = RetryPolicy::identity();
    return http;
}

} // namespace flexo
