#include "checks/SignInCheck.h"

#include "auth/RedirectUriPrecheck.h"
#include "auth/SignInSession.h"
#include "checks/AuthCheckResult.h"
#include "checks/CheckContext.h"
#include "checks/RedirectUrisCheck.h"
#include "net/HttpClient.h"

#include <algorithm>

namespace flexo {

SignInCheck::~SignInCheck()
{
    stopSession();
}

QString SignInCheck::title() const
{
    return tr("Test sign-in");
}

void SignInCheck::start(CheckContext &context)
{
    stopSession();
    m_context = &context;
    m_refreshResult.reset();

    SignInRequest request;
    request.authorizationEndpoint = context.discovery.authorizationEndpoint;
    request.tokenEndpoint = context.discovery.tokenEndpoint;
    request.issuer = context.discovery.issuer.toString(QUrl::FullyDecoded);
    request.loginBase = context.discovery.loginBase;
    request.tenantId =
        context.discovery.tenantId.isEmpty() ? context.config.tenantId : context.discovery.tenantId;
    request.clientId = context.config.clientId;
    request.clientSecret = context.secret;
    request.secretExpiry = context.config.secretExpiry;
    request.graphResource = context.discovery.graphResource;
    if (!context.config.signInRedirectUri.isEmpty())
        request.redirectUri = context.config.signInRedirectUri;

    Error networkError;
    HttpClient *client = createHttpClient(context, &networkError);
    if (!client) {
        fail(networkError);
        return;
    }
    request.tokenTimeout = std::chrono::milliseconds(client->options().timeoutMs);

    if (const RedirectUriVerdict *known = knownVerdict()) {
        if (known->isFailure()) {
            client->deleteLater();
            fail(known->error);
            return;
        }
        startSession(request, client);
        return;
    }
    RedirectUriPrecheckRequest precheck = redirectUriPrecheckRequest(context, client->options().timeoutMs);
    precheck.uris.erase(std::remove_if(precheck.uris.begin(), precheck.uris.end(),
                                       [](const RedirectUriToCheck &uri) { return !uri.testSignIn; }),
                        precheck.uris.end());
    if (precheck.uris.isEmpty()) {
        startSession(request, client);
        return;
    }
    auto *asking = new RedirectUriPrecheck(client, client);
    m_precheck = asking;
    asking->check(precheck, asking,
                  [this, asking, client, request](const QList<RedirectUriVerdict> &verdicts) {
                      if (m_precheck != asking)
                          return; // cancelled
                      m_precheck = nullptr;
                      asking->deleteLater();
                      // An unknown answer proves nothing either way: the person tries.
                      if (!verdicts.isEmpty() && verdicts.first().isFailure()) {
                          client->deleteLater();
                          fail(verdicts.first().error);
                          return;
                      }
                      startSession(request, client);
                  });
}

const RedirectUriVerdict *SignInCheck::knownVerdict() const
{
    if (!m_context)
        return nullptr;
    for (const RedirectUriVerdict &verdict : m_context->redirectUriVerdicts) {
        if (verdict.target.testSignIn)
            return &verdict;
    }
    return nullptr;
}

void SignInCheck::startSession(const SignInRequest &request, HttpClient *client)
{
    CheckContext &context = *m_context;
    m_session = new SignInSession(client, client);
    if (context.clock)
        m_session->setClock(context.clock);
    // Without an opener the URL is only offered (authorizationUrlReady), as over SSH.
    const CheckContext::BrowserOpener opener = context.openBrowser;
    m_session->setBrowserOpener(opener ? BrowserOpener([opener](const QUrl &url) {
        opener(url);
        return true;
    })
                                       : BrowserOpener());
    // Registered as they appear, before any result or log line that follows from them, so that the
    // runner's and the renderers' scrubbing also covers verifiers, codes, refresh and ID tokens.
    connect(m_session, &SignInSession::sensitiveValueCreated, this, [this](const QString &value) {
        if (m_context)
            m_context->addSensitiveValue(value);
    });
    connect(m_session, &SignInSession::authorizationUrlReady, this,
            [this](const QUrl &url, bool) { emit authorizationUrlReady(url); });
    connect(m_session, &SignInSession::signInFinished, this, [this](const AuthResult &auth) {
        if (auth.ok() && m_context) {
            m_context->tokens.accessToken = m_session->accessToken();
            m_context->addSensitiveValue(m_context->tokens.accessToken);
            m_context->tokens.account = auth.facts.value(QStringLiteral("account")).toString();
            m_context->tokens.userObjectId = auth.facts.value(QStringLiteral("objectId")).toString();
            m_context->tokens.tenantId = auth.facts.value(QStringLiteral("signedInTenantId")).toString();
            m_context->tokens.scopes = auth.facts.value(QStringLiteral("grantedScopes")).toStringList();
        }
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth));
    });
    connect(m_session, &SignInSession::refreshFinished, this, [this](const AuthResult &auth) {
        if (auth.ok() && m_context) {
            // The refreshed access token replaces the first one for the meeting probe.
            m_context->tokens.accessToken = m_session->accessToken();
            m_context->addSensitiveValue(m_context->tokens.accessToken);
        }
        m_refreshResult = auth;
        emit refreshFinished(auth);
    });
    m_session->start(request);
}

void SignInCheck::cancel()
{
    stopSession();
}

void SignInCheck::cancelRefresh()
{
    stopSession();
}

void SignInCheck::stopSession()
{
    if (m_precheck) {
        RedirectUriPrecheck *asking = m_precheck;
        m_precheck = nullptr;
        asking->cancel();
        asking->parent()->deleteLater(); // the client, and the pre-check with it
    }
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->cancel();
    m_session->parent()->deleteLater(); // the client, and the session with it
    m_session = nullptr;
}

Error SignInCheck::submitPastedAnswer(const QString &text)
{
    if (!m_session)
        return Error::make(QStringLiteral("checks.signin.not-waiting"),
                           tr("No sign-in is waiting for an answer."));
    return m_session->submitPastedAnswer(text);
}

bool SignInCheck::isWaitingForPerson() const
{
    return m_session && m_session->isListening();
}

QStringList SignInCheck::sensitiveValues() const
{
    return m_session ? m_session->sensitiveValues() : QStringList();
}

QString SignInCheck::refreshToken() const
{
    return m_session ? m_session->refreshToken() : QString();
}

QUrl SignInCheck::authorizationUrl() const
{
    return m_session ? m_session->authorizationUrl() : QUrl();
}

} // namespace flexo
