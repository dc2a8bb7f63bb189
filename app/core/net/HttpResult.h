#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

namespace flexo {

// One answer (or the lack of one) that the retry policy did not accept, so the request was sent again.
struct HttpAttempt
{
    int status = 0;           // HTTP status; 0 when no answer came
    QString failure;          // without an answer: the net.* code ("net.timeout", "net.connection-dropped")
    QString serviceCode;      // the error code in the answer's body: "AADSTS90033", "serviceNotAvailable"
    QString requestId;        // request-id or x-ms-request-id
    QString correlationId;    // Entra's correlation_id
    QString intermediary;     // set when a proxy or gateway answered with its own page: its name
    qint64 retryAfterMs = -1; // the answer's Retry-After; -1 when absent or unreadable
    qint64 waitMs = 0;        // waited before the next attempt
};

// What was observed on the wire for one logical request (all attempts). Safe to show and report:
// the URL is redacted and no header value that could hold a secret is kept here.
struct HttpFacts
{
    QString method;
    QString url;             // redacted (flexo::redactUrl)
    QString operation;       // the request's short name: "discovery", "token.client-credentials", ...
    int status = 0;          // HTTP status of the last response; 0 when none was read
    QString requestId;       // server's request-id (Graph) or x-ms-request-id (Entra)
    QString clientRequestId; // the GUID this client sent as client-request-id
    qint64 durationMs = 0;   // from the first send to the end, waits included
    int attempts = 0;
    QList<qint64> retryWaitsMs; // the waits before each repeat (Retry-After or backoff)
    qint64 heldBackMs = 0;      // waited before sending because the host had asked this run to wait
                                // (another request's Retry-After, HostPauses)
    qint64 retryAfterMs = -1;   // the last response's Retry-After, in ms; -1 when absent or unreadable
    QString failure;            // the last attempt got no answer: its net.* code (see HttpAttempt)
    QString serviceCode;        // the error code in the last answer's body (see HttpAttempt)
    QString correlationId;      // Entra's correlation_id in the last answer's body
    QString intermediary;       // the last answer was a proxy's or gateway's own error page: its name
    QList<HttpAttempt> retried; // the attempts before the last one, oldest first

    [[nodiscard]] bool wasRetried() const { return !retried.isEmpty(); }
    [[nodiscard]] HttpAttempt lastAttempt() const;
};

// The outcome of a request. `error` is set when no usable answer was obtained: the network, the
// proxy or TLS failed, the request timed out or was cancelled, or a JSON body could not be read.
// An HTTP error status (4xx/5xx) is NOT an error here: services read `status` and the body.
struct HttpResult
{
    Error error;
    HttpFacts facts;
    QByteArray body;
    QJsonDocument json;                    // the parsed body when it was JSON
    QHash<QByteArray, QByteArray> headers; // response headers, names in lower case
    QList<QSslCertificate> peerCertificateChain;
    bool timedOut = false;
    bool cancelled = false;

    [[nodiscard]] bool ok() const { return error.isNull(); }
    [[nodiscard]] int status() const { return facts.status; }
    [[nodiscard]] bool isSuccess() const { return facts.status >= 200 && facts.status < 300; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const; // case-insensitive
    [[nodiscard]] QJsonObject jsonObject() const { return json.object(); }
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::HttpResult)
