#pragma once

#include "auth/TokenReply.h"
#include "cloud/EntraError.h"
#include "common/Error.h"
#include "net/HttpResult.h"

#include <QAbstractOAuthReplyHandler>
#include <QNetworkReply>
#include <QString>

namespace flexo {

// The reply handler the flow talks to. It does not listen itself (LoopbackListener does, and the
// session hands validated callbacks over with deliverCallback()); it answers callback() with the
// exact redirect URI that was sent, and turns token-endpoint answers into tokensReceived() or, unlike
// Qt 6.4 which only logs them, into tokenRequestFailed() with Entra's error parsed.
class EntraReplyHandler : public QAbstractOAuthReplyHandler
{
    Q_OBJECT

public:
    explicit EntraReplyHandler(QObject *parent = nullptr);

    void setRedirectUri(const QString &uri) { m_redirectUri = uri; }
    [[nodiscard]] QString callback() const override { return m_redirectUri; }

    // Passes an authorization answer (already checked: decoded "code" and "state") to the flow.
    void deliverCallback(const QVariantMap &values);
    // The last token request as HttpClient saw it (endpoint, attempts, retried answers); empty when
    // the reply was not made by HttpClient (see FlowNetworkAccessManager).
    [[nodiscard]] const HttpFacts &lastFacts() const { return m_lastFacts; }

public slots:
    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void tokenResponseReceived(const flexo::TokenResponseInfo &info);
    // `error` is null when the answer carried no Entra error (network failure, timeout, not JSON).
    void tokenRequestFailed(const flexo::EntraError &error, QNetworkReply::NetworkError networkError,
                            const QString &networkErrorString);
    // No usable answer: the network layer's error (time-out, TLS, a redirect never followed, a body
    // over the limit, a proxy's error page, an unreadable body).
    void tokenRequestRefused(const flexo::Error &error);

private:
    QString m_redirectUri;
    HttpFacts m_lastFacts;
};

} // namespace flexo
