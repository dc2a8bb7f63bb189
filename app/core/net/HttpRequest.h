#pragma once

#include "net/NetworkPolicy.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace flexo {

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
    RetryPolicy retry;      // default: none (net/RetryPolicy.h)
    bool parseJson = true;  // parse the body as JSON (see HttpResult::json)
    // Redirects are never followed (NetworkPolicy). By default a 3xx ends as "net.redirect-refused";
    // set this when any status is a valid answer (checking that a host is reachable).
    bool redirectIsAnswer = false;
    qint64 maxBodyBytes = NetworkPolicy::kMaxBodyBytes; // a longer answer is not read
    QString operation;      // short name for logs and messages: "discovery", "graph.me", ...
    bool useCookies = true; // false: no cookie is sent or kept (a request that must arrive fresh)
    // False for a request that no retry policy may send again once it may have reached the server,
    // such as the meeting create: its caller finds out what happened instead (with createOrGet and
    // the same externalId). Qt's HTTP stack does not repeat a request with a body on its own either
    // (HttpCall sends the body as a OneShotBody), but a proxy in between might, so such a request
    // must also be safe to repeat on the server's side.
    bool retryAfterSent = true;
};

} // namespace flexo
