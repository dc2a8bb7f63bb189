#pragma once

#include "net/NetworkPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace flexo {

// When and how often a request is repeated after 429 Too Many Requests or 503 Service Unavailable.
struct RetryPolicy
{
    int maxRetries = 0;          // 0: never repeat
    qint64 defaultWaitMs = 1000; // first wait when the server sends no usable Retry-After; doubles
    qint64 maxWaitMs = 30000;    // a longer Retry-After ends the retries (the result says so)

    [[nodiscard]] static RetryPolicy standard() { return RetryPolicy{3, 1000, 30000}; }
};

// One HTTP request as services describe it; HttpClient adds the rest (timeout, client-request-id,
// TLS settings, proxy) the same way for every service.
struct HttpRequest
{
    QByteArray method = "GET"; // GET, POST, DELETE, HEAD, ...
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (never an Authorization header:
                                                  // use bearerToken so that it is never logged)
    QByteArray body;
    QByteArray contentType; // e.g. "application/json", "application/x-www-form-urlencoded"
    QString bearerToken;    // sent as "Authorization: Bearer …"; never logged or reported
    int timeoutMs = 0;      // transfer (inactivity) timeout; 0: the client's default
    RetryPolicy retry;      // default: no retry
    bool parseJson = true;  // parse the body as JSON (see HttpResult::json)
    // Redirects are never followed (NetworkPolicy). By default a 3xx ends as "net.redirect-refused";
    // set this when any status is a valid answer (checking that a host is reachable).
    bool redirectIsAnswer = false;
    qint64 maxBodyBytes = NetworkPolicy::kMaxBodyBytes; // a longer answer is not read
    QString operation; // short name for logs and messages: "discovery", "graph.me", ...
    bool useCookies = true; // false: no cookie is sent or kept (a request that must arrive fresh)
    // False for a request that no retry policy may send again once it may have reached the server,
    // such as the meeting create: its caller finds out what happened instead (with createOrGet and
    // the same externalId). Qt's HTTP stack itself may still send a request again on a new
    // connection when the first one closes before the answer, so such a request must also be safe to
    // repeat on the server's side.
    bool retryAfterSent = true;
};

} // namespace flexo
