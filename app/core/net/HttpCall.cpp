#include "net/HttpCall.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "net/HostPauses.h"
#include "net/HttpClient.h"
#include "net/JsonBody.h"
#include "net/NetClock.h"
#include "net/NetErrors.h"
#include "net/NetworkPolicy.h"
#include "net/OneShotBody.h"
#include "net/RetryAfter.h"
#include "net/RetryReport.h"
#include "net/ServiceAnswer.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace flexo {

HttpCall::HttpCall(HttpClient *client, const HttpRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_clientRequestId(HttpClient::newClientRequestId())
{}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int HttpCall::timeoutMs() const
{
    return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->options().timeoutMs;
}

void HttpCall::start()
{
    m_elapsed.start();
    // Deferred so that the caller's connections are in place even for failures found at once.
    QTimer::singleShot(0, this, &HttpCall::sendAttempt);
}

void HttpCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports the cancellation
        return;
    }
    HttpResult result;
    result.cancelled = true;
    NetErrors::Context context;
    context.url = m_request.url;
    context.cancelled = true;
    result.error =
        NetErrors::fromReply(QNetworkReply::OperationCanceledError, QStringLiteral("cancelled"), context);
    finish(result);
}

void HttpCall::sendAttempt()
{
    m_waiting = false;
    if (m_finished || m_cancelled)
        return;
    // A host that asked another request of this run to wait gets no new request before that time.
    if (const auto &pauses = m_client->options().hostPauses; pauses && !m_pauseHonoured) {
        const qint64 pausedMs = pauses->remainingMs(m_request.url, m_client->clock()->nowUtc());
        if (pausedMs > 0) {
            qCInfo(lcNet).noquote() << m_request.url.host() << "asked to be left alone: waiting" << pausedMs
                                    << "ms before sending";
            m_pauseHonoured = true;
            m_heldBackMs += pausedMs;
            m_waiting = true;
            m_client->clock()->wait(pausedMs, this, [this] { sendAttempt(); });
            return;
        }
    }
    m_pauseHonoured = false;
    ++m_attempts;
    m_sslErrors.clear();

    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(timeoutMs());
    request.setRawHeader("client-request-id", m_clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    request.setRawHeader("Accept", "application/json");
    if (!m_request.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.bearerToken.toUtf8());
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);
    // Never followed, whatever the manager says (NetworkPolicy).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_request.useCookies) {
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    if (!m_client->options().extraCaCertificates.isEmpty())
        request.setSslConfiguration(m_client->sslConfiguration());

    QNetworkAccessManager *manager = m_client->manager();
    const QByteArray method = m_request.method.toUpper();
    if (method == "GET")
        m_reply = manager->get(request);
    else if (method == "HEAD")
        m_reply = manager->head(request);
    else if (method == "DELETE")
        m_reply = manager->deleteResource(request);
    else
        m_reply = sendWithBody(manager, &request, method);

    NetworkPolicy::limitBody(m_reply, m_request.maxBodyBytes);
    qCDebug(lcNet).noquote() << "send" << method << redactUrl(m_request.url) << "attempt" << m_attempts
                             << "client-request-id" << m_clientRequestId;
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

QNetworkReply *HttpCall::sendWithBody(QNetworkAccessManager *manager, QNetworkRequest *request,
                                      const QByteArray &method)
{
    // Read once, never rewound (OneShotBody): Qt cannot send it again behind the policy's back.
    request->setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    request->setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(m_request.body);
    QNetworkReply *reply =
        method == "POST" ? manager->post(*request, body) : manager->sendCustomRequest(*request, method, body);
    body->setParent(reply);
    return reply;
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    HttpResult result;
    result.facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    result.body = reply->readAll();
    result.peerCertificateChain = reply->sslConfiguration().peerCertificateChain();
    const QByteArray requestId = result.header("request-id");
    result.facts.requestId =
        QString::fromLatin1(requestId.isEmpty() ? result.header("x-ms-request-id") : requestId);

    QNetworkReply::NetworkError code = reply->error();
    // Qt rewinds the body on a 307/308 to be ready to follow it, which a OneShotBody refuses: the
    // redirect is the answer (never followed, see below).
    if (code == QNetworkReply::ContentReSendError && NetworkPolicy::isRedirect(result.facts.status))
        code = QNetworkReply::NoError;
    if (NetworkPolicy::bodyTooLarge(reply)) {
        result.body.clear();
        result.error = NetworkPolicy::bodyTooLargeError(m_request.url, m_request.maxBodyBytes);
        finish(result);
        return;
    }
    // The headers arrived and part of the body, then the connection closed: the answer was cut short.
    if (code == QNetworkReply::RemoteHostClosedError && result.facts.status != 0 && !result.body.isEmpty() &&
        m_sslErrors.isEmpty()) {
        const QString what = m_request.operation.isEmpty() ? m_request.url.host() : m_request.operation;
        result.error =
            JsonBody::truncated(what, QStringLiteral("%1: connection closed after %2 bytes of the body")
                                          .arg(what)
                                          .arg(result.body.size()));
        finish(result);
        return;
    }
    if (!m_sslErrors.isEmpty() || NetErrors::isTransportError(code) ||
        (code == QNetworkReply::OperationCanceledError)) {
        NetErrors::Context context = errorContext();
        context.cancelled = m_cancelled;
        context.timedOut = !m_cancelled && code == QNetworkReply::OperationCanceledError;
        context.sslErrors = m_sslErrors;
        context.peerCertificateChain = result.peerCertificateChain;
        if (context.peerCertificateChain.isEmpty()) {
            for (const QSslError &error : std::as_const(m_sslErrors)) {
                if (!error.certificate().isNull() &&
                    !context.peerCertificateChain.contains(error.certificate()))
                    context.peerCertificateChain.append(error.certificate());
            }
        }
        result.cancelled = context.cancelled;
        result.timedOut = context.timedOut;
        result.error = NetErrors::fromReply(code, reply->errorString(), context);
        // Nothing came back: a reset or a time-out may not happen again.
        if (m_request.retry.transportFailures && NetErrors::isTransient(result.error) &&
            repeatLater(result, -1))
            return;
        finish(result);
        return;
    }

    const int status = result.facts.status;
    const QByteArray retryAfter = result.header("retry-after");
    if (!retryAfter.isEmpty()) {
        if (const auto wait = RetryAfter::parse(retryAfter, m_client->clock()->nowUtc())) {
            result.facts.retryAfterMs = *wait;
            // Throttling or an outage names its host's quiet time for everyone, not only this request.
            if (const auto &pauses = m_client->options().hostPauses;
                pauses && (status == 429 || status == 503))
                pauses->pause(m_request.url, *wait, m_client->clock()->nowUtc());
        }
    }
    // A proxy's own page is no answer of Microsoft's: for the policy it is like no answer at all. A
    // request that reads HTML pages itself (the authorize endpoint's) gets the page as its answer,
    // with what sent it in the facts: telling Entra's pages from others is its own reading.
    const std::optional<QString> intermediary =
        ServiceAnswer::intermediary(status, result.headers, result.body);
    if (intermediary)
        result.facts.intermediary = *intermediary;
    const bool intermediaryFault = intermediary && m_request.parseJson;
    const RetryPolicy &policy = m_request.retry;
    const bool transient =
        policy.retriesStatus(status) || (intermediaryFault && status >= 500 && policy.transportFailures);
    if (transient && repeatLater(result, result.facts.retryAfterMs))
        return;

    if (intermediaryFault) {
        result.error = NetErrors::intermediaryPage(m_request.url, status, *intermediary, errorContext());
        finish(result);
        return;
    }
    if (NetworkPolicy::isRedirect(status) && !m_request.redirectIsAnswer) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        result.error = NetworkPolicy::redirectError(m_request.url, status, m_request.url.resolved(location));
        finish(result);
        return;
    }

    const bool wantsJson = m_request.parseJson && !result.body.trimmed().isEmpty() &&
                           (result.isSuccess() || JsonBody::looksLikeJson(result.header("content-type"), {}));
    if (wantsJson) {
        const QString what = m_request.operation.isEmpty() ? m_request.url.host() : m_request.operation;
        result.error = JsonBody::parse(result.body, what, &result.json);
    }
    finish(result);
}

NetErrors::Context HttpCall::errorContext() const
{
    NetErrors::Context context;
    context.url = m_request.url;
    context.timeoutMs = timeoutMs();
    context.caBundlePath = m_client->options().caBundlePath;
    context.viaProxy = m_client->options().proxyMode == NetworkOptions::ProxyMode::Explicit;
    if (context.viaProxy) {
        context.proxyAddress = QStringLiteral("%1:%2")
                                   .arg(m_client->options().proxy.hostName())
                                   .arg(m_client->options().proxy.port());
    }
    return context;
}

HttpAttempt HttpCall::attemptOf(const HttpResult &result)
{
    HttpAttempt attempt;
    attempt.status = result.facts.status;
    if (attempt.status == 0)
        attempt.failure = result.error.code;
    attempt.requestId = result.facts.requestId;
    attempt.retryAfterMs = result.facts.retryAfterMs;
    attempt.intermediary = result.facts.intermediary;
    if (attempt.intermediary.isEmpty()) {
        const QJsonObject body =
            result.json.isObject() ? result.json.object() : ServiceAnswer::objectOf(result.body);
        attempt.serviceCode = ServiceAnswer::errorCode(body);
        attempt.correlationId = ServiceAnswer::correlationId(body);
    }
    return attempt;
}

bool HttpCall::repeatLater(const HttpResult &result, qint64 retryAfterMs)
{
    // Once a request may have reached the server, only its caller may decide to send it again.
    if (!m_request.retryAfterSent || m_cancelled)
        return false;
    const int repeat = m_attempts - 1;
    const std::optional<qint64> wait =
        m_request.retry.waitBefore(repeat, retryAfterMs, m_client->clock()->randomFraction());
    if (!wait) {
        if (repeat < m_request.retry.maxRetries)
            qCInfo(lcNet).noquote() << m_request.url.host() << "asks to wait" << retryAfterMs
                                    << "ms, more than the cap of" << m_request.retry.retryAfterCapMs
                                    << "ms: not repeating";
        return false;
    }
    HttpAttempt attempt = attemptOf(result);
    attempt.waitMs = *wait;
    qCInfo(lcNet).noquote() << (m_request.operation.isEmpty() ? m_request.url.host() : m_request.operation)
                            << "attempt" << m_attempts << "got" << RetryReport::answer(attempt)
                            << "- repeating in" << *wait << "ms";
    m_retried.append(attempt);
    m_waits.append(*wait);
    m_waiting = true;
    // This wait is the Retry-After itself: the repeat does not wait for the host's pause once more.
    m_pauseHonoured = true;
    m_client->clock()->wait(*wait, this, [this] { sendAttempt(); });
    return true;
}

void HttpCall::finish(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.facts.method = QString::fromLatin1(m_request.method.toUpper());
    result.facts.url = redactUrl(m_request.url);
    result.facts.clientRequestId = m_clientRequestId;
    result.facts.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    result.facts.operation = m_request.operation;
    result.facts.attempts = m_attempts;
    result.facts.retryWaitsMs = m_waits;
    result.facts.heldBackMs = m_heldBackMs;
    result.facts.retried = m_retried;
    const HttpAttempt last = attemptOf(result);
    result.facts.failure = last.failure;
    result.facts.serviceCode = last.serviceCode;
    result.facts.correlationId = last.correlationId;
    if (result.error)
        qCInfo(lcNet).noquote() << result.facts.method << result.facts.url << "failed:" << result.error.code
                                << result.error.detail << "client-request-id" << m_clientRequestId;
    else
        qCDebug(lcNet).noquote() << result.facts.method << result.facts.url << "->" << result.facts.status
                                 << "in" << result.facts.durationMs << "ms, request-id"
                                 << result.facts.requestId;
    emit finished(result);
    deleteLater();
}

} // namespace flexo
