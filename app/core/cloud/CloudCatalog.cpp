#include "cloud/CloudCatalog.h"

#include "config/ConfigFile.h"

#include <QHostAddress>

namespace flexo {

CloudInfo CloudCatalog::info(Cloud cloud)
{
    CloudInfo info;
    info.cloud = cloud;
    info.id = ConfigFile::cloudName(cloud); // the config file's name, one table for both
    switch (cloud) {
    case Cloud::Global:
        info.displayName = tr("Global (also for GCC)");
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.com"));
        info.graphBase = QUrl(QStringLiteral("https://graph.microsoft.com"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.com"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.com");
        break;
    case Cloud::UsGovHigh:
        info.displayName = tr("US Government GCC High");
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        info.graphBase = QUrl(QStringLiteral("https://graph.microsoft.us"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.us"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.us");
        break;
    case Cloud::UsGovDod:
        info.displayName = tr("US Government DoD");
        info.loginBase = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        info.graphBase = QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
        info.portal = QUrl(QStringLiteral("https://portal.azure.us"));
        info.cloudInstanceName = QStringLiteral("microsoftonline.us");
        break;
    case Cloud::China:
        info.displayName = tr("China (operated by 21Vianet)");
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
        info.displayName = tr("Custom (base addresses given by you)");
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

bool CloudCatalog::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error CloudCatalog::checkCustomBase(const QUrl &url, const QString &which)
{
    const QString shown = url.toString();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Error::make(QStringLiteral("cloud.custom-url-invalid"),
                           tr("The %1 base address \"%2\" of the custom cloud is not an absolute address.")
                               .arg(which, shown),
                           {}, tr("Enter it as https://host (for example https://login.example.com)."),
                           QStringLiteral("custom %1 base invalid: %2").arg(which, shown));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return Error::make(
        QStringLiteral("cloud.custom-url-insecure"),
        tr("The %1 base address \"%2\" of the custom cloud must use https.").arg(which, shown),
        tr("Plain http is accepted only for a server on this computer (127.0.0.1 or localhost): "
           "sign-in and tokens must never travel unencrypted."),
        tr("Use the https address of that service."),
        QStringLiteral("custom %1 base not https: %2").arg(which, shown));
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
