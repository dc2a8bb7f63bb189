#include "auth/TokenReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flexo {

TokenReply TokenReply::read(const QByteArray &body, int httpStatus)
{
    TokenReply reply;
    reply.refusal = EntraError::fromJsonBody(body, httpStatus);
    if (!reply.refusal.isNull())
        return reply;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return reply;
    const QJsonObject o = doc.object();
    reply.isJsonObject = true;
    TokenResponseInfo &info = reply.info;
    info.httpStatus = httpStatus;
    info.tokenType = o.value(QLatin1String("token_type")).toString();
    info.expiresIn = o.value(QLatin1String("expires_in")).toVariant().toInt();
    info.scope = o.value(QLatin1String("scope")).toString();
    info.hasRefreshToken = o.contains(QLatin1String("refresh_token"));
    info.hasIdToken = o.contains(QLatin1String("id_token"));
    reply.values = o.toVariantMap();
    return reply;
}

} // namespace flexo
