#include "cloud/TenantCloud.h"

#include <QStringList>

namespace flexo {

// Sources: tenant_region_scope "USGov" or
// "USG" marks a US Government tenant [DOC Azure Government identity guidance]; sub-scope "DODCON" is GCC
// High [OBS MicrosoftDocs/azure-docs#56915], "DOD" is DoD and "GCC" GCC moderate [OBS cisagov/ScubaGear,
// MicrosoftDocs/azure-docs#84367]; cloud_instance_name is one of microsoftonline.com, microsoftonline.us,
// partner.microsoftonline.cn [DOC Graph crossCloudAzureActiveDirectoryTenant]. Graph hosts of the
// national clouds [DOC learn.microsoft.com/graph/deployments]; that a DoD document names
// dod-graph.microsoft.us as msgraph_host is inferred.

bool TenantCloudFields::isGccModerate() const
{
    return regionSubScope.compare(QLatin1String("GCC"), Qt::CaseInsensitive) == 0;
}

QString TenantCloudFields::describe() const
{
    QStringList parts;
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name), value);
    };
    add("tenant_region_scope", regionScope);
    add("tenant_region_sub_scope", regionSubScope);
    add("cloud_instance_name", cloudInstanceName);
    add("cloud_graph_host_name", cloudGraphHostName);
    add("msgraph_host", msgraphHost);
    return parts.join(QLatin1String(", "));
}

Cloud cloudOfTenant(const TenantCloudFields &fields)
{
    const QString scope = fields.regionScope.trimmed().toLower();
    const QString sub = fields.regionSubScope.trimmed().toUpper();
    const QString instance = fields.cloudInstanceName.trimmed().toLower();
    const QString graph = fields.msgraphHost.trimmed().toLower();
    const QString legacyGraph = fields.cloudGraphHostName.trimmed().toLower();

    // The sub-scope is the most specific field: it alone tells GCC High from DoD.
    if (sub == QLatin1String("DOD"))
        return Cloud::UsGovDod;
    if (sub == QLatin1String("DODCON"))
        return Cloud::UsGovHigh;
    if (sub == QLatin1String("GCC"))
        return Cloud::Global;

    const bool usGovernment = scope == QLatin1String("usgov") || scope == QLatin1String("usg") ||
                              instance == QLatin1String("microsoftonline.us") ||
                              graph.endsWith(QLatin1String(".microsoft.us")) ||
                              legacyGraph.endsWith(QLatin1String(".microsoftazure.us"));
    if (usGovernment)
        return graph == QLatin1String("dod-graph.microsoft.us") ? Cloud::UsGovDod : Cloud::UsGovHigh;

    const bool china = instance == QLatin1String("partner.microsoftonline.cn") ||
                       instance == QLatin1String("chinacloudapi.cn") ||
                       graph == QLatin1String("microsoftgraph.chinacloudapi.cn") ||
                       legacyGraph == QLatin1String("graph.chinacloudapi.cn");
    if (china)
        return Cloud::China;

    if (instance == QLatin1String("microsoftonline.com") || graph == QLatin1String("graph.microsoft.com") ||
        legacyGraph == QLatin1String("graph.windows.net"))
        return Cloud::Global;
    // A region scope alone ("NA", "EU", "WW", ...) is what commercial tenants carry.
    if (!scope.isEmpty())
        return Cloud::Global;
    return Cloud::Custom;
}

} // namespace flexo
