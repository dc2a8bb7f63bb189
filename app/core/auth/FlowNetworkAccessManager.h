#pragma once

#include "net/NetworkOptions.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace flexo {

// The manager behind QOAuth2AuthorizationCodeFlow's own token requests. Qt 6.4 builds those
// requests itself and offers no way to set their TLS configuration (setSslConfiguration on the flow
// is 6.5+) or timeout, so this manager applies the product's network settings to every request it
// creates: the proxy of the options, the TLS configuration with the extra CA bundle (TLS-inspecting
// proxies), the transfer timeout, and the product's rule that redirects are never followed.
class FlowNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    FlowNetworkAccessManager(const NetworkOptions &options, const QSslConfiguration &ssl, int timeoutMs,
                             QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QSslConfiguration m_ssl;
    int m_timeoutMs;
};

} // namespace flexo
