#pragma once

#include <QNetworkAccessManager>

namespace flexo {

class HttpClient;

// The manager behind QOAuth2AuthorizationCodeFlow's own token requests (code redemption and
// refresh). Qt 6.4 builds and posts those requests itself, with no way to set their TLS
// configuration (setSslConfiguration on the flow is 6.5+), their timeout or a retry, so this manager
// hands every request the flow makes to an HttpClient instead (see HttpCallReply): the same proxy,
// CA bundle, timeout, NetworkPolicy and retry policy as the product's other token requests
// (RetryPolicy::identity(), once after a 5xx, a reset or a time-out). The flow reads the final answer
// from the reply as if Qt had made it.
class FlowNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    // `client` must outlive the manager.
    explicit FlowNetworkAccessManager(HttpClient *client, QObject *parent = nullptr);

    // The transfer timeout of each attempt (default: the client's).
    void setAttemptTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int attemptTimeout() const;
    [[nodiscard]] HttpClient *client() const { return m_client; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    HttpClient *m_client;
    int m_timeoutMs = 0;
};

} // namespace flexo
