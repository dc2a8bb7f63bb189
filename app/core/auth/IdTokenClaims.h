#pragma once

#include <QString>
#include <QStringList>

namespace flexo {

// The claims of an ID token the sign-in check reads and checks.
struct IdTokenClaims
{
    QString tenantId;          // tid
    QString objectId;          // oid
    QString preferredUsername; // preferred_username
    QString name;              // name
    QString issuer;            // iss
    QStringList audiences;     // aud (a string or an array in the token)
    QString authorizedParty;   // azp
    QString nonce;             // nonce
    qint64 expiresAt = 0;      // exp, seconds since the epoch; 0 when absent or unreadable
    bool valid = false;        // false when the token could not be decoded

    // Decodes the payload of a JWT. The signature is not checked on purpose: the token came straight
    // from the token endpoint over the same TLS connection that carried the code, so nobody could have
    // altered it in between (OpenID Connect Core 3.1.3.7, point 6). What that section still asks is
    // checked by the sign-in: iss, aud (and azp), exp and nonce.
    [[nodiscard]] static IdTokenClaims decode(const QString &jwt);
};

} // namespace flexo
