#pragma once

#include "auth/AuthResult.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace flexo {

class HttpCall;
class HttpClient;
struct HttpResult;

struct ClientCredentialsRequest
{
    QUrl tokenEndpoint; // from discovery
    QString clientId;
    QString clientSecret; // in memory only; sent form-encoded, never logged
    QUrl graphResource;   // e.g. https://graph.microsoft.com; the scope is "{graphResource}/.default"
    QString tenant;       // for the explanations only
    QDate secretExpiry;   // for the explanations only
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
};

// The "app-credentials" step: a client-credentials grant for Microsoft Graph proves the tenant, the
// client ID and the secret without any person. The token itself is dropped at once.
class ClientCredentialsService : public QObject
{
    Q_OBJECT

public:
    // `client` (proxy, CA bundle, client-request-id, error classification) must outlive the service.
    explicit ClientCredentialsService(HttpClient *client, QObject *parent = nullptr);
    ~ClientCredentialsService() override;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start(const ClientCredentialsRequest &request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }

    // The form body sent (exposed for tests of the encoding).
    [[nodiscard]] static QByteArray formBody(const ClientCredentialsRequest &request);

signals:
    void finished(const flexo::AuthResult &result);

private:
    void handleResult(const HttpResult &http);
    void finish(AuthResult result);

    HttpClient *m_client;
    QPointer<HttpCall> m_call;
    quint64 m_attempt = 0; // answers of cancelled attempts are ignored
    ClientCredentialsRequest m_request;
    std::function<QDateTime()> m_clock;
};

} // namespace flexo
