#include "checks/DiscoveryCheck.h"

#include "checks/AttemptFacts.h"
#include "checks/CheckContext.h"
#include "cloud/CloudCatalog.h"
#include "cloud/TenantDiscovery.h"
#include "net/HttpClient.h"

namespace flexo {

QString DiscoveryCheck::title() const
{
    return tr("Tenant discovery");
}

void DiscoveryCheck::start(CheckContext &context)
{
    cancel();
    context.discovery = {};
    const Result<CloudInfo> cloud = CloudCatalog::forConfig(context.config);
    if (!cloud.ok()) {
        fail(cloud.error());
        return;
    }
    Error networkError;
    m_client = createHttpClient(context, &networkError);
    if (!m_client) {
        fail(networkError);
        return;
    }
    auto *discovery = new TenantDiscovery(m_client, m_client);
    const CloudInfo info = cloud.value();
    CheckContext *shared = &context;
    // The client is the callback's context: deleting it on cancel drops the answer.
    discovery->discover(
        info, context.config.tenant(), m_client, [this, shared, info](const DiscoveryResult &found) {
            m_client->deleteLater();
            CheckResult result;
            result.observed.httpStatus = found.facts.status;
            result.observed.requestId = found.facts.requestId;
            if (!found.ok()) {
                result = makeResult(found.error);
                result.observed.httpStatus = found.facts.status;
                result.observed.aadsts = found.entra.aadstsCode();
                result.observed.oauthError = found.entra.error;
                result.observed.traceId = found.entra.traceId;
                result.observed.correlationId = found.entra.correlationId;
                result.observed.timestamp = found.entra.timestamp;
                result.observed.requestId = found.facts.requestId;
                result.helpUrl = found.entra.helpUrl();
                result.facts.insert(QStringLiteral("cloud"), info.displayName);
                finish(withAttempts(result, found.facts));
                return;
            }
            CheckContext::Discovery &d = shared->discovery;
            d.done = true;
            d.tenantId = found.tenantId;
            d.cloudInstance = found.cloudInstanceName;
            d.authorizationEndpoint = found.authorizationEndpoint;
            d.tokenEndpoint = found.tokenEndpoint;
            d.issuer = QUrl(found.issuer);
            d.loginBase = info.loginBase;
            d.graphBase = info.graphBase;
            d.graphResource = QUrl(info.graphResource);
            d.onlineMeetingsAvailable = info.onlineMeetingsAvailable;
            result = makeResult(CheckStatus::Passed,
                                tr("The tenant %1 exists in %2 (tenant ID %3).")
                                    .arg(shared->config.tenant(), info.displayName, found.tenantId));
            result.observed.httpStatus = found.facts.status;
            result.observed.requestId = found.facts.requestId;
            result.facts.insert(QStringLiteral("tenantId"), found.tenantId);
            result.facts.insert(QStringLiteral("cloudInstance"), found.cloudInstanceName);
            if (!found.tenantRegionScope.isEmpty())
                result.facts.insert(QStringLiteral("tenantRegionScope"), found.tenantRegionScope);
            finish(withAttempts(result, found.facts));
        });
}

void DiscoveryCheck::cancel()
{
    if (!m_client)
        return;
    delete m_client.data(); // its calls and their callbacks go with it
}

} // namespace flexo
