#pragma once

#include <QByteArray>
#include <QOAuth2AuthorizationCodeFlow>
#include <QString>

namespace flexo {

// QOAuth2AuthorizationCodeFlow made fit for Entra ID. Every workaround for the Qt version in use
// lives in this class (EntraOAuthFlow.cpp), behind QT_VERSION checks, so that it can go when the
// minimum Qt rises:
//  - PKCE S256 with a fresh verifier for each attempt (6.4 has none; 6.8's own is switched off so
//    that one code path serves both);
//  - a fresh, URL-safe, cryptographically random `state` for each attempt (6.4 reuses one weak value);
//  - a fresh random `nonce` for each attempt, for the ID token check (6.4 sends none; 6.9's own is
//    switched off so that one code path serves every version);
//  - client_secret and refresh_token percent-encoded (6.4 sends them raw: a '+' arrives as a space);
//  - no `redirect_uri` on refresh, and no empty client_secret;
//  - `prompt=select_account`, and the requested scope re-sent on refresh;
//  - the status never left stuck in RefreshingToken / TemporaryCredentialsReceived after a failure.
// The authorization code reaches the flow fully decoded (our listener decodes it), so Qt's single
// percent-encoding of it is right and the 6.4 double-encoding cannot happen.
class EntraOAuthFlow : public QOAuth2AuthorizationCodeFlow
{
    Q_OBJECT

public:
    explicit EntraOAuthFlow(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setClientSecret(const QString &secret) { m_secret = secret; }
    void setRequestedScope(const QString &scope) { m_requestedScope = scope; }
    [[nodiscard]] QString requestedScope() const { return m_requestedScope; }

    // A new attempt: new state, new PKCE verifier, then grant() (emits authorizeWithBrowser).
    void startAttempt();
    // Leaves a failed token or refresh request in a status from which the flow can be used again.
    void recoverFromFailedRequest();
    // Forgets the tokens and the verifier of the attempt.
    void clearAttempt();
    // The PKCE verifier of the current attempt (empty after clearAttempt()). Never log it.
    [[nodiscard]] QByteArray pkceVerifier() const { return m_verifier; }
    // The nonce sent with the current attempt; the ID token must carry it back.
    [[nodiscard]] QString attemptNonce() const { return m_nonce; }

    // Test hook: sends this verifier at the code redemption instead of the right one.
    void setVerifierOverrideForTesting(const QByteArray &verifier) { m_verifierOverride = verifier; }

private:
    void modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters);

    QString m_secret;
    QString m_requestedScope;
    QByteArray m_verifier;
    QByteArray m_verifierOverride;
    QString m_nonce;
};

} // namespace flexo
