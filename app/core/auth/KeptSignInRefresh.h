#pragma once

#include "auth/AuthResult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace flexo {

class HttpCall;
class HttpClient;
struct HttpResult;

struct KeptSignInRefreshRequest
{
    QUrl tokenEndpoint; // from discovery
    QString clientId;
    QString clientSecret; // in memory only
    QString refreshToken; // the kept one; in memory only
    QUrl graphResource;   // e.g. https://graph.microsoft.com
    QString tenant;       // for the explanations only
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
};

// The "refresh" step of a run without a person: the refresh token kept from an earlier test sign-in is
// redeemed (refresh_token grant, same scope as the sign-in). Microsoft answers with an access token for
// the meeting probe, usually a new refresh token that replaces the kept one, and an ID token naming the
// account. A refused grant (expired, revoked, a second factor now required) ends the kept sign-in: only
// a person can make a new one.
class KeptSignInRefresh : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the service.
    explicit KeptSignInRefresh(HttpClient *client, QObject *parent = nullptr);
    ~KeptSignInRefresh() override;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start(const KeptSignInRefreshRequest &request);
    void cancel();

    // After a successful finish: the access token (never log it), the refresh token to keep from now on
    // (the rotated one, or the redeemed one when Microsoft issued none), and the ID token's account.
    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    [[nodiscard]] QString refreshToken() const { return m_refreshToken; }
    [[nodiscard]] bool rotated() const { return m_rotated; }
    // Every token of the answer (access, refresh, ID token), for scrubbing only; never log them.
    [[nodiscard]] QStringList sensitiveValues() const { return m_sensitive; }

    // The AADSTS codes and OAuth errors after which the kept sign-in cannot be used again.
    [[nodiscard]] static bool endsKeptSignIn(const EntraError &error);

    [[nodiscard]] static QByteArray formBody(const KeptSignInRefreshRequest &request);

signals:
    // Stable facts: "account", "objectId", "signedInTenantId", "expiresIn", "refreshTokenRotated".
    // Emitted once the tokens are registered as sensitive values.
    void finished(const flexo::AuthResult &result);

private:
    void handleResult(const HttpResult &http);
    void finish(AuthResult result);

    HttpClient *m_client;
    QPointer<HttpCall> m_call;
    quint64 m_attempt = 0;
    KeptSignInRefreshRequest m_request;
    std::function<QDateTime()> m_clock;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_rotated = false;
    QStringList m_sensitive;
};

} // namespace flexo
