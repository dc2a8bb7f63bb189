#pragma once

#include "cloud/EntraError.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace flexo {

// The non-secret part of a successful token response.
struct TokenResponseInfo
{
    int httpStatus = 0;
    QString tokenType;
    int expiresIn = -1;
    QString scope; // as granted, space separated
    bool hasRefreshToken = false;
    bool hasIdToken = false;
};

// An answer of the token endpoint, read from its body alone (no network, no flow), so that whatever a
// token endpoint or something in its place sends can be tested and fuzzed.
struct TokenReply
{
    EntraError refusal;        // Entra's error body; null when the body is not one
    bool isJsonObject = false; // a grant is a JSON object; anything else is no answer
    TokenResponseInfo info;    // the non-secret facts of a grant
    QVariantMap values;        // every value of a grant, tokens included: for the flow only, never logged

    [[nodiscard]] static TokenReply read(const QByteArray &body, int httpStatus);
};

} // namespace flexo
