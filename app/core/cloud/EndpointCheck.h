#pragma once

#include "common/Error.h"
#include "config/ConnectorConfig.h"
#include "net/HttpResult.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace flexo {

class HttpClient;

// What one of FlexO's own endpoints showed: reachable with a valid certificate, or the warning.
struct EndpointReport
{
    QUrl url;
    QString host;
    Error warning;   // null when the host resolved, accepted the connection and presented a valid certificate
    HttpFacts facts; // any HTTP status is fine: only the name, the connection and TLS are checked

    [[nodiscard]] bool ok() const { return warning.isNull(); }
};

// The "flexo-endpoints" check's service (warning level): FlexO's redirect URIs and lifecycle URL
// must resolve and present a valid certificate, because Microsoft and the users' browsers call them.
class EndpointCheck : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QList<EndpointReport> &)>;

    explicit EndpointCheck(HttpClient *client, QObject *parent = nullptr);

    // FlexO's redirect URIs and lifecycle URL from the config (http loopback addresses are left out:
    // they belong to this tool's own test sign-in). Duplicates removed, order kept.
    [[nodiscard]] static QList<QUrl> endpointsOf(const ConnectorConfig &config);

    // Requests each URL (HEAD, no redirects followed) and reports them in the same order.
    void check(const QList<QUrl> &urls, QObject *context, Callback callback, int timeoutMs = 15000);

private:
    HttpClient *m_client;
};

} // namespace flexo
