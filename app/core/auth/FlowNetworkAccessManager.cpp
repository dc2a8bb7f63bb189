#include "auth/FlowNetworkAccessManager.h"

#include "net/HttpCallReply.h"
#include "net/HttpClient.h"
#include "net/NetworkPolicy.h"

#include <QUrlQuery>

namespace flexo {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return "GET";
}

// "token.authorization-code", "token.refresh": how the request is named in logs and facts.
QString operationOf(const QByteArray &body)
{
    const QString grant =
        QUrlQuery(QString::fromLatin1(body)).queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grant == QLatin1String("authorization_code"))
        return QStringLiteral("token.authorization-code");
    if (grant == QLatin1String("refresh_token"))
        return QStringLiteral("token.refresh");
    return grant.isEmpty() ? QStringLiteral("token") : QStringLiteral("token.") + grant;
}

} // namespace

FlowNetworkAccessManager::FlowNetworkAccessManager(HttpClient *client, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_client(client)
{
    // Nothing should reach the base class, but if it did it would not follow a redirect either.
    NetworkPolicy::apply(this);
}

int FlowNetworkAccessManager::attemptTimeout() const
{
    return m_timeoutMs > 0 ? m_timeoutMs : m_client->options().timeoutMs;
}

QNetworkReply *FlowNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    HttpRequest http;
    http.method = methodOf(op, request);
    http.url = request.url();
    if (outgoingData)
        http.body = outgoingData->readAll();
    http.contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower != "content-type" && lower != "content-length")
            http.headers.append({name, request.rawHeader(name)});
    }
    http.timeoutMs = attemptTimeout();
    http.retry = RetryPolicy::identity();
    http.operation = operationOf(http.body);
    return new HttpCallReply(m_client, op, request, http, this);
}

} // namespace flexo
