#include "Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace flexo::fake {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray segment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64url);
}

} // namespace

QByteArray Jwt::encode(const QJsonObject &payload)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("flexo-fake-cloud")}};
    const QByteArray signingInput = segment(header) + '.' + segment(payload);
    const QByteArray digest = QCryptographicHash::hash(signingInput, QCryptographicHash::Sha256);
    return signingInput + '.' + digest.toBase64(base64url);
}

QJsonObject Jwt::decodePayload(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), base64url)).object();
}

} // namespace flexo::fake
