#include "auth/KeptSignInRefresh.h"

#include "auth/AadstsCatalog.h"
#include "auth/IdTokenClaims.h"
#include "auth/SignInSession.h"
#include "auth/TokenEndpointErrors.h"
#include "auth/TokenRequest.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QJsonObject>

namespace flexo {

KeptSignInRefresh::KeptSignInRefresh(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

KeptSignInRefresh::~KeptSignInRefresh()
{
    cancel();
}

QByteArray KeptSignInRefresh::formBody(const KeptSignInRefreshRequest &request)
{
    using F = TokenRequest;
    return F::field("grant_type", QStringLiteral("refresh_token")) + '&' +
           F::field("client_id", request.clientId) + '&' + F::field("client_secret", request.clientSecret) +
           '&' + F::field("refresh_token", request.refreshToken) + '&' +
           F::field("scope", SignInSession::requestedScope(request.graphResource));
}

bool KeptSignInRefresh::endsKeptSignIn(const EntraError &error)
{
    // 700082 and 70008: expired; 50173: revoked (password changed, sessions revoked); 70043: a
    // sign-in frequency policy ended the session; 50076/50078/50079: a second factor is now asked
    // for, which only a person in a browser can give.
    switch (error.aadsts) {
    case 700082:
    case 70008:
    case 50173:
    case 70043:
    case 50076:
    case 50078:
    case 50079:
        return true;
    default:
        break;
    }
    // A refusal the catalog knows has another cause than the kept sign-in (consent withdrawn, a
    // Conditional Access policy, the account locked): signing in again alone would not help, and the
    // report must name what changed.
    if (AadstsCatalog::contains(error.aadsts))
        return false;
    // Any other refused grant (an unknown or already used token: 9002313) means the sign-in is over.
    return error.error == QLatin1String("invalid_grant") ||
           error.error == QLatin1String("interaction_required");
}

void KeptSignInRefresh::start(const KeptSignInRefreshRequest &request)
{
    cancel();
    m_request = request;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_rotated = false;
    m_sensitive.clear();
    registerSensitiveValue(request.clientSecret);
    registerSensitiveValue(request.refreshToken);
    const HttpRequest http = TokenRequest::post(request.tokenEndpoint, formBody(request), request.timeout,
                                                QStringLiteral("token.kept-refresh"));
    qCInfo(lcAuth) << "Kept sign-in: refresh request to" << request.tokenEndpoint.toString() << "client"
                   << request.clientId;
    const quint64 attempt = ++m_attempt;
    m_call = m_client->send(http, this, [this, attempt](const HttpResult &result) {
        if (attempt == m_attempt)
            handleResult(result);
    });
}

void KeptSignInRefresh::cancel()
{
    ++m_attempt;
    if (HttpCall *call = m_call.data()) {
        m_call.clear();
        call->cancel();
    }
}

void KeptSignInRefresh::handleResult(const HttpResult &http)
{
    m_call.clear();
    AuthResult result;
    result.step = QStringLiteral("refresh");
    result.observed.httpStatus = http.status();
    result.http = http.facts;

    const EntraError entra = EntraError::fromJsonBody(http.body, http.status());
    if (!entra.isNull()) {
        result.observed = entra;
        result.helpUrl = entra.helpUrl();
        if (TokenEndpointErrors::isTransient(http.status())) {
            result.error = TokenEndpointErrors::unavailable(entra, http.facts);
        } else {
            AadstsContext context;
            context.clientId = m_request.clientId;
            context.tenant = m_request.tenant;
            const Error explained = AadstsCatalog::explain(entra, context);
            if (endsKeptSignIn(entra)) {
                result.error = Error::make(
                    QStringLiteral("auth.kept-sign-in.ended"),
                    tr("The monitoring sign-in has expired or was revoked; run the test sign-in again with "
                       "--keep-sign-in."),
                    QStringList{explained.message, explained.cause}.join(QLatin1Char(' ')).trimmed(),
                    tr("Run `flexo-teams-setup diagnose --interactive --keep-sign-in` with this config (or "
                       "the wizard's test sign-in with \"Keep this sign-in\" ticked) and sign in again."),
                    explained.detail);
                result.error.remedy = Remedy::make(RemedyKind::KeepSignInAgain);
            } else {
                result.error = explained;
                // The catalog speaks of a first sign-in; here consent was given once and is gone.
                if (entra.aadsts == 65001)
                    result.error.message = tr("The consent to the app's permissions was withdrawn after the "
                                              "sign-in was kept.") +
                                           QStringLiteral(" (AADSTS65001)");
            }
        }
        result.error.detail = scrub(result.error.detail, {m_request.clientSecret, m_request.refreshToken});
        finish(result);
        return;
    }
    if (!http.ok()) {
        result.error = http.error;
        finish(result);
        return;
    }
    const QJsonObject o = http.jsonObject();
    const QString access = o.value(QLatin1String("access_token")).toString();
    if (!http.isSuccess() || access.isEmpty()) {
        result.error = Error::make(QStringLiteral("auth.token.malformed"),
                                   tr("Microsoft's token endpoint gave an answer without a token."),
                                   tr("A proxy or another device may have answered instead of Microsoft."),
                                   tr("Try again; if it persists, check the proxy settings."),
                                   QStringLiteral("HTTP %1, %2 bytes, not a token response")
                                       .arg(http.status())
                                       .arg(http.body.size()));
        finish(result);
        return;
    }
    const QString rotated = o.value(QLatin1String("refresh_token")).toString();
    const QString idToken = o.value(QLatin1String("id_token")).toString();
    // Registered before anything that follows from them can reach a log or a result.
    for (const QString &value : {access, rotated, idToken}) {
        registerSensitiveValue(value);
        if (!value.isEmpty())
            m_sensitive << value;
    }
    m_accessToken = access;
    m_rotated = !rotated.isEmpty() && rotated != m_request.refreshToken;
    m_refreshToken = rotated.isEmpty() ? m_request.refreshToken : rotated;
    const IdTokenClaims claims = IdTokenClaims::decode(idToken);
    if (claims.valid) {
        result.facts.insert(QStringLiteral("account"), claims.preferredUsername);
        result.facts.insert(QStringLiteral("objectId"), claims.objectId);
        result.facts.insert(QStringLiteral("signedInTenantId"), claims.tenantId);
    }
    const int expiresIn = o.value(QLatin1String("expires_in")).toVariant().toInt();
    result.facts.insert(QStringLiteral("expiresIn"), expiresIn);
    result.facts.insert(QStringLiteral("expiresAt"), m_clock().addSecs(expiresIn));
    result.facts.insert(QStringLiteral("refreshTokenRotated"), m_rotated);
    result.facts.insert(QStringLiteral("grantedScopes"), o.value(QLatin1String("scope")).toString());
    result.summary = claims.preferredUsername.isEmpty()
                         ? tr("The kept monitoring sign-in was redeemed without a person.")
                         : tr("The kept monitoring sign-in of %1 was redeemed without a person.")
                               .arg(claims.preferredUsername);
    finish(result);
}

void KeptSignInRefresh::finish(AuthResult result)
{
    result.finishedAt = m_clock();
    if (result.ok())
        qCInfo(lcAuth) << "Kept sign-in redeemed; refresh token rotated:" << m_rotated;
    else
        qCInfo(lcAuth) << "Kept sign-in refresh failed:" << result.error.code << result.error.detail;
    emit finished(result);
}

} // namespace flexo
