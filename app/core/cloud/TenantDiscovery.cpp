#include "cloud/TenantDiscovery.h"

#include "common/Logging.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

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

} // namespace

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
            tr("The tenant ID or domain is misspelled, or the tenant lives in another "
               "Microsoft cloud (a GCC High tenant is not in the Global cloud)."),
            tr("Check the spelling of the tenant ID or domain, or pick the right cloud."), detail);
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
    request.retry = RetryPolicy::standard();
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
        if (result.entra.isNull()) {
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
    result.tenantId = tenantFromUrl(result.tokenEndpoint);
    if (result.tenantId.isEmpty())
        result.tenantId = tenantFromUrl(QUrl(result.issuer));

    if (!result.authorizationEndpoint.isValid() || result.authorizationEndpoint.isRelative() ||
        !result.tokenEndpoint.isValid() || result.tokenEndpoint.isRelative() || result.tenantId.isEmpty()) {
        result.error = Error::make(
            QStringLiteral("discovery.incomplete"),
            tr("The discovery document of tenant '%1' lacks the sign-in endpoints or the tenant ID.")
                .arg(tenant),
            tr("The answer did not come from Microsoft's sign-in service, or the cloud's base address "
               "is wrong."),
            tr("Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings."),
            QStringLiteral("discovery document without authorization_endpoint/token_endpoint/tenant id"));
        return result;
    }
    qCInfo(lcCloud).noquote() << "tenant" << tenant << "is" << result.tenantId << "in"
                              << result.cloudInstanceName << "region" << result.tenantRegionScope;
    return result;
}

} // namespace flexo
