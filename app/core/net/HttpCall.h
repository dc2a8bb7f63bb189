#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/NetErrors.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace flexo {

class HttpClient;

// One logical request, made by HttpClient::send: the attempts, the waits between them (the request's
// RetryPolicy) and the final HttpResult. Deletes itself after `finished`.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    HttpCall(HttpClient *client, const HttpRequest &request);
    ~HttpCall() override;

    void start();
    // Ends the call now; `finished` reports a "net.cancelled" error.
    void cancel();

    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] QString clientRequestId() const { return m_clientRequestId; }

signals:
    void finished(const flexo::HttpResult &result);

private:
    void sendAttempt();
    [[nodiscard]] QNetworkReply *sendWithBody(QNetworkAccessManager *manager, QNetworkRequest *request,
                                              const QByteArray &method);
    void onReplyFinished();
    void finish(HttpResult result);
    // Sends the request again after the wait the policy gives for this answer (Retry-After
    // `retryAfterMs`, -1 for none); false when the policy or the request does not allow it.
    bool repeatLater(const HttpResult &result, qint64 retryAfterMs);
    [[nodiscard]] static HttpAttempt attemptOf(const HttpResult &result);
    [[nodiscard]] NetErrors::Context errorContext() const;
    [[nodiscard]] int timeoutMs() const;

    HttpClient *m_client;
    HttpRequest m_request;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_elapsed;
    QList<qint64> m_waits;
    qint64 m_heldBackMs = 0; // waits for the host's pause (HostPauses), not for this request's answers
    QList<HttpAttempt> m_retried;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_waiting = false;
    bool m_finished = false;
    // This attempt already waited out the host's pause (or a Retry-After of its own): it is sent
    // now, so a clock that runs waits at once cannot keep it waiting forever.
    bool m_pauseHonoured = false;
};

} // namespace flexo
