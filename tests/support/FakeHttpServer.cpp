#include "FakeHttpServer.h"

#include <QSslSocket>

namespace flexo::fake {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

void refuse(QTcpSocket *socket, const QByteArray &statusLine)
{
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{}

void FakeHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void FakeHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (!m_certificate.isNull()) {
        auto *ssl = new QSslSocket(this);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_buffers.insert(socket, QByteArray());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        // A client that does not trust the test CA just goes away.
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        ssl->startServerEncryption();
    }
}

void FakeHttpServer::parseTarget(const QByteArray &target, HttpRequest *request)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            request->segments << QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    }
    request->path = QLatin1Char('/') + request->segments.join(QLatin1Char('/'));
    request->query = FormData::parse(query);
}

void FakeHttpServer::readRequests(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray &buffer = it.value();
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                refuse(socket, "431 Request Header Fields Too Large");
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            refuse(socket, "400 Bad Request");
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        parseTarget(requestLine.at(1), &request);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            refuse(socket, "411 Length Required");
            return;
        }
        bool lengthOk = true;
        const QByteArray lengthText = request.header("Content-Length");
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > kMaxBodyBytes) {
            refuse(socket, "400 Bad Request");
            return;
        }
        if (buffer.size() < headerEnd + 4 + length) {
            if (request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0 &&
                buffer.size() == headerEnd + 4) {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_handler(request, socket);
        if (!m_buffers.contains(socket))
            return;
    }
}

} // namespace flexo::fake
