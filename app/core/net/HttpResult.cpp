#include "net/HttpResult.h"

namespace flexo {

HttpAttempt HttpFacts::lastAttempt() const
{
    HttpAttempt last;
    last.status = status;
    last.failure = failure;
    last.serviceCode = serviceCode;
    last.requestId = requestId;
    last.correlationId = correlationId;
    last.intermediary = intermediary;
    last.retryAfterMs = retryAfterMs;
    return last;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

} // namespace flexo
