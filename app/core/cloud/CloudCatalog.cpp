#include "cloud/CloudCatalog.h"

#include "config/ConfigFile.h"
#include "config/ConfigRules.h"

namespace flexo {

CloudInfo CloudCatalog::info(Cloud cloud)
{
    CloudInfo info;
    info.cloud = cloud;
    info.id = ConfigFile::cloudName(cloud); // the config file's name, one table for both
    switch (cloud) {
    case Cloud::Global:
        info.displayName = tr("Global");
        info.choiceLabel = tr("Global (also US Government GCC)");
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.com"));
        info.graphBase = QUrl(QStringLiteral("https://graph.microsoft.com"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.com"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.com");
        break;
    case Cloud::UsGovHigh:
        info.displayName = tr("US Government GCC High");
        info.choiceLabel = info.displayName;
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        info.graphBase = QUrl(QStringLiteral("https://graph.microsoft.us"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.us"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.us");
        break;
    case Cloud::UsGovDod:
        info.displayName = tr("US Government DoD");
        info.choiceLabel = info.displayName;
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        info.graphBase = QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.us"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.us");
        break;
    case Cloud::China:
        info.displayName = tr("China (operated by 21Vianet)");
        info.choiceLabel = info.displayName;
        info.loginBase = QUrl(QStringLiteral("https://login.partner.microsoftonline.cn"));
        info.graphBase = QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.cn"));
        // Graph's crossCloudAzureActiveDirectoryTenant names the instances microsoftonline.com,
        // microsoftonline.us and partner.microsoftonline.cn.
        info.cloudInstanceName = QStringLiteral("partner.microsoftonline.cn");
        // Graph's onlineMeetings create and delete are not offered in this cloud.
        info.onlineMeetingsAvailable = false;
        break;
    case Cloud::Custom:
        info.displayName = tr("Custom");
        info.choiceLabel = tr("Custom (sign-in and Graph addresses of your own)");
        break;
    }
    info.graphResource = info.graphBase.isValid()
                             ? info.graphBase.toString(QUrl::RemovePath | QUrl::StripTrailingSlash)
                             : QString();
    return info;
}

QList<CloudInfo> CloudCatalog::all()
{
    return {info(Cloud::Global), info(Cloud::UsGovHigh), info(Cloud::UsGovDod), info(Cloud::China),
            info(Cloud::Custom)};
}

Cloud CloudCatalog::fromId(const QString &id, bool *ok)
{
    for (const CloudInfo &cloud : all()) {
        if (cloud.id == id) {
            if (ok)
                *ok = true;
            return cloud.cloud;
        }
    }
    if (ok)
        *ok = false;
    return Cloud::Global;
}

Error CloudCatalog::checkCustomBase(const QUrl &url, const QString &which)
{
    // The config rule decides (one rule for the wizard, `validate` and this): https, or http for a
    // server on this computer only.
    const RuleResult rule = rules::checkCustomBaseUrl(url.toString());
    if (!rule.isError())
        return {};
    const bool insecure = rule.code == QLatin1String("customBaseUrl.not-https");
    return Error::make(
        insecure ? QStringLiteral("cloud.custom-url-insecure") : QStringLiteral("cloud.custom-url-invalid"),
        tr("The %1 base address of the custom cloud cannot be used.").arg(which), {}, rule.message,
        QStringLiteral("custom %1 base refused (%2): %3").arg(which, rule.code, url.toString()));
}

Result<CloudInfo> CloudCatalog::custom(const QUrl &loginBase, const QUrl &graphBase)
{
    if (Error error = checkCustomBase(loginBase, tr("sign-in")))
        return error;
    if (Error error = checkCustomBase(graphBase, tr("Graph")))
        return error;
    CloudInfo cloud = info(Cloud::Custom);
    cloud.loginBase = loginBase;
    cloud.graphBase = graphBase;
    cloud.graphResource = graphBase.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    return cloud;
}

Result<CloudInfo> CloudCatalog::forConfig(const ConnectorConfig &config)
{
    if (config.cloud == Cloud::Custom)
        return custom(config.customLoginBase, config.customGraphBase);
    return info(config.cloud);
}

Error CloudCatalog::meetingsNotAvailable(const CloudInfo &cloud)
{
    return Error::make(QStringLiteral("cloud.meetings-not-available"),
                       tr("Teams online meetings are not available in the %1 cloud.").arg(cloud.displayName),
                       tr("Microsoft Graph does not offer creating or deleting online meetings there, so the "
                          "meeting checks cannot run; the sign-in checks still do."),
                       tr("Nothing to fix in the app registration. FlexO cannot create Teams meetings for a "
                          "tenant in this cloud."),
                       QStringLiteral("onlineMeetings not offered in cloud %1").arg(cloud.id));
}

} // namespace flexo
