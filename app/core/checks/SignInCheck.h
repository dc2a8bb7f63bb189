#pragma once

#include "auth/AuthResult.h"
#include "checks/Check.h"

#include <QPointer>

#include <optional>

namespace flexo {

class HttpClient;
class RedirectUriPrecheck;
class SignInSession;
struct RedirectUriVerdict;
struct SignInRequest;

// "sign-in": a person signs in through the browser (authorization code with PKCE, loopback listener
// or a pasted address); the account's tenant and the granted scopes are checked. The session then
// redeems the refresh token once, which the "refresh" check reports. Before a browser opens, the test
// sign-in's redirect URI is pre-checked (or the redirect-uris check's verdict taken): Entra would stop the
// person on its error page and never call back, so a refused URI fails at once, naming the URI.
class SignInCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~SignInCheck() override;

    CheckId id() const override { return CheckId::SignIn; }
    QString title() const override;
    // The person has five minutes to sign in; the token request comes on top.
    std::chrono::milliseconds timeout() const override { return std::chrono::minutes(6); }
    void start(CheckContext &context) override;
    void cancel() override;

    // The address the browser ended on, or the text of Microsoft's error page, pasted by the person.
    // Null when taken; else why it cannot be used (the sign-in goes on waiting).
    Error submitPastedAnswer(const QString &text);
    [[nodiscard]] bool isWaitingForPerson() const;
    [[nodiscard]] QUrl authorizationUrl() const;
    // What the running session holds that must stay secret (SignInSession::sensitiveValues()); also
    // added to the context as it appears. Never log them.
    [[nodiscard]] QStringList sensitiveValues() const;

    // For the refresh check: the refresh outcome once the session has one.
    [[nodiscard]] std::optional<AuthResult> refreshResult() const { return m_refreshResult; }
    // The session's latest refresh token, to keep a monitoring sign-in; empty when none. Never log it.
    [[nodiscard]] QString refreshToken() const;
    void cancelRefresh();

signals:
    // The URL the person must open (shown or printed, also when a browser was started).
    void authorizationUrlReady(const QUrl &url);
    void refreshFinished(const flexo::AuthResult &result);

private:
    void startSession(const SignInRequest &request, HttpClient *client);
    // The test sign-in URI's verdict from the redirect-uris check of this run, if it ran.
    [[nodiscard]] const RedirectUriVerdict *knownVerdict() const;
    void stopSession();

    QPointer<RedirectUriPrecheck> m_precheck;
    QPointer<SignInSession> m_session;
    CheckContext *m_context = nullptr;
    std::optional<AuthResult> m_refreshResult;
};

} // namespace flexo
