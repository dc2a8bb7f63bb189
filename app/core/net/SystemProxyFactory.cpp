#include "net/SystemProxyFactory.h"

namespace flexo {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace flexo
