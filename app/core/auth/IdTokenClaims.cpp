#include "auth/IdTokenClaims.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flexo {

IdTokenClaims IdTokenClaims::decode(const QString &jwt)
{
    IdTokenClaims claims;
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return claims;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return claims;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return claims;
    const QJsonObject o = doc.object();
    claims.tenantId = o.value(QLatin1String("tid")).toString();
    claims.objectId = o.value(QLatin1String("oid")).toString();
    claims.preferredUsername = o.value(QLatin1String("preferred_username")).toString();
    claims.name = o.value(QLatin1String("name")).toString();
    claims.valid = true;
    return claims;
}

} // namespace flexo
