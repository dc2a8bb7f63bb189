#pragma once

#include "net/HttpResult.h"
#include "net/JsonBody.h"

namespace flexo::fuzz {

// An HTTP answer as HttpCall hands it to a service: the status, the body and, when the body is (or
// claims to be) JSON, the parsed document or the error reading it.
[[nodiscard]] inline HttpResult httpAnswer(int status, const QByteArray &body,
                                           const QByteArray &contentType = "application/json")
{
    HttpResult result;
    result.facts.status = status;
    result.body = body;
    result.headers.insert("content-type", contentType);
    if (!body.trimmed().isEmpty() && (result.isSuccess() || JsonBody::looksLikeJson(contentType, {})))
        result.error = JsonBody::parse(body, QStringLiteral("fuzz"), &result.json);
    return result;
}

} // namespace flexo::fuzz
