#pragma once

#include <QString>

namespace flexo {

// The few claims of an ID token the sign-in check needs.
struct IdTokenClaims
{
    QString tenantId;          // tid
    QString objectId;          // oid
    QString preferredUsername; // preferred_username
    QString name;              // name
    bool valid = false;        // false when the token could not be decoded

    // Decodes the payload of a JWT. The signature is not checked on purpose: the token came straight
    // from the token endpoint over the same TLS connection that carried the code, so nobody could have
    // altered it in between (OpenID Connect Core 3.1.3.7, point 6), and it is only used to tell the
    // admin which account signed in.
    [[nodiscard]] static IdTokenClaims decode(const QString &jwt);
};

} // namespace flexo
