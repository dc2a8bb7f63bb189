#pragma once

#include "cloud/CloudInfo.h"
#include "cloud/DiscoveryResult.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace flexo {

class HttpClient;
struct HttpFacts;

// Reads {loginBase}/{tenant}/v2.0/.well-known/openid-configuration: proves the tenant exists in the
// chosen cloud (a tenant the document places in another cloud is a failure naming that cloud),
// resolves a domain to the tenant GUID, reports the tenant's cloud, and returns the authorize and
// token endpoints the document names, once checked to belong to that cloud's sign-in service (a
// hostile document cannot send the secret elsewhere).
class TenantDiscovery : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const DiscoveryResult &)>;

    explicit TenantDiscovery(HttpClient *client, QObject *parent = nullptr);

    // `callback` runs once, on the event loop, unless `context` was destroyed.
    void discover(const CloudInfo &cloud, const QString &tenant, QObject *context, Callback callback);

    // Interprets a discovery answer (public for tests).
    [[nodiscard]] static DiscoveryResult interpret(const CloudInfo &cloud, const QString &tenant,
                                                   const HttpResult &http);

    // "discovery.untrusted-endpoint" unless `url` is https on the sign-in host of `cloud` (or one of
    // its documented aliases), or http on the very host and port of a Custom cloud's loopback http base.
    // `what` names the endpoint in the message ("token endpoint").
    [[nodiscard]] static Error checkEndpoint(const CloudInfo &cloud, const QString &tenant, const QUrl &url,
                                             const QString &what);

private:
    [[nodiscard]] static Error refused(const CloudInfo &cloud, const QString &tenant, const EntraError &entra,
                                       int status);
    // "discovery.wrong-cloud": names the tenant's cloud and how to choose it.
    [[nodiscard]] static Error wrongCloud(const CloudInfo &cloud, const QString &tenant,
                                          const DiscoveryResult &found);
    // "discovery.unavailable": a 429 or 5xx that outlasted the retry policy.
    [[nodiscard]] static Error unavailable(const CloudInfo &cloud, const QString &tenant,
                                           const EntraError &entra, const HttpFacts &facts);

    HttpClient *m_client;
};

} // namespace flexo
