#include "auth/IdTokenClaims.h"

#include <QByteArray>
#include <QJsonArray>
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
    claims.issuer = o.value(QLatin1String("iss")).toString();
    const QJsonValue aud = o.value(QLatin1String("aud"));
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        for (const QJsonValue &item : list) {
            if (item.isString())
                claims.audiences << item.toString();
        }
    } else if (aud.isString()) {
        claims.audiences << aud.toString();
    }
    claims.authorizedParty = o.value(QLatin1String("azp")).toString();
    claims.nonce = o.value(QLatin1String("nonce")).toString();
    const QJsonValue exp = o.value(QLatin1String("exp"));
    if (exp.isDouble() && exp.toDouble() > 0 && exp.toDouble() < 1e12)
        claims.expiresAt = qint64(exp.toDouble());
    claims.valid = true;
    return claims;
}

} // namespace flexo
