#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/NetworkOptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

namespace flexo {

class HttpCall;
class NetClock;

// The one way the product sends HTTP requests. For every request it sets the transfer timeout, a
// fresh `client-request-id` GUID, the TLS configuration (system CAs plus the configured bundle),
// parses JSON bodies, classifies failures into flexo::Error (DNS, refused, timeout vs cancel,
// dropped, TLS with the certificate's issuer and subject, proxy) and repeats after 429/503 as the
// request's RetryPolicy allows, honouring Retry-After. It never logs the bearer token.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &)>;

    // `manager` and `clock` must outlive the client; a null clock means the real one.
    explicit HttpClient(QNetworkAccessManager *manager, const NetworkOptions &options = {},
                        NetClock *clock = nullptr, QObject *parent = nullptr);

    // Starts the request; `callback` runs once, on the event loop, unless `context` was destroyed.
    // The returned call can be cancelled; it deletes itself after finishing.
    HttpCall *send(const HttpRequest &request, QObject *context, Callback callback);

    // Cancels every call still running (their callbacks run with a "net.cancelled" error).
    void cancelAll();

    [[nodiscard]] QNetworkAccessManager *manager() const { return m_manager; }
    [[nodiscard]] const NetworkOptions &options() const { return m_options; }
    [[nodiscard]] NetClock *clock() const { return m_clock; }
    [[nodiscard]] const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }

    // A new GUID without braces, as Microsoft's services expect in client-request-id.
    [[nodiscard]] static QString newClientRequestId();

private:
    QNetworkAccessManager *m_manager;
    NetworkOptions m_options;
    NetClock *m_clock;
    QSslConfiguration m_sslConfiguration;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace flexo
