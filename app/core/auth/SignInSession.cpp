#include "auth/SignInSession.h"

#include "auth/AadstsCatalog.h"
#include "auth/EntraOAuthFlow.h"
#include "auth/FlowNetworkAccessManager.h"
#include "auth/IdTokenClaims.h"
#include "auth/LoopbackListener.h"
#include "auth/PastedAnswer.h"
#include "auth/TokenEndpointErrors.h"
#include "common/AddressRules.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "net/HttpClient.h"
#include "net/NetErrors.h"
#include "net/NetworkPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QUrlQuery>

namespace flexo {

namespace {

const QString kOnlineMeetings = QStringLiteral("OnlineMeetings.ReadWrite");
const QString kOfflineAccess = QStringLiteral("offline_access");

// "https://graph.microsoft.com/OnlineMeetings.ReadWrite" and "OnlineMeetings.ReadWrite" are the same.
bool scopeListed(const QString &granted, const QString &wanted)
{
    const QStringList scopes = granted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (scope.section(QLatin1Char('/'), -1).compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A base URL without trailing slashes (StripTrailingSlash keeps the root "/").
QString graphBase(const QUrl &graphResource)
{
    QString base = graphResource.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace

namespace {

// The flow's own manager for a manager given as is: its requests go through an HttpClient on it.
FlowNetworkAccessManager *flowManagerFor(QNetworkAccessManager *manager)
{
    // Redirects are never followed, also by a manager given as is (Qt 6 follows them by default).
    NetworkPolicy::apply(manager);
    auto *client = new HttpClient(manager);
    auto *flowManager = new FlowNetworkAccessManager(client);
    client->setParent(flowManager);
    return flowManager;
}

} // namespace

SignInSession::SignInSession(HttpClient *client, QObject *parent)
    : SignInSession(new FlowNetworkAccessManager(client), parent)
{}

SignInSession::SignInSession(QNetworkAccessManager *manager, QObject *parent)
    : SignInSession(flowManagerFor(manager), parent)
{}

SignInSession::SignInSession(FlowNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_flow(new EntraOAuthFlow(manager, this))
    , m_handler(new EntraReplyHandler(this))
    , m_listener(new LoopbackListener(this))
    , m_opener(BrowserOpeners::system())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_manager->setParent(this);
    // Always set, also for the refresh: without a handler 6.4 drops the refresh answer.
    m_flow->setReplyHandler(m_handler);
    m_tokenTimer.setSingleShot(true);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &SignInSession::onAuthorizeWithBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &SignInSession::onGranted);
    connect(m_handler, &EntraReplyHandler::tokenResponseReceived, this,
            [this](const TokenResponseInfo &info) { m_lastToken = info; });
    connect(m_handler, &EntraReplyHandler::tokenRequestFailed, this,
            [this](const EntraError &e, QNetworkReply::NetworkError code, const QString &text) {
                onTokenRequestFailed(e, int(code), text);
            });
    connect(m_handler, &EntraReplyHandler::tokenRequestRefused, this, &SignInSession::onTokenRequestRefused);
    connect(m_listener, &LoopbackListener::callbackReceived, this, &SignInSession::handleAnswer);
    connect(m_listener, &LoopbackListener::timedOut, this, &SignInSession::onListenerTimedOut);
    connect(m_listener, &LoopbackListener::stateRejected, this, [this](const QString &) {
        emit stateRejected(tr("The browser sent an answer that does not belong to this sign-in attempt "
                              "(wrong or missing state, maybe from an older tab). Still waiting for the "
                              "right one."));
    });
    connect(&m_tokenTimer, &QTimer::timeout, this, [this] {
        m_tokenTimedOut = true;
        if (m_tokenReply)
            m_tokenReply->abort(); // ends in onTokenRequestFailed
        else
            onTokenRequestFailed({}, int(QNetworkReply::TimeoutError), QStringLiteral("no token reply"));
    });
}

SignInSession::~SignInSession()
{
    m_phase = Phase::Idle;
    stopAll();
}

bool SignInSession::isRunning() const
{
    return m_phase != Phase::Idle;
}

quint16 SignInSession::listenerPort() const
{
    return m_listener->port();
}

bool SignInSession::isListening() const
{
    return m_listener->isListening();
}

int SignInSession::oauthStatus() const
{
    return int(m_flow->status());
}

QString SignInSession::accessToken() const
{
    return m_flow->token();
}

QString SignInSession::refreshToken() const
{
    return m_flow->refreshToken();
}

QString SignInSession::requestedScope(const QUrl &graphResource, bool includeUserRead)
{
    const QString graph = graphBase(graphResource);
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("profile"), kOfflineAccess,
                          graph + QLatin1Char('/') + kOnlineMeetings};
    if (includeUserRead)
        scopes << graph + QStringLiteral("/User.Read");
    return scopes.join(QLatin1Char(' '));
}

QUrl SignInSession::adminConsentUrl(const QUrl &loginBase, const QString &tenant, const QString &clientId,
                                    const QString &redirectUri)
{
    // The v1 admin-consent endpoint (the form Microsoft documents for daemon and web apps) grants every
    // permission configured on the app registration, which is exactly what the admin prepared.
    QUrl url(graphBase(loginBase) + QLatin1Char('/') + tenant + QStringLiteral("/adminconsent"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("flexo-admin-consent"));
    url.setQuery(query);
    return url;
}

void SignInSession::start(const SignInRequest &request)
{
    if (m_phase != Phase::Idle)
        cancel();
    m_request = request;
    m_authorizationUrl.clear();
    m_lastToken = {};
    m_accountFacts.clear();
    m_accessTokenExpiresAt = {};
    m_phase = Phase::Waiting;

    QUrl configured(request.redirectUri.trimmed());
    // Entra answers a path-less loopback URI with a trailing slash: send and show it that way.
    if (configured.path().isEmpty())
        configured.setPath(QStringLiteral("/"));
    const QString host = configured.host();
    m_uriToRegister = configured.toString(QUrl::RemovePort | QUrl::FullyEncoded);
    if (configured.scheme() != QLatin1String("http") || !address::isLoopbackRedirectHost(host)) {
        failSignIn(
            Error::make(QStringLiteral("auth.signin.redirect-uri"),
                        tr("The sign-in redirect URI cannot be used for the test sign-in."),
                        tr("The test sign-in listens on this computer, so its redirect URI must be "
                           "http://localhost/… or http://127.0.0.1/…."),
                        tr("Use http://localhost/flexo-teams-setup and register it on the Web "
                           "platform of the app (the Azure portal accepts only http://localhost there; "
                           "http://127.0.0.1 needs the app's Manifest)."),
                        QStringLiteral("redirect URI %1").arg(request.redirectUri)));
        return;
    }
    if (!request.authorizationEndpoint.isValid() || request.authorizationEndpoint.isRelative() ||
        !request.tokenEndpoint.isValid() || request.tokenEndpoint.isRelative() || request.issuer.isEmpty()) {
        failSignIn(Error::make(QStringLiteral("auth.signin.endpoints"),
                               tr("The sign-in endpoints of the tenant are not known."),
                               tr("The tenant discovery did not run or did not succeed."),
                               tr("Check the tenant and the cloud, then run the checks again."),
                               QStringLiteral("authorization endpoint, token endpoint or issuer missing")));
        return;
    }
    const QString path = configured.path();
    if (!m_listener->listen(path, QString(), request.listenerTimeout)) {
        failSignIn(Error::make(QStringLiteral("auth.signin.listen"),
                               tr("The test sign-in could not listen for Microsoft's answer."),
                               tr("No local port could be opened on 127.0.0.1."),
                               tr("Paste the address the browser ends on instead, or check local "
                                  "firewall rules."),
                               m_listener->errorString()));
        return;
    }
    QUrl sent = configured;
    sent.setPort(m_listener->port());
    m_redirectUriSent = sent.toString(QUrl::FullyEncoded);
    m_handler->setRedirectUri(m_redirectUriSent);
    m_manager->setAttemptTimeout(int(request.tokenTimeout.count()));

    m_flow->setClientIdentifier(request.clientId);
    m_flow->setClientSecret(request.clientSecret);
    m_flow->setAuthorizationUrl(request.authorizationEndpoint);
    m_flow->setAccessTokenUrl(request.tokenEndpoint);
    m_flow->setRequestedScope(requestedScope(request.graphResource, request.includeUserRead));
    m_flow->setVerifierOverrideForTesting(m_tamperPkce ? QByteArrayLiteral("tampered-verifier-0123456789-"
                                                                           "abcdefghijklmnop")
                                                       : QByteArray());
    qCInfo(lcAuth) << "Test sign-in started: client" << request.clientId << "redirect URI"
                   << m_redirectUriSent << "scope" << m_flow->requestedScope();
    registerSensitive(request.clientSecret);
    m_flow->startAttempt(); // emits authorizeWithBrowser synchronously
    m_listener->setExpectedState(m_flow->state());
}

void SignInSession::onAuthorizeWithBrowser(const QUrl &url)
{
    m_authorizationUrl = url;
    registerSensitive(QString::fromLatin1(m_flow->pkceVerifier()));
    m_listener->setExpectedState(m_flow->state());
    const bool opened = m_opener ? m_opener(url) : false;
    emit authorizationUrlReady(url, opened);
}

Error SignInSession::submitPastedAnswer(const QString &text)
{
    if (m_phase != Phase::Waiting)
        return Error::make(QStringLiteral("auth.paste.not-waiting"),
                           tr("No test sign-in is waiting for an answer."), {},
                           tr("Start the test sign-in first."));
    const PastedAnswer answer = PastedAnswer::read(text);
    switch (answer.kind) {
    case PastedAnswer::Kind::ErrorRedirect:
        // Errors are explained whatever their state: there is nothing to redeem.
        handleAnswer(answer.rawQuery);
        return {};
    case PastedAnswer::Kind::CodeRedirect:
        if (answer.state != m_flow->state())
            return Error::make(QStringLiteral("auth.paste.state"),
                               tr("This address does not belong to the current sign-in attempt."),
                               tr("Its state value differs: it comes from an older attempt or from "
                                  "another program."),
                               tr("Copy the address from the browser tab opened by this attempt, or "
                                  "start the test sign-in again."),
                               QStringLiteral("pasted state mismatch"));
        m_listener->close();
        handleAnswer(answer.rawQuery);
        return {};
    case PastedAnswer::Kind::ErrorPage:
        m_listener->close();
        failSignIn(AadstsCatalog::explain(answer.pageError, context()), answer.pageError);
        return {};
    case PastedAnswer::Kind::Unrecognised:
        break;
    }
    return Error::make(QStringLiteral("auth.paste.unrecognised"),
                       tr("This text is neither the address the browser ended on nor a Microsoft error."),
                       tr("FlexO needs the full address (starting with http://localhost or "
                          "http://127.0.0.1) or Microsoft's error text with its AADSTS number."),
                       tr("Copy the whole address from the browser's address bar, or the error text, and "
                          "paste it again."),
                       QStringLiteral("unrecognised pasted text (%1 characters)").arg(answer.pastedLength));
}

void SignInSession::handleAnswer(const QString &rawQuery)
{
    if (m_phase != Phase::Waiting)
        return;
    const EntraError redirectError = EntraError::fromRedirectQuery(rawQuery);
    if (!redirectError.isNull()) {
        m_listener->close();
        failSignIn(AadstsCatalog::explain(redirectError, context()), redirectError);
        return;
    }
    QVariantMap values;
    const auto items = EntraError::formItems(rawQuery);
    for (const auto &item : items)
        values.insert(item.first, item.second);
    if (values.value(QStringLiteral("code")).toString().isEmpty()) {
        failSignIn(Error::make(QStringLiteral("auth.signin.no-code"),
                               tr("Microsoft's answer carried neither a code nor an error."),
                               tr("Something between Microsoft and this computer changed the address."),
                               tr("Run the test sign-in again."), QStringLiteral("callback without code")));
        return;
    }
    registerSensitive(values.value(QStringLiteral("code")).toString());
    m_phase = Phase::Redeeming;
    // The flow checks the state again and redeems the code (with the PKCE verifier of this attempt).
    watchTokenRequest([this, values] { m_handler->deliverCallback(values); });
}

void SignInSession::watchTokenRequest(const std::function<void()> &send)
{
    // The flow creates the token request inside `send` (through FlowNetworkAccessManager, which
    // gives each attempt its timeout and repeats it as RetryPolicy::identity() says): find the new
    // reply (replies are children of their manager) to abort it, and guard the whole with a timer
    // that allows every attempt and wait of the policy.
    const QList<QNetworkReply *> before = m_manager->findChildren<QNetworkReply *>();
    m_tokenTimedOut = false;
    m_tokenTimer.start(
        std::chrono::milliseconds(RetryPolicy::identity().longestMs(m_manager->attemptTimeout()) + 2000));
    send();
    if (!m_tokenTimer.isActive())
        return; // answered (or failed) synchronously
    const QList<QNetworkReply *> after = m_manager->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : after) {
        if (!before.contains(reply) && reply->url() == m_request.tokenEndpoint)
            m_tokenReply = reply;
    }
}

void SignInSession::onGranted()
{
    if (m_phase != Phase::Redeeming && m_phase != Phase::Refreshing)
        return;
    m_tokenTimer.stop();
    m_tokenReply.clear();
    registerSensitive(m_flow->token());
    registerSensitive(m_flow->refreshToken());
    registerSensitive(m_flow->extraTokens().value(QStringLiteral("id_token")).toString());
    const int expiresIn = m_lastToken.expiresIn;
    m_accessTokenExpiresAt = expiresIn > 0 ? m_clock().addSecs(expiresIn) : QDateTime();

    if (m_phase == Phase::Refreshing) {
        AuthResult result = makeResult(QStringLiteral("refresh"));
        result.http = m_handler->lastFacts();
        result.observed.httpStatus = m_lastToken.httpStatus;
        result.facts.insert(QStringLiteral("expiresIn"), expiresIn);
        result.facts.insert(QStringLiteral("expiresAt"), m_accessTokenExpiresAt);
        result.facts.insert(QStringLiteral("refreshTokenRotated"), m_lastToken.hasRefreshToken);
        result.summary = tr("The refresh token was redeemed: FlexO can keep meetings working without asking "
                            "the person again.");
        finishRefresh(result);
        return;
    }

    AuthResult result = makeResult(QStringLiteral("sign-in"));
    result.http = m_handler->lastFacts();
    result.observed.httpStatus = m_lastToken.httpStatus;
    const IdTokenClaims claims =
        IdTokenClaims::decode(m_flow->extraTokens().value(QStringLiteral("id_token")).toString());
    m_accountFacts.insert(QStringLiteral("account"), claims.preferredUsername);
    m_accountFacts.insert(QStringLiteral("displayName"), claims.name);
    m_accountFacts.insert(QStringLiteral("objectId"), claims.objectId);
    m_accountFacts.insert(QStringLiteral("signedInTenantId"), claims.tenantId);
    result.facts.insert(m_accountFacts);
    const QString granted = m_lastToken.scope.isEmpty() ? m_flow->requestedScope() : m_lastToken.scope;
    result.facts.insert(QStringLiteral("grantedScopes"), granted);
    result.facts.insert(QStringLiteral("expiresIn"), expiresIn);

    if (!claims.valid || claims.tenantId.isEmpty()) {
        result.error = Error::make(QStringLiteral("auth.signin.no-id-token"),
                                   tr("Microsoft's answer did not say which account signed in."),
                                   tr("The ID token is missing or unreadable; the openid scope may have been "
                                      "refused."),
                                   tr("Run the test sign-in again; if it persists, send the report to "
                                      "support."),
                                   QStringLiteral("id token missing or not decodable"));
    } else if (claims.tenantId.compare(m_request.tenantId, Qt::CaseInsensitive) != 0) {
        const QString where = claims.preferredUsername.contains(QLatin1Char('@'))
                                  ? claims.preferredUsername.section(QLatin1Char('@'), 1)
                                  : claims.tenantId;
        result.error = Error::make(
            QStringLiteral("auth.signin.wrong-tenant"),
            tr("You signed in to another tenant (%1) with %2.").arg(where, claims.preferredUsername),
            tr("The browser used an account of another organisation than the configured tenant %1.")
                .arg(m_request.tenantId),
            tr("Use a private browser window, or sign out of that account first, then sign in with an "
               "account of the configured tenant."),
            QStringLiteral("tid %1, expected %2").arg(claims.tenantId, m_request.tenantId));
        result.error.remedy = Remedy::make(RemedyKind::UseTenantAccount);
    } else if (Error refused = checkIdToken(claims)) {
        result.error = refused;
    } else {
        QStringList missing;
        if (!scopeListed(granted, kOnlineMeetings))
            missing << kOnlineMeetings;
        if (!scopeListed(granted, kOfflineAccess) && !m_lastToken.hasRefreshToken)
            missing << kOfflineAccess;
        if (!missing.isEmpty()) {
            result.facts.insert(QStringLiteral("missingScopes"), missing);
            result.facts.insert(consentFacts());
            result.error = Error::make(
                QStringLiteral("auth.signin.scope-missing"),
                tr("The sign-in worked, but Microsoft did not grant: %1.")
                    .arg(missing.join(QStringLiteral(", "))),
                tr("The permission is not configured on the app registration, or consent was given before it "
                   "was added."),
                tr("Under API permissions, add the delegated Microsoft Graph permission %1, press \"Grant "
                   "admin consent\" (or send the admin-consent link to an administrator who may grant "
                   "consent, such as a Cloud Application Administrator: %2), then run the test sign-in "
                   "again.")
                    .arg(missing.join(QStringLiteral(", ")),
                         result.facts.value(QStringLiteral("adminConsentUrl")).toString()),
                QStringLiteral("granted scope: %1").arg(granted));
            result.error.remedy = Remedy::grantAdminConsent(
                QUrl(result.facts.value(QStringLiteral("adminConsentUrl")).toString()),
                result.facts.value(QStringLiteral("adminRequestText")).toString());
        }
    }
    if (!result.ok()) {
        qCInfo(lcAuth) << "Test sign-in failed:" << result.error.code << result.error.detail;
        m_flow->clearAttempt();
        finishSignIn(result);
        return;
    }
    result.summary = tr("%1 signed in to the configured tenant and granted the meeting permission.")
                         .arg(claims.preferredUsername);
    qCInfo(lcAuth) << "Test sign-in passed for" << redactUser(claims.preferredUsername);
    finishSignIn(result);
    if (m_phase != Phase::Redeeming)
        return; // cancelled from a slot
    m_phase = Phase::Refreshing;
    if (m_flow->refreshToken().isEmpty()) {
        AuthResult refresh = makeResult(QStringLiteral("refresh"));
        refresh.error = Error::make(QStringLiteral("auth.refresh.none"), tr("No refresh token was issued."),
                                    tr("The offline_access permission was not granted."),
                                    tr("Grant offline_access and run the test sign-in again."));
        finishRefresh(refresh);
        return;
    }
    watchTokenRequest([this] { m_flow->refreshAccessToken(); });
}

void SignInSession::onTokenRequestFailed(const EntraError &error, int networkError,
                                         const QString &networkErrorString)
{
    if (m_phase != Phase::Redeeming && m_phase != Phase::Refreshing)
        return;
    m_tokenTimer.stop();
    m_tokenReply.clear();
    const bool refreshing = m_phase == Phase::Refreshing;
    // Never leave the flow stuck in RefreshingToken / TemporaryCredentialsReceived.
    m_flow->recoverFromFailedRequest();

    AuthResult result = makeResult(refreshing ? QStringLiteral("refresh") : QStringLiteral("sign-in"));
    result.http = m_handler->lastFacts();
    if (!error.isNull()) {
        result.observed = error;
        result.helpUrl = error.helpUrl();
        if (!refreshing && error.aadsts == 54005 && result.http.wasRetried()) {
            // The retried redemption found its code used: by the first send, whose answer was lost.
            result.error = TokenEndpointErrors::codeUsedByLostAnswer(error, result.http);
        } else if (TokenEndpointErrors::isTransient(error.httpStatus)) {
            result.error = TokenEndpointErrors::unavailable(error, result.http);
        } else {
            result.error = AadstsCatalog::explain(error, context());
        }
        if (error.aadsts == 65001 || error.aadsts == 90094 ||
            error.error == QLatin1String("consent_required"))
            result.facts.insert(consentFacts());
    } else {
        // No Entra answer: the network layer names the failure (DNS, proxy, TLS with the issuer, timeout).
        result.observed.httpStatus = error.httpStatus;
        NetErrors::Context net;
        net.url = m_request.tokenEndpoint;
        net.timedOut = m_tokenTimedOut;
        net.timeoutMs = int(m_request.tokenTimeout.count());
        const auto code =
            m_tokenTimedOut ? QNetworkReply::TimeoutError : QNetworkReply::NetworkError(networkError);
        if (NetErrors::isTransportError(code) || m_tokenTimedOut) {
            result.error = NetErrors::fromReply(code, networkErrorString, net);
        } else {
            result.error =
                Error::make(QStringLiteral("auth.token.malformed"),
                            tr("Microsoft's token endpoint gave an answer FlexO cannot read."),
                            tr("A proxy or another device may have answered instead of Microsoft."),
                            tr("Check the proxy settings of this machine and try again."),
                            QStringLiteral("%1 (network error %2, HTTP %3)")
                                .arg(networkErrorString)
                                .arg(networkError)
                                .arg(error.httpStatus));
        }
    }
    result.error.detail = scrub(result.error.detail, {m_request.clientSecret});
    if (refreshing) {
        finishRefresh(result);
    } else {
        m_flow->clearAttempt();
        finishSignIn(result);
    }
}

void SignInSession::onTokenRequestRefused(const Error &error)
{
    if (m_phase != Phase::Redeeming && m_phase != Phase::Refreshing)
        return;
    m_tokenTimer.stop();
    m_tokenReply.clear();
    const bool refreshing = m_phase == Phase::Refreshing;
    m_flow->recoverFromFailedRequest();
    AuthResult result = makeResult(refreshing ? QStringLiteral("refresh") : QStringLiteral("sign-in"));
    result.http = m_handler->lastFacts();
    result.error = error;
    if (m_tokenTimedOut) {
        // The guard ended a call that outlasted every attempt and wait of its policy.
        NetErrors::Context net;
        net.url = m_request.tokenEndpoint;
        net.timedOut = true;
        net.timeoutMs = int(m_tokenTimer.interval());
        result.error =
            NetErrors::fromReply(QNetworkReply::TimeoutError, QStringLiteral("no token reply"), net);
    }
    qCInfo(lcAuth) << "Token request failed:" << result.error.code << result.error.detail;
    if (refreshing) {
        finishRefresh(result);
    } else {
        m_flow->clearAttempt();
        finishSignIn(result);
    }
}

void SignInSession::onListenerTimedOut()
{
    if (m_phase != Phase::Waiting)
        return;
    const int minutes =
        int(std::chrono::duration_cast<std::chrono::minutes>(m_request.listenerTimeout).count());
    AuthResult result = makeResult(QStringLiteral("sign-in"));
    result.facts.insert(QStringLiteral("uriToRegister"), m_uriToRegister);
    result.error = Error::make(
        QStringLiteral("auth.signin.no-answer"),
        minutes > 0 ? tr("No answer came back from the browser within %n minute(s).", nullptr, minutes)
                    : tr("No answer came back from the browser in time."),
        tr("Usually the redirect URI is not registered on the Web platform of the app, so Microsoft shows "
           "its own error page instead of sending the answer back; or the browser window was closed."),
        QString(tr("Register this redirect URI on the Web platform of the app registration: %1. If "
                   "Microsoft showed an error page, copy the address from the browser (or the error text "
                   "with its AADSTS number) and paste it into FlexO.")
                    .arg(m_uriToRegister) +
                QLatin1Char(' ') + AadstsCatalog::registrationNote(m_uriToRegister))
            .trimmed(),
        QStringLiteral("loopback listener timeout after %1 ms").arg(m_request.listenerTimeout.count()));
    result.error.remedy = Remedy::registerRedirectUri(m_uriToRegister);
    m_flow->clearAttempt();
    finishSignIn(result);
}

void SignInSession::failSignIn(const Error &error, const EntraError &observed)
{
    AuthResult result = makeResult(QStringLiteral("sign-in"));
    result.error = error;
    result.observed = observed;
    result.helpUrl = observed.helpUrl();
    if (observed.aadsts == 50011)
        result.facts.insert(QStringLiteral("uriToRegister"), m_uriToRegister);
    if (observed.aadsts == 65001 || observed.aadsts == 90094 ||
        observed.error == QLatin1String("consent_required"))
        result.facts.insert(consentFacts());
    m_flow->clearAttempt();
    finishSignIn(result);
}

Error SignInSession::checkIdToken(const IdTokenClaims &claims) const
{
    const QString fix = tr("Run the test sign-in again. If it fails the same way, something between this "
                           "computer and the sign-in service changes the answers: check the cloud and the "
                           "proxy.");
    // Entra's discovery document names "{tenantid}" where the signed-in tenant's GUID goes.
    QString expectedIssuer = m_request.issuer;
    expectedIssuer.replace(QLatin1String("{tenantid}"), claims.tenantId, Qt::CaseInsensitive);
    if (claims.nonce.isEmpty() || claims.nonce != m_flow->attemptNonce()) {
        return Error::make(
            QStringLiteral("auth.signin.id-token-nonce"),
            tr("The sign-in answer was refused: it does not belong to this sign-in attempt."),
            tr("The ID token does not carry the one-time value (nonce) this attempt sent, so it "
               "was issued for another request and may have been replayed."),
            fix,
            claims.nonce.isEmpty() ? QStringLiteral("id token without nonce")
                                   : QStringLiteral("id token nonce differs from the one sent"));
    }
    if (claims.issuer != expectedIssuer) {
        return Error::make(QStringLiteral("auth.signin.id-token-issuer"),
                           tr("The sign-in answer was refused: it was issued by %1, not by the sign-in "
                              "service of this tenant.")
                               .arg(plainText(claims.issuer.isEmpty() ? tr("nobody named") : claims.issuer)),
                           tr("The ID token names another issuer than the discovery document (%1).")
                               .arg(plainText(expectedIssuer)),
                           fix, QStringLiteral("iss %1, expected %2").arg(claims.issuer, expectedIssuer));
    }
    const bool forUs = claims.audiences.contains(m_request.clientId, Qt::CaseInsensitive) &&
                       (claims.audiences.size() == 1 ||
                        claims.authorizedParty.compare(m_request.clientId, Qt::CaseInsensitive) == 0);
    if (!forUs) {
        return Error::make(
            QStringLiteral("auth.signin.id-token-audience"),
            tr("The sign-in answer was refused: it was issued for another application, not for "
               "the client ID %1.")
                .arg(m_request.clientId),
            tr("The ID token's audience (aud) is %1.")
                .arg(plainText(claims.audiences.isEmpty() ? tr("missing")
                                                          : claims.audiences.join(QStringLiteral(", ")))),
            fix,
            QStringLiteral("aud %1 azp %2, expected %3")
                .arg(claims.audiences.join(QLatin1Char(',')), claims.authorizedParty, m_request.clientId));
    }
    // Five minutes of leeway for a clock that is slightly off, as Microsoft's own libraries allow.
    const qint64 now = m_clock().toSecsSinceEpoch();
    if (claims.expiresAt <= 0 || claims.expiresAt + 300 < now) {
        return Error::make(
            QStringLiteral("auth.signin.id-token-expired"),
            tr("The sign-in answer was refused: its ID token has expired."),
            claims.expiresAt <= 0
                ? tr("The ID token carries no expiry time.")
                : tr("It expired at %1 (UTC); this computer's clock says %2 (UTC).")
                      .arg(QDateTime::fromSecsSinceEpoch(claims.expiresAt).toUTC().toString(Qt::ISODate),
                           QDateTime::fromSecsSinceEpoch(now).toUTC().toString(Qt::ISODate)),
            tr("Check the date and time of this computer, then run the test sign-in again."),
            QStringLiteral("exp %1, now %2").arg(claims.expiresAt).arg(now));
    }
    return {};
}

AadstsContext SignInSession::context() const
{
    AadstsContext c;
    c.clientId = m_request.clientId;
    c.tenant = m_request.tenantId;
    c.uriToRegister = m_uriToRegister;
    c.adminConsentUrl =
        adminConsentUrl(m_request.loginBase, m_request.tenantId, m_request.clientId, m_uriToRegister);
    c.secretExpiry = m_request.secretExpiry;
    c.adminRequestText = consentFacts().value(QStringLiteral("adminRequestText")).toString();
    return c;
}

AuthResult SignInSession::makeResult(const QString &step) const
{
    AuthResult result;
    result.step = step;
    result.facts.insert(QStringLiteral("redirectUri"), m_redirectUriSent);
    result.facts.insert(QStringLiteral("uriToRegister"), m_uriToRegister);
    return result;
}

QVariantMap SignInSession::consentFacts() const
{
    const QUrl url =
        adminConsentUrl(m_request.loginBase, m_request.tenantId, m_request.clientId, m_uriToRegister);
    QVariantMap facts;
    facts.insert(QStringLiteral("adminConsentUrl"), url.toString(QUrl::FullyEncoded));
    facts.insert(
        QStringLiteral("adminRequestText"),
        tr("Hello, could you grant admin consent for our FlexO Teams connector app (Application ID %1) in "
           "our tenant %2? It needs the delegated Microsoft Graph permission OnlineMeetings.ReadWrite so "
           "that "
           "FlexO can create Teams meetings for the people who book them (plus User.Read, openid, profile "
           "and offline_access to sign them in and keep the connection). Please open this link with a "
           "Global Administrator account and press Accept: %3 — afterwards the browser may show a page that "
           "cannot be reached; that is expected. Thank you!")
            .arg(m_request.clientId, m_request.tenantId, url.toString(QUrl::FullyEncoded)));
    return facts;
}

void SignInSession::finishSignIn(AuthResult result)
{
    result.finishedAt = m_clock();
    const bool last = !result.ok();
    if (last) {
        m_phase = Phase::Idle;
        stopAll();
    }
    emit signInFinished(result);
    if (last)
        emit finished();
}

void SignInSession::finishRefresh(AuthResult result)
{
    result.finishedAt = m_clock();
    m_phase = Phase::Idle;
    stopAll();
    if (result.ok())
        qCInfo(lcAuth) << "Refresh token redeemed";
    else
        qCInfo(lcAuth) << "Refresh failed:" << result.error.code << result.error.detail;
    emit refreshFinished(result);
    emit finished();
}

void SignInSession::cancel()
{
    const Phase was = m_phase;
    m_phase = Phase::Idle;
    stopAll();
    m_flow->clearAttempt();
    if (was == Phase::Idle)
        return;
    qCInfo(lcAuth) << "Test sign-in cancelled";
    AuthResult result =
        makeResult(was == Phase::Refreshing ? QStringLiteral("refresh") : QStringLiteral("sign-in"));
    result.error = Error::make(QStringLiteral("auth.cancelled"), tr("The test sign-in was cancelled."), {},
                               tr("Start it again when ready."));
    result.finishedAt = m_clock();
    if (was == Phase::Refreshing)
        emit refreshFinished(result);
    else
        emit signInFinished(result);
    emit finished();
}

void SignInSession::registerSensitive(const QString &value)
{
    if (value.isEmpty() || m_sensitive.contains(value))
        return;
    m_sensitive << value;
    registerSensitiveValue(value);
    emit sensitiveValueCreated(value);
}

void SignInSession::stopAll()
{
    m_listener->close();
    m_tokenTimer.stop();
    if (QNetworkReply *reply = m_tokenReply.data()) {
        m_tokenReply.clear();
        reply->abort(); // the handler's answer is ignored: m_phase is no longer a token phase
    }
    m_flow->recoverFromFailedRequest();
}

} // namespace flexo
