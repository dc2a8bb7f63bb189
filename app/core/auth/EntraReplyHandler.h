#pragma once

#include "auth/EntraError.h"
#include "auth/TokenReply.h"
#include "common/Error.h"

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

public slots:
    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void tokenResponseReceived(const flexo::TokenResponseInfo &info);
    // `error` is null when the answer carried no Entra error (network failure, timeout, not JSON).
    void tokenRequestFailed(const flexo::EntraError &error, QNetworkReply::NetworkError networkError,
                            const QString &networkErrorString);
    // The answer was refused before it was read: a redirect (never followed) or a body over the limit.
    void tokenRequestRefused(const flexo::Error &error);

private:
    QString m_redirectUri;
};

} // namespace flexo
