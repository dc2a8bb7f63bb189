#include "auth/FlowNetworkAccessManager.h"

#include "net/NetworkFactory.h"
#include "net/NetworkPolicy.h"

namespace flexo {

FlowNetworkAccessManager::FlowNetworkAccessManager(const NetworkOptions &options,
                                                   const QSslConfiguration &ssl, int timeoutMs,
                                                   QObject *parent)
    : QNetworkAccessManager(parent)
    , m_ssl(ssl)
    , m_timeoutMs(timeoutMs)
{
    NetworkFactory::applyProxy(this, options);
    NetworkPolicy::apply(this);
}

QNetworkReply *FlowNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    QNetworkRequest adjusted(request);
    if (adjusted.url().scheme() == QLatin1String("https"))
        adjusted.setSslConfiguration(m_ssl);
    if (adjusted.transferTimeout() == 0)
        adjusted.setTransferTimeout(m_timeoutMs);
    // A 307/308 from the token endpoint would post the secret, code and verifier again elsewhere.
    adjusted.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return QNetworkAccessManager::createRequest(op, adjusted, outgoingData);
}

} // namespace flexo
