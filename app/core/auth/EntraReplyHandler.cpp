#include "auth/EntraReplyHandler.h"

#include "common/Logging.h"
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
