#pragma once

#include "cloud/EntraError.h"
#include "cloud/TenantCloud.h"
#include "common/Error.h"
#include "net/HttpResult.h"

#include <QString>
#include <QUrl>

namespace flexo {

// What the OpenID discovery document of a tenant says, or why it could not be read.
struct DiscoveryResult
{
    // "AADSTS90002" (tenant not found), "AADSTS900023" (malformed), "discovery.wrong-cloud" (the tenant
    // lives in another cloud than the one asked: tenantId and tenantCloud are still set),
    // "discovery.*", "net.*"
    Error error;
    HttpFacts facts;  // status, x-ms-request-id, client-request-id, duration
    EntraError entra; // Entra's error body when discovery was refused (trace and correlation ids)

    QString requestedTenant;    // as asked (GUID or domain)
    QString tenantId;           // the GUID, from token_endpoint (or issuer)
    QUrl authorizationEndpoint; // from the document, never built by hand
    QUrl tokenEndpoint;         // from the document, never built by hand
    QString issuer;
    QString cloudInstanceName;         // "microsoftonline.com", "microsoftonline.us", ...
    QString tenantRegionScope;         // "NA", "EU", "USGov", ...
    QString tenantRegionSubScope;      // "GCC", "DODCON", "DOD", or empty
    QString msgraphHost;               // "graph.microsoft.com" (global)
    QString cloudGraphHostName;        // "graph.windows.net" (global)
    Cloud tenantCloud = Cloud::Custom; // what the fields above say (cloudOfTenant); Custom: they do not tell

    [[nodiscard]] TenantCloudFields cloudFields() const
    {
        return {tenantRegionScope, tenantRegionSubScope, cloudInstanceName, cloudGraphHostName, msgraphHost};
    }

    [[nodiscard]] bool ok() const { return error.isNull(); }
};

} // namespace flexo
