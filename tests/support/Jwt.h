#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace flexo::fake {

// Unsigned JSON Web Tokens: header.payload.signature in base64url. The signature segment is a digest,
// not a signature: clients never validate Microsoft's tokens, and neither may they trust these.
class Jwt
{
public:
    [[nodiscard]] static QByteArray encode(const QJsonObject &payload);
    [[nodiscard]] static QJsonObject decodePayload(const QByteArray &token);
};

} // namespace flexo::fake
