#pragma once

#include "cloud/EntraError.h"
#include "common/Error.h"
#include "net/HttpResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace flexo {

// The outcome of one authentication step ("app-credentials", "sign-in", "refresh") as a value the
// check runner turns into a check result. It never holds a secret, token, code or PKCE verifier.
struct AuthResult
{
    QString step;        // "app-credentials", "sign-in", "refresh"
    Error error;         // null when the step passed
    QString summary;     // translated, one line, when the step passed
    EntraError observed; // what Entra answered: HTTP status, AADSTS, OAuth error, trace/correlation ids
    QUrl helpUrl;        // Microsoft's page for the AADSTS number, when there is one
    // Stable keys: "tokenType", "expiresIn", "expiresAt", "account", "displayName", "tenantId",
    // "objectId", "grantedScopes", "missingScopes", "redirectUri", "uriToRegister", "adminConsentUrl",
    // "adminRequestText", "signedInTenantId".
    QVariantMap facts;
    QDateTime finishedAt; // UTC
    // The step's token request as seen on the wire: endpoint, attempts and what each retried answer
    // said (net/HttpResult.h). Empty when no request was sent.
    HttpFacts http;

    [[nodiscard]] bool ok() const { return error.isNull(); }
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::AuthResult)
