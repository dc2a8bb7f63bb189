#pragma once

#include "auth/AadstsCatalog.h"
#include "auth/AuthResult.h"
#include "auth/BrowserOpener.h"
#include "auth/EntraReplyHandler.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace flexo {

class EntraOAuthFlow;
class FlowNetworkAccessManager;
class HttpClient;
struct IdTokenClaims;
class LoopbackListener;

struct SignInRequest
{
    QUrl authorizationEndpoint; // from discovery
    QUrl tokenEndpoint;         // from discovery
    // From discovery: the issuer the ID token must name ("{tenantid}" stands for the token's tid).
    QString issuer;
    QUrl loginBase;   // the cloud's login base, for the admin-consent link
    QString tenantId; // the configured tenant GUID the account must belong to
    QString clientId;
    QString clientSecret;        // in memory only
    QDate secretExpiry;          // for explanations only
    QUrl graphResource;          // e.g. https://graph.microsoft.com
    bool includeUserRead = true; // also ask for User.Read (lets the probe call /me)
    // As configured (ConnectorConfig::signInRedirectUri): http://localhost/path or http://127.0.0.1/path.
    // The listener's port is added to what is sent; the URI to register is this one, without a port.
    QString redirectUri = QStringLiteral("http://localhost/flexo-teams-setup");
    std::chrono::milliseconds listenerTimeout{std::chrono::minutes(5)};
    // Each attempt of a token request (RetryPolicy::identity() may make two).
    std::chrono::milliseconds tokenTimeout{std::chrono::seconds(30)};
};

// The interactive "sign-in" and "refresh" steps: authorization code with PKCE through the browser and
// a loopback listener (or an address pasted back), then the ID token and granted scopes are checked,
// then the refresh token is redeemed once. Emits signInFinished, then (if the sign-in passed)
// refreshFinished, then finished. The access token stays in memory for the meeting probe.
class SignInSession : public QObject
{
    Q_OBJECT

public:
    // The flow's token requests go through `client` (through a FlowNetworkAccessManager, see there
    // why): its proxy, extra CA bundle, timeout and clock, and RetryPolicy::identity().
    explicit SignInSession(HttpClient *client, QObject *parent = nullptr);
    // The flow's token requests go through `manager` as it is (its own proxy and TLS settings), by an
    // HttpClient of the session's (the same policies).
    explicit SignInSession(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~SignInSession() override;

    // Default: BrowserOpeners::system(). An empty function opens nothing (the URL is still offered).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start(const SignInRequest &request);
    // Stops everything at once: nothing keeps listening, pending requests are aborted; a step that had
    // not finished ends with the error "auth.cancelled".
    void cancel();
    // The address the browser ended on (or the text of Microsoft's error page), pasted by the person
    // instead of relying on the listener. Returns a null Error when it was taken (the result follows
    // through the signals), else why it cannot be used (the attempt goes on).
    Error submitPastedAnswer(const QString &text);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }
    [[nodiscard]] QString redirectUriSent() const { return m_redirectUriSent; }
    [[nodiscard]] QString uriToRegister() const { return m_uriToRegister; }
    [[nodiscard]] quint16 listenerPort() const;
    [[nodiscard]] bool isListening() const;
    // The delegated access token, for the meeting probe only. Never log or report it.
    [[nodiscard]] QString accessToken() const;
    // The latest refresh token (the rotated one after the refresh step), for a sign-in kept for
    // monitoring only. Never log or report it.
    [[nodiscard]] QString refreshToken() const;
    [[nodiscard]] QDateTime accessTokenExpiresAt() const { return m_accessTokenExpiresAt; }
    // The tenant-specific admin-consent link (v1 endpoint, grants the app's configured permissions).
    // The scope the sign-in asks for (space separated); the redirect-URI pre-check asks the same.
    [[nodiscard]] static QString requestedScope(const QUrl &graphResource, bool includeUserRead = true);
    [[nodiscard]] static QUrl adminConsentUrl(const QUrl &loginBase, const QString &tenant,
                                              const QString &clientId, const QString &redirectUri);

    // Every value of this session that must stay secret: the client secret, the PKCE verifiers, the
    // authorization codes, the access, refresh and ID tokens, in the order they appeared (also those
    // of earlier attempts of this session). For scrubbing only (a last line of defence where text
    // leaves the program); never log, show or store them.
    [[nodiscard]] QStringList sensitiveValues() const { return m_sensitive; }

    // The underlying flow's status (never left in RefreshingToken after a failure).
    [[nodiscard]] int oauthStatus() const;

    // Test hook: sends a wrong PKCE verifier at the code redemption.
    void setTamperPkceForTesting(bool tamper) { m_tamperPkce = tamper; }

signals:
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    // A callback with a missing or wrong state reached the listener (translated); still waiting.
    void stateRejected(const QString &message);
    void signInFinished(const flexo::AuthResult &result);
    void refreshFinished(const flexo::AuthResult &result);
    void finished();
    // A value that must stay secret was created or received (see sensitiveValues()), emitted before
    // it is used or any result that follows from it is reported. Never log the argument.
    void sensitiveValueCreated(const QString &value);

private:
    enum class Phase { Idle, Waiting, Redeeming, Refreshing };

    SignInSession(FlowNetworkAccessManager *manager, QObject *parent);

    void onAuthorizeWithBrowser(const QUrl &url);
    void handleAnswer(const QString &rawQuery);
    void onGranted();
    void onTokenRequestFailed(const EntraError &error, int networkError, const QString &networkErrorString);
    void onTokenRequestRefused(const Error &error);
    void onListenerTimedOut();
    void watchTokenRequest(const std::function<void()> &send);
    void finishSignIn(AuthResult result);
    void finishRefresh(AuthResult result);
    void failSignIn(const Error &error, const EntraError &observed = {});
    [[nodiscard]] Error checkIdToken(const IdTokenClaims &claims) const;
    [[nodiscard]] AadstsContext context() const;
    [[nodiscard]] AuthResult makeResult(const QString &step) const;
    [[nodiscard]] QVariantMap consentFacts() const;
    void stopAll();
    void registerSensitive(const QString &value);

    FlowNetworkAccessManager *m_manager;
    EntraOAuthFlow *m_flow;
    EntraReplyHandler *m_handler;
    LoopbackListener *m_listener;
    BrowserOpener m_opener;
    std::function<QDateTime()> m_clock;
    SignInRequest m_request;
    Phase m_phase = Phase::Idle;
    QString m_redirectUriSent;
    QString m_uriToRegister;
    QUrl m_authorizationUrl;
    TokenResponseInfo m_lastToken;
    QDateTime m_accessTokenExpiresAt;
    QVariantMap m_accountFacts;
    QPointer<QNetworkReply> m_tokenReply;
    QTimer m_tokenTimer;
    bool m_tokenTimedOut = false;
    bool m_tamperPkce = false;
    QStringList m_sensitive;
};

} // namespace flexo
