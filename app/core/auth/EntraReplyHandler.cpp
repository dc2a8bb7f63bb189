#include "auth/EntraReplyHandler.h"

#include "common/Logging.h"
#include "net/HttpCallReply.h"
#include "net/NetworkPolicy.h"

namespace flexo {

EntraReplyHandler::EntraReplyHandler(QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
{}

void EntraReplyHandler::deliverCallback(const QVariantMap &values)
{
    emit callbackReceived(values);
}

void EntraReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    // Qt 6.4 never deletes the token reply (fixed in 6.7); doing it here is harmless in later versions
    // because the flow does not touch the reply after calling us.
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastFacts = {};
    if (const auto *call = qobject_cast<const HttpCallReply *>(reply)) {
        // Made by HttpClient: its facts (retries included), and its errors already in an admin's
        // words (time-out, TLS, redirect, size, a proxy's page) unless Entra answered with its own.
        m_lastFacts = call->result().facts;
        const HttpResult &result = call->result();
        if (!result.ok() && EntraError::fromJsonBody(result.body, status).isNull()) {
            qCInfo(lcAuth) << "Token request failed:" << result.error.code;
            emit tokenRequestRefused(result.error);
            return;
        }
    }
    if (NetworkPolicy::bodyTooLarge(reply)) {
        emit tokenRequestRefused(NetworkPolicy::bodyTooLargeError(reply->url()));
        return;
    }
    if (NetworkPolicy::isRedirect(status)) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        emit tokenRequestRefused(
            NetworkPolicy::redirectError(reply->url(), status, reply->url().resolved(location)));
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const TokenReply parsed = TokenReply::read(body, status);
    const EntraError &entra = parsed.refusal;
    if (!entra.isNull()) {
        qCInfo(lcAuth) << "Token endpoint refused the request: HTTP" << status << entra.error
                       << entra.aadstsCode() << "trace" << entra.traceId << "correlation"
                       << entra.correlationId;
        emit tokenRequestFailed(entra, reply->error(), reply->errorString());
        return;
    }
    if (reply->error() != QNetworkReply::NoError || !parsed.isJsonObject) {
        EntraError none;
        none.httpStatus = status;
        qCInfo(lcAuth) << "Token request failed: HTTP" << status << reply->error();
        emit tokenRequestFailed(
            none, reply->error() == QNetworkReply::NoError ? QNetworkReply::ProtocolFailure : reply->error(),
            reply->error() == QNetworkReply::NoError
                ? QStringLiteral("the token endpoint did not answer with JSON")
                : reply->errorString());
        return;
    }
    const TokenResponseInfo &info = parsed.info;
    qCDebug(lcAuth) << "Token endpoint answered HTTP" << status << "token type" << info.tokenType
                    << "expires in" << info.expiresIn << "scope" << info.scope;
    emit tokenResponseReceived(info);
    emit tokensReceived(parsed.values);
}

} // namespace flexo
