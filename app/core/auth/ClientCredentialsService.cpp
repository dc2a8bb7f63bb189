#include "auth/ClientCredentialsService.h"

#include "auth/AadstsCatalog.h"
#include "common/Logging.h"
#include "common/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace flexo {

namespace {

QByteArray field(const char *name, const QString &value)
{
    // Every value fully percent-encoded: a legacy secret's '+' must not turn into a space.
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

ClientCredentialsService::ClientCredentialsService(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
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
    return field("grant_type", QStringLiteral("client_credentials")) + '&' +
           field("client_id", request.clientId) + '&' + field("client_secret", request.clientSecret) + '&' +
           field("scope", resource + QStringLiteral("/.default"));
}

void ClientCredentialsService::start(const ClientCredentialsRequest &request)
{
    cancel();
    m_request = request;
    m_timedOut = false;
    QNetworkRequest http(request.tokenEndpoint);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    http.setRawHeader("Accept", "application/json");
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    http.setRawHeader("client-request-id", requestId);
    http.setRawHeader("return-client-request-id", "true");
    http.setTransferTimeout(int(request.timeout.count()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCInfo(lcAuth) << "Client-credentials request to" << request.tokenEndpoint.toString() << "client"
                   << request.clientId << "secret" << redactSecret(request.clientSecret) << "request id"
                   << requestId;
    m_reply = m_manager->post(http, formBody(request));
    // transferTimeout only counts silence; the overall guard covers a server that trickles.
    auto *guard = new QTimer(m_reply);
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    guard->start(request.timeout * 2);
    connect(m_reply, &QNetworkReply::finished, this, &ClientCredentialsService::handleReply);
}

void ClientCredentialsService::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ClientCredentialsService::handleReply()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    AuthResult result;
    result.step = QStringLiteral("app-credentials");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.observed.httpStatus = status;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    const EntraError entra = EntraError::fromJsonBody(body, status);
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
    if (reply->error() != QNetworkReply::NoError) {
        const bool timeout = m_timedOut || reply->error() == QNetworkReply::OperationCanceledError;
        result.error = Error::make(
            timeout ? QStringLiteral("auth.token.timeout") : QStringLiteral("auth.token.network"),
            timeout ? tr("Microsoft's token endpoint did not answer in time.")
                    : tr("Microsoft's token endpoint could not be reached."),
            timeout ? tr("The network, a proxy or a firewall is slow or holds the connection.")
                    : tr("The network, a proxy, a firewall or a TLS inspection device is in the way."),
            tr("Check the proxy and network settings of this machine and try again."),
            QStringLiteral("%1 (network error %2, HTTP %3)")
                .arg(reply->errorString())
                .arg(int(reply->error()))
                .arg(status));
        finish(result);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QLatin1String("access_token")).toString().isEmpty()) {
        result.error = Error::make(
            QStringLiteral("auth.token.malformed"),
            tr("Microsoft's token endpoint gave an answer without a token."),
            tr("A proxy or another device may have altered the answer."),
            tr("Try again; if it persists, check the proxy settings."),
            QStringLiteral("HTTP %1, %2 bytes, not a token response").arg(status).arg(body.size()));
        finish(result);
        return;
    }
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
