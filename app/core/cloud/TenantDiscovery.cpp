#include "cloud/TenantDiscovery.h"

#include "cloud/CloudCatalog.h"
#include "common/AddressRules.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"
#include "net/RetryReport.h"

#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace flexo {

namespace {

// The first path segment of an endpoint such as https://login/{tenant-guid}/oauth2/v2.0/token.
QString tenantFromUrl(const QUrl &url)
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return {};
    const QUuid id(segments.first());
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// The hosts of a cloud's sign-in service: its login base and the aliases Microsoft's instance
// discovery lists for the same cloud.
QStringList signInHosts(const CloudInfo &cloud)
{
    QStringList hosts{cloud.loginBase.host().toLower()};
    switch (cloud.cloud) {
    case Cloud::Global:
        hosts << QStringLiteral("login.microsoftonline.com") << QStringLiteral("login.windows.net")
              << QStringLiteral("login.microsoft.com") << QStringLiteral("sts.windows.net");
        break;
    case Cloud::UsGovHigh:
    case Cloud::UsGovDod:
        hosts << QStringLiteral("login.microsoftonline.us") << QStringLiteral("login.usgovcloudapi.net");
        break;
    case Cloud::China:
        hosts << QStringLiteral("login.partner.microsoftonline.cn")
              << QStringLiteral("login.chinacloudapi.cn");
        break;
    case Cloud::Custom:
        break; // its own base only
    }
    return hosts;
}

} // namespace

Error TenantDiscovery::checkEndpoint(const CloudInfo &cloud, const QString &tenant, const QUrl &url,
                                     const QString &what)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const QString base = cloud.loginBase.host().toLower();
    const QString baseScheme = cloud.loginBase.scheme().toLower();
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80);
    };
    bool trusted = false;
    if (url.isValid() && !url.isRelative() && url.userInfo().isEmpty()) {
        if (cloud.cloud != Cloud::Custom) {
            trusted =
                scheme == QLatin1String("https") && signInHosts(cloud).contains(host) && port(url) == 443;
        } else {
            // The very origin of the custom base; plain http only when that base is http on this computer.
            const bool httpAllowed = baseScheme == QLatin1String("http") && address::isLoopbackHost(base);
            trusted =
                scheme == baseScheme &&
                (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && httpAllowed)) &&
                host == base && port(url) == port(cloud.loginBase);
        }
    }
    if (trusted)
        return {};
    // Only the scheme, host and port: the rest of a hostile address is not worth showing.
    const QString shown = plainText(
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString());
    const QString expected = plainText(
        cloud.loginBase.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    return Error::make(
        QStringLiteral("discovery.untrusted-endpoint"),
        tr("The discovery document of tenant '%1' names its %2 at %3, not at the sign-in service %4 of "
           "the %5 cloud.")
            .arg(plainText(tenant), what, shown.isEmpty() ? tr("an unreadable address") : shown, expected,
                 cloud.displayName),
        tr("Sign-in endpoints must use https on the cloud's own sign-in host (plain http only for a "
           "custom cloud on this computer). A server that is not Microsoft's sign-in service answered, or "
           "the document was changed on its way: following it would send the client secret there."),
        tr("Nothing was sent to %1. Check the cloud (for a custom cloud, its sign-in base address) and "
           "the proxy settings.")
            .arg(host.isEmpty() ? shown : plainText(host)),
        QStringLiteral("discovery %1 %2 not on %3 (cloud %4)")
            .arg(what, url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo),
                 cloud.loginBase.toString(), cloud.id));
}

Error TenantDiscovery::refused(const CloudInfo &cloud, const QString &tenant, const EntraError &entra,
                               int status)
{
    const QString aadsts = entra.aadstsCode();
    const QString detail =
        QStringLiteral("discovery for '%1' in cloud %2 refused: HTTP %3 %4 %5 trace %6 correlation %7")
            .arg(tenant, cloud.id)
            .arg(status)
            .arg(entra.error, aadsts, entra.traceId, entra.correlationId);
    if (entra.aadsts == 90002) {
        return Error::make(
            QStringLiteral("AADSTS90002"),
            tr("Tenant '%1' was not found in the %2 cloud (AADSTS90002).").arg(tenant, cloud.displayName),
            tr("The tenant ID or domain is misspelled, the domain is not verified in any tenant, or the "
               "tenant belongs to a cloud whose sign-in service does not know it (China, operated by "
               "21Vianet, is separate)."),
            cloud.cloud == Cloud::Global
                ? tr("Check the spelling of the tenant ID or domain.")
                : tr("Check the spelling of the tenant ID or domain. If you are not sure of the cloud, "
                     "choose Global: its sign-in service also describes US Government tenants, and "
                     "FlexO then names their cloud."),
            detail);
    }
    if (entra.aadsts == 900023) {
        return Error::make(QStringLiteral("AADSTS900023"),
                           tr("'%1' is not a valid tenant ID or domain (AADSTS900023).").arg(tenant),
                           tr("It is neither a GUID nor a domain name."),
                           tr("Enter the Directory (tenant) ID shown on the app registration's overview "
                              "page, or a domain of the tenant such as contoso.onmicrosoft.com."),
                           detail);
    }
    return Error::make(aadsts.isEmpty() ? QStringLiteral("discovery.refused") : aadsts,
                       tr("Microsoft refused to describe tenant '%1' (HTTP %2%3).")
                           .arg(tenant)
                           .arg(status)
                           .arg(aadsts.isEmpty() ? QString() : QStringLiteral(", ") + aadsts),
                       entra.shortDescription().isEmpty() ? tr("The sign-in service answered with an error.")
                                                          : entra.shortDescription(),
                       tr("Check the tenant and the cloud; if they are right, try again later."), detail);
}

Error TenantDiscovery::wrongCloud(const CloudInfo &cloud, const QString &tenant, const DiscoveryResult &found)
{
    const CloudInfo home = CloudCatalog::info(found.tenantCloud);
    const QString homeName = found.cloudFields().isGccModerate()
                                 ? tr("%1 (US Government GCC uses the global service)").arg(home.displayName)
                                 : home.displayName;
    Error error = Error::make(
        QStringLiteral("discovery.wrong-cloud"),
        tr("This tenant is in %1, the config says %2.").arg(homeName, cloud.displayName),
        tr("Microsoft's discovery document for '%1' describes a tenant of %2. An app with a client secret "
           "can sign in only at its own cloud's sign-in service, so every later step would fail "
           "(AADSTS900382).")
            .arg(plainText(tenant), homeName),
        tr("Choose \"%1\" as the cloud: sign-in at %2, Microsoft Graph at %3. The app registration must "
           "exist in that cloud's portal, %4.")
            .arg(home.displayName, home.loginBase.host(), home.graphBase.host(), home.portal.toString()),
        QStringLiteral("tenant '%1' (%2) is in cloud %3, config cloud %4: %5")
            .arg(plainText(tenant), found.tenantId, home.id, cloud.id,
                 plainText(found.cloudFields().describe())));
    error.remedy = Remedy::make(RemedyKind::SwitchCloud, home.id);
    error.remedy.text = home.displayName;
    return error;
}

Error TenantDiscovery::unavailable(const CloudInfo &cloud, const QString &tenant, const EntraError &entra,
                                   const HttpFacts &facts)
{
    QString answer = QStringLiteral("HTTP %1").arg(facts.status);
    if (!entra.aadstsCode().isEmpty())
        answer += QStringLiteral(", ") + entra.aadstsCode();
    const QString requestId = entra.traceId.isEmpty() ? facts.requestId : entra.traceId;
    QStringList ids;
    if (!entra.correlationId.isEmpty())
        ids << tr("correlation id %1").arg(entra.correlationId);
    if (!requestId.isEmpty())
        ids << tr("request id %1").arg(requestId);
    const QString host = cloud.loginBase.host();
    return Error::make(
        QStringLiteral("discovery.unavailable"),
        facts.status == 429
            ? tr("Microsoft's sign-in service at %1 is throttling requests for the discovery document of "
                 "tenant '%2': %3, %4.")
                  .arg(host, plainText(tenant), answer, RetryReport::tried(facts))
            : tr("Microsoft's sign-in service at %1 could not give the discovery document of tenant '%2': "
                 "%3, %4.")
                  .arg(host, plainText(tenant), answer, RetryReport::tried(facts)),
        tr("A temporary failure of Microsoft's sign-in service, not a problem of the configuration."),
        ids.isEmpty() ? tr("Run the check again in a few minutes.")
                      : tr("Run the check again in a few minutes; if it keeps failing, give support the %1.")
                            .arg(ids.join(tr(" and "))),
        QStringLiteral("discovery for '%1' in cloud %2: %3 %4, %5 attempts in %6 ms")
            .arg(plainText(tenant), cloud.id, RetryReport::endpoint(facts), answer)
            .arg(facts.attempts)
            .arg(facts.durationMs));
}

TenantDiscovery::TenantDiscovery(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void TenantDiscovery::discover(const CloudInfo &cloud, const QString &tenant, QObject *context,
                               Callback callback)
{
    const QString trimmed = tenant.trimmed();
    if (trimmed.isEmpty()) {
        DiscoveryResult result;
        result.error = Error::make(QStringLiteral("discovery.no-tenant"), tr("No tenant is configured."), {},
                                   tr("Enter the Directory (tenant) ID or a domain of the tenant."),
                                   QStringLiteral("discovery without a tenant"));
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
        return;
    }
    HttpRequest request;
    request.url = cloud.discoveryUrl(trimmed);
    request.operation = QStringLiteral("discovery");
    request.retry = RetryPolicy::identity();
    m_client->send(request, context, [cloud, trimmed, callback](const HttpResult &http) {
        callback(interpret(cloud, trimmed, http));
    });
}

DiscoveryResult TenantDiscovery::interpret(const CloudInfo &cloud, const QString &tenant,
                                           const HttpResult &http)
{
    DiscoveryResult result;
    result.requestedTenant = tenant;
    result.facts = http.facts;
    if (!http.ok()) {
        result.error = http.error;
        return result;
    }
    if (!http.isSuccess()) {
        result.entra = EntraError::fromJsonBody(http.body, http.status());
        if (http.status() == 429 || http.status() >= 500) {
            result.error = unavailable(cloud, tenant, result.entra, http.facts);
        } else if (result.entra.isNull()) {
            result.error = Error::make(
                QStringLiteral("discovery.http-error"),
                tr("The discovery document of tenant '%1' could not be read (HTTP %2).")
                    .arg(tenant)
                    .arg(http.status()),
                tr("The sign-in service or a proxy answered with an error instead of the document."),
                tr("Check the cloud, the proxy settings, and try again later."),
                QStringLiteral("discovery HTTP %1, body not an Entra error").arg(http.status()));
        } else {
            result.error = refused(cloud, tenant, result.entra, http.status());
        }
        return result;
    }

    const QJsonObject document = http.jsonObject();
    result.authorizationEndpoint = QUrl(document.value(QLatin1String("authorization_endpoint")).toString());
    result.tokenEndpoint = QUrl(document.value(QLatin1String("token_endpoint")).toString());
    result.issuer = document.value(QLatin1String("issuer")).toString();
    result.cloudInstanceName = document.value(QLatin1String("cloud_instance_name")).toString();
    result.tenantRegionScope = document.value(QLatin1String("tenant_region_scope")).toString();
    result.tenantRegionSubScope = document.value(QLatin1String("tenant_region_sub_scope")).toString();
    result.msgraphHost = document.value(QLatin1String("msgraph_host")).toString();
    result.cloudGraphHostName = document.value(QLatin1String("cloud_graph_host_name")).toString();
    result.tenantCloud = cloudOfTenant(result.cloudFields());
    result.tenantId = tenantFromUrl(result.tokenEndpoint);
    if (result.tenantId.isEmpty())
        result.tenantId = tenantFromUrl(QUrl(result.issuer));

    // A tenant of another cloud is the first thing to say: whatever follows would fail for that reason
    // (AADSTS900382 at the token endpoint). A custom cloud is whatever its base says, so it is not judged.
    if (cloud.cloud != Cloud::Custom && result.tenantCloud != Cloud::Custom &&
        result.tenantCloud != cloud.cloud) {
        result.error = wrongCloud(cloud, tenant, result);
        qCWarning(lcCloud).noquote() << result.error.detail;
        // Nothing is sent to that cloud's endpoints from here: the tenant ID and its cloud are the news.
        result.authorizationEndpoint.clear();
        result.tokenEndpoint.clear();
        return result;
    }

    if (!result.authorizationEndpoint.isValid() || result.authorizationEndpoint.isRelative() ||
        !result.tokenEndpoint.isValid() || result.tokenEndpoint.isRelative() || result.tenantId.isEmpty() ||
        result.issuer.isEmpty()) {
        result.error = Error::make(
            QStringLiteral("discovery.incomplete"),
            tr("The discovery document of tenant '%1' lacks the sign-in endpoints or the tenant ID.")
                .arg(tenant),
            tr("The answer did not come from Microsoft's sign-in service, or the cloud's base address "
               "is wrong."),
            tr("Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings."),
            QStringLiteral(
                "discovery document without authorization_endpoint/token_endpoint/issuer/tenant id"));
        return result;
    }
    // The secret, the code and the verifier go to these endpoints, and the ID token must name this
    // issuer: all of them must belong to the cloud the config names, whatever the document says.
    const QList<QPair<QUrl, QString>> named = {{result.authorizationEndpoint, tr("authorization endpoint")},
                                               {result.tokenEndpoint, tr("token endpoint")},
                                               {QUrl(result.issuer), tr("issuer")}};
    for (const auto &[url, what] : named) {
        if (Error error = checkEndpoint(cloud, tenant, url, what)) {
            qCWarning(lcCloud).noquote() << error.detail;
            result.error = error;
            result.authorizationEndpoint.clear();
            result.tokenEndpoint.clear();
            return result;
        }
    }
    qCInfo(lcCloud).noquote() << "tenant" << tenant << "is" << result.tenantId << "in"
                              << result.cloudInstanceName << "region" << result.tenantRegionScope;
    return result;
}

} // namespace flexo
