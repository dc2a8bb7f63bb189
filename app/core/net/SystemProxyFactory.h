#pragma once

#include <QNetworkProxyFactory>

namespace flexo {

// Asks the system for each request's proxy (environment variables such as https_proxy / no_proxy,
// and the desktop settings, through Qt's libproxy backend on Debian) without touching the
// application-wide proxy factory.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace flexo
