#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResult.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace flexo {

class HttpCall;
class HttpClient;

// A QNetworkReply whose request is carried out by HttpClient (its retry policy, time-outs, TLS
// settings and NetworkPolicy), for code that insists on sending through a QNetworkAccessManager:
// Qt's OAuth flow posts its token requests itself. The final answer is presented like Qt's own
// reply (status, headers, body, the error Qt would give); result() has everything HttpClient found
// out, the errors in an admin's words and the retries included.
class HttpCallReply : public QNetworkReply
{
    Q_OBJECT

public:
    HttpCallReply(HttpClient *client, QNetworkAccessManager::Operation operation,
                  const QNetworkRequest &request, const HttpRequest &http, QObject *parent = nullptr);
    ~HttpCallReply() override;

    // Valid once finished() was emitted.
    [[nodiscard]] const HttpResult &result() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_done; }

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

    // The QNetworkReply error Qt gives for an HTTP error status (400 -> ProtocolInvalidOperationError, ...).
    [[nodiscard]] static QNetworkReply::NetworkError errorForStatus(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void onFinished(const HttpResult &result);

    QPointer<HttpCall> m_call;
    HttpResult m_result;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace flexo
