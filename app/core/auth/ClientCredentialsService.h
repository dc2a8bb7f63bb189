#pragma once

#include "auth/AuthResult.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace flexo {

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
    explicit ClientCredentialsService(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ClientCredentialsService() override;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start(const ClientCredentialsRequest &request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }

    // The form body sent (exposed for tests of the encoding).
    [[nodiscard]] static QByteArray formBody(const ClientCredentialsRequest &request);

signals:
    void finished(const flexo::AuthResult &result);

private:
    void handleReply();
    void finish(AuthResult result);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    ClientCredentialsRequest m_request;
    std::function<QDateTime()> m_clock;
    bool m_timedOut = false;
};

} // namespace flexo
