#include "net/HttpCallReply.h"

#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QTimer>

#include <cstring>

namespace flexo {

namespace {

QNetworkReply::NetworkError errorForFailure(const QString &code)
{
    if (code == QLatin1String("net.timeout"))
        return QNetworkReply::TimeoutError;
    if (code == QLatin1String("net.cancelled"))
        return QNetworkReply::OperationCanceledError;
    if (code == QLatin1String("net.connection-dropped"))
        return QNetworkReply::RemoteHostClosedError;
    if (code == QLatin1String("net.connection-refused"))
        return QNetworkReply::ConnectionRefusedError;
    if (code == QLatin1String("net.host-not-found"))
        return QNetworkReply::HostNotFoundError;
    if (code.startsWith(QLatin1String("net.tls")))
        return QNetworkReply::SslHandshakeFailedError;
    if (code == QLatin1String("net.proxy-auth-required"))
        return QNetworkReply::ProxyAuthenticationRequiredError;
    if (code == QLatin1String("net.proxy-unreachable"))
        return QNetworkReply::ProxyConnectionRefusedError;
    return QNetworkReply::UnknownNetworkError;
}

} // namespace

HttpCallReply::HttpCallReply(HttpClient *client, QNetworkAccessManager::Operation operation,
                             const QNetworkRequest &request, const HttpRequest &http, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_call = client->send(http, this, [this](const HttpResult &result) { onFinished(result); });
}

HttpCallReply::~HttpCallReply()
{
    if (HttpCall *call = m_call.data()) {
        call->disconnect(this);
        call->cancel();
    }
}

void HttpCallReply::abort()
{
    if (m_done)
        return;
    if (m_call)
        m_call->cancel(); // onFinished reports the cancellation
}

qint64 HttpCallReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 HttpCallReply::readData(char *data, qint64 maxSize)
{
    if (m_offset >= m_body.size())
        return m_done ? -1 : 0;
    const qint64 count = qMin(maxSize, m_body.size() - m_offset);
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

QNetworkReply::NetworkError HttpCallReply::errorForStatus(int status)
{
    switch (status) {
    case 400:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return UnknownContentError;
    if (status >= 500)
        return UnknownServerError;
    return NoError;
}

void HttpCallReply::onFinished(const HttpResult &result)
{
    m_call.clear();
    m_result = result;
    m_body = result.body;
    m_done = true;
    if (result.status() > 0)
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, result.status());
    for (auto it = result.headers.constBegin(); it != result.headers.constEnd(); ++it)
        setRawHeader(it.key(), it.value());
    NetworkError error = NoError;
    if (!result.ok() && result.status() == 0)
        error = errorForFailure(result.error.code);
    else if (result.status() >= 400)
        error = errorForStatus(result.status());
    else if (!result.ok())
        error = UnknownContentError;
    if (error != NoError) {
        setError(error, result.error.isNull() ? QStringLiteral("HTTP %1").arg(result.status())
                                              : result.error.message);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit metaDataChanged();
    if (!m_body.isEmpty())
        emit readyRead();
    emit finished();
}

} // namespace flexo
