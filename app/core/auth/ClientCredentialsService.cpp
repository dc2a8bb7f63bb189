#include "auth/ClientCredentialsService.h"

#include "auth/AadstsCatalog.h"
#include "auth/TokenEndpointErrors.h"
#include "auth/TokenRequest.h"
#include "common/Logging.h"
#include "common/Redaction.h"

#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QJsonObject>

namespace flexo {

ClientCredentialsService::ClientCredentialsService(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

ClientCredentialsService::~ClientCredentialsService()
{
    cancel();
}

QByteArray ClientCredentialsService::formBody(const ClientCredentialsRequest &request)
{
    QString resource = request.graphResource.toString(QUrl::FullyEncoded);
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    using F = TokenRequest;
    return F::field("grant_type", QStringLiteral("client_credentials")) + '&' +
           F::field("client_id", request.clientId) + '&' + F::field("client_secret", request.clientSecret) +
           '&' + F::field("scope", resource + QStringLiteral("/.default"));
}

void ClientCredentialsService::start(const ClientCredentialsRequest &request)
{
    cancel();
    m_request = request;
    registerSensitiveValue(request.clientSecret);
    const HttpRequest http = TokenRequest::post(request.tokenEndpoint, formBody(request), request.timeout,
                                                QStringLiteral("token.client-credentials"));
    qCInfo(lcAuth) << "Client-credentials request to" << request.tokenEndpoint.toString() << "client"
                   << request.clientId << "secret" << redactSecret(request.clientSecret);
    const quint64 attempt = ++m_attempt;
    m_call = m_client->send(http, this, [this, attempt](const HttpResult &result) {
        if (attempt == m_attempt)
            handleResult(result);
    });
}

void ClientCredentialsService::cancel()
{
    ++m_attempt;
    if (HttpCall *call = m_call.data()) {
        m_call.clear();
        call->cancel();
    }
}

void ClientCredentialsService::handleResult(const HttpResult &http)
{
    m_call.clear();
    AuthResult result;
    result.step = QStringLiteral("app-credentials");
    result.observed.httpStatus = http.status();
    result.http = http.facts;
    result.facts.insert(QStringLiteral("clientRequestId"), http.facts.clientRequestId);
    if (!http.facts.requestId.isEmpty())
        result.facts.insert(QStringLiteral("requestId"), http.facts.requestId);

    const EntraError entra = EntraError::fromJsonBody(http.body, http.status());
    if (!entra.isNull() && TokenEndpointErrors::isTransient(http.status())) {
        result.observed = entra;
        result.error = TokenEndpointErrors::unavailable(entra, http.facts);
        result.helpUrl = entra.helpUrl();
        finish(result);
        return;
    }
    if (!entra.isNull()) {
        AadstsContext context;
        context.clientId = m_request.clientId;
        context.tenant = m_request.tenant;
        context.secretExpiry = m_request.secretExpiry;
        result.observed = entra;
        result.error = AadstsCatalog::explain(entra, context);
        result.error.detail = scrub(result.error.detail, {m_request.clientSecret});
        result.helpUrl = entra.helpUrl();
        finish(result);
        return;
    }
    if (!http.ok()) {
        // The network layer already says what happened in an admin's words (DNS, proxy, TLS, timeout).
        result.error = http.error;
        finish(result);
        return;
    }
    const QJsonObject o = http.jsonObject();
    if (!http.isSuccess() || o.value(QLatin1String("access_token")).toString().isEmpty()) {
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
    registerSensitiveValue(o.value(QLatin1String("access_token")).toString()); // dropped, never shown
    const QString tokenType = o.value(QLatin1String("token_type")).toString();
    const int expiresIn = o.value(QLatin1String("expires_in")).toVariant().toInt();
    result.facts.insert(QStringLiteral("tokenType"), tokenType);
    result.facts.insert(QStringLiteral("expiresIn"), expiresIn);
    result.facts.insert(QStringLiteral("expiresAt"), m_clock().addSecs(expiresIn));
    result.summary = tr("Microsoft accepted the tenant, the client ID and the secret (%1 token, valid %2 "
                        "minutes).")
                         .arg(tokenType)
                         .arg(expiresIn / 60);
    finish(result);
}

void ClientCredentialsService::finish(AuthResult result)
{
    result.finishedAt = m_clock();
    if (result.ok())
        qCInfo(lcAuth) << "Application credentials accepted";
    else
        qCInfo(lcAuth) << "Application credentials check failed:" << result.error.code << result.error.detail;
    emit finished(result);
}

} // namespace flexo
