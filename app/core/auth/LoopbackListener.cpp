#include "auth/LoopbackListener.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>

namespace flexo {

namespace {

constexpr int kSocketIdleMs = 15000;

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK";
    case 400:
        return "HTTP/1.1 400 Bad Request";
    case 404:
        return "HTTP/1.1 404 Not Found";
    case 405:
        return "HTTP/1.1 405 Method Not Allowed";
    default:
        return "HTTP/1.1 431 Request Header Fields Too Large";
    }
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptConnections(&m_server); });
    connect(&m_server6, &QTcpServer::newConnection, this, [this] { acceptConnections(&m_server6); });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "Loopback listener on port" << m_port << "timed out without a sign-in answer";
        close();
        emit timedOut();
    });
}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::listen(const QString &path, const QString &expectedState,
                              std::chrono::milliseconds timeout)
{
    close();
    m_path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    m_expectedState = expectedState;
    m_strayRequests = 0;
    m_refusedConnections = 0;
    m_summaryLogged = false;
    if (!bindBoth())
        return false;
    m_timeout.start(timeout);
    qCDebug(lcAuth) << "Loopback listener on 127.0.0.1:" << m_port
                    << (m_server6.isListening() ? "and [::1]" : "(no IPv6 loopback)") << "path" << m_path;
    return true;
}

bool LoopbackListener::bindBoth()
{
    // A few ports at most: another program holding [::1]:PORT is rare, and is never given the answer.
    for (int attempt = 0; attempt < 8; ++attempt) {
        // QHostAddress(SpecialAddress) explicitly: QTcpServer::listen has no overload trap, but this
        // keeps the intent obvious next to the QOAuthHttpServerReplyHandler(LocalHost, 0) pitfall.
        if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            qCWarning(lcAuth) << "Loopback listener could not bind 127.0.0.1:" << m_server.errorString();
            return false;
        }
        m_port = m_server.serverPort();
        if (m_server6.listen(QHostAddress(QHostAddress::LocalHostIPv6), m_port))
            return true;
        if (m_server6.serverError() != QAbstractSocket::AddressInUseError) {
            // No IPv6 loopback on this machine: browsers then use 127.0.0.1, and nobody can take ::1.
            qCInfo(lcAuth) << "Loopback listener: no IPv6 loopback (" << m_server6.errorString()
                           << "), listening on 127.0.0.1 only";
            return true;
        }
        qCWarning(lcAuth) << "Loopback listener: [::1]:" << m_port
                          << "is taken by another program; trying another port";
        m_server.close();
    }
    qCWarning(lcAuth) << "Loopback listener found no port free on both 127.0.0.1 and [::1]";
    return false;
}

void LoopbackListener::countStray(const char *what)
{
    if (++m_strayRequests == 1)
        qCInfo(lcAuth) << "Loopback listener ignored a request that is not the sign-in answer (" << what
                       << "); further ones are only counted";
}

void LoopbackListener::close()
{
    m_timeout.stop();
    if (m_server.isListening()) {
        m_server.close();
        m_server6.close();
        qCDebug(lcAuth) << "Loopback listener on port" << m_port << "closed";
    }
    m_server6.close();
    if (!m_summaryLogged && (m_strayRequests > 1 || m_refusedConnections > 0)) {
        m_summaryLogged = true;
        qCInfo(lcAuth) << "Loopback listener ignored" << m_strayRequests << "stray request(s) and refused"
                       << m_refusedConnections << "connection(s) over the limit of" << kMaxConnections;
    }
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackListener::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        if (m_buffers.size() >= kMaxConnections) {
            // A flood of idle connections must not exhaust descriptors or memory.
            if (++m_refusedConnections == 1)
                qCWarning(lcAuth) << "Loopback listener: more than" << kMaxConnections
                                  << "connections at once; closing the extra ones";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
        });
        idle->start(kSocketIdleMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void LoopbackListener::readRequest(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // already answered
    it->append(socket->readAll());
    const LoopbackRequest request = LoopbackRequest::parse(*it);
    switch (request.status) {
    case LoopbackRequest::Status::Incomplete:
        return;
    case LoopbackRequest::Status::TooLarge:
        countStray("headers too large");
        respond(socket, 431, tr("Request too large"), tr("This request was not understood."));
        return;
    case LoopbackRequest::Status::Malformed:
        countStray("malformed request");
        respond(socket, 400, tr("Bad request"), tr("This request was not understood."));
        return;
    case LoopbackRequest::Status::Complete:
        handleRequest(socket, request);
        return;
    }
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const LoopbackRequest &request)
{
    if (request.path != m_path || !m_server.isListening()) {
        // /favicon.ico, probes, a second tab after the answer: not ours, and never a callback.
        countStray("another path");
        respond(socket, 404, tr("Not found"), tr("Nothing here."));
        return;
    }
    if (request.method != "GET") {
        countStray("not GET");
        respond(socket, 405, tr("Not allowed"), tr("This request was not understood."));
        return;
    }

    const std::optional<QString> state = request.state();
    if (!state || *state != m_expectedState) {
        const QString detail = state ? QStringLiteral("state does not match this sign-in attempt")
                                     : QStringLiteral("state missing");
        qCWarning(lcAuth) << "Loopback listener rejected a callback:" << detail;
        countStray("wrong state");
        respond(socket, 400, tr("Sign-in answer not accepted"),
                tr("This answer does not belong to the sign-in FlexO Teams Setup is waiting for (it may "
                   "come from an older browser tab). Return to FlexO Teams Setup and start the test "
                   "sign-in again if it does not finish."));
        emit stateRejected(detail);
        return;
    }

    respond(socket, 200, tr("Sign-in answer received"),
            tr("FlexO Teams Setup received Microsoft's answer. You can close this tab and return to "
               "FlexO Teams Setup to see the result."));
    // One callback only: stop accepting before anyone reacts to it.
    m_timeout.stop();
    m_server.close();
    m_server6.close();
    qCDebug(lcAuth) << "Loopback listener accepted the callback and stopped listening";
    emit callbackReceived(request.rawQuery);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    m_buffers.remove(socket);
    // Self-contained: no scripts, images, fonts or links to load; everything escaped.
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "<style>body{font-family:sans-serif;margin:3em;max-width:40em}"
                                        "</style></head><body><h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    QByteArray head = statusLine(status);
    head +=
        "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size());
    head += "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
            "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
            "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace flexo
