#pragma once

#include "config/ConnectorConfig.h"

#include <QString>

namespace flexo {

// The fields of a tenant's OpenID discovery document that tell its cloud. Every cloud's sign-in
// service fills them, and the global service describes US Government tenants too (Microsoft's Azure
// Government identity guidance tells admins to read tenant_region_scope there).
struct TenantCloudFields
{
    QString regionScope;        // tenant_region_scope: "NA", "EU", "WW", ... or "USGov" / "USG"
    QString regionSubScope;     // tenant_region_sub_scope: "GCC", "DODCON" (GCC High), "DOD", or empty
    QString cloudInstanceName;  // cloud_instance_name: "microsoftonline.com", "microsoftonline.us", ...
    QString cloudGraphHostName; // cloud_graph_host_name: "graph.windows.net", ...
    QString msgraphHost;        // msgraph_host: "graph.microsoft.com", "graph.microsoft.us", ...

    [[nodiscard]] bool isEmpty() const
    {
        return regionScope.isEmpty() && regionSubScope.isEmpty() && cloudInstanceName.isEmpty() &&
               cloudGraphHostName.isEmpty() && msgraphHost.isEmpty();
    }
    [[nodiscard]] bool isGccModerate() const;
    // "tenant_region_scope USGov, tenant_region_sub_scope DODCON, ...": the fields present, for details.
    [[nodiscard]] QString describe() const;
};

// The cloud a tenant lives in: Global (US Government GCC moderate included: it uses the global
// service), UsGovHigh, UsGovDod or China. Cloud::Custom when the fields name no cloud this tool knows,
// and then nothing may be concluded from them.
[[nodiscard]] Cloud cloudOfTenant(const TenantCloudFields &fields);

} // namespace flexo
