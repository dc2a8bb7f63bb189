#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

#include <memory>

namespace flexo {

class HostPauses;

// How the product's own requests reach the network: the config's proxy and extra CA bundle
// (NetworkFactory::options()).
struct NetworkOptions
{
    enum class ProxyMode { System, Direct, Explicit };

    ProxyMode proxyMode = ProxyMode::System; // System: environment and desktop settings (libproxy)
    QNetworkProxy proxy;                     // for ProxyMode::Explicit

    QString caBundlePath;                       // extra CA bundle from the config, for messages
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system CAs

    int timeoutMs = 30000; // default transfer (inactivity) timeout of a request

    // Retry-After answers shared by every request of a run (null: each request on its own).
    std::shared_ptr<HostPauses> hostPauses;
};

} // namespace flexo
