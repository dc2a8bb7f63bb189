#include "RecordingServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace flexo::test {

RecordingServer::RecordingServer(QObject *parent)
    : QTcpServer(parent)
{}

bool RecordingServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

bool RecordingServer::receivedSecret(const QString &secret, const QString &clientId) const
{
    const QByteArray raw = secret.toUtf8();
    const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    const QByteArray lower = m_received.toLower();
    return m_received.contains(raw) || lower.contains(raw.toPercentEncoding().toLower()) ||
           lower.contains(raw.toPercentEncoding(QByteArray(), "~").toLower()) || m_received.contains(basic) ||
           m_received.contains(raw.toBase64());
}

void RecordingServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void RecordingServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray data = socket->readAll();
    m_received += data;
    QByteArray &buffer = m_buffers[socket];
    buffer += data;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray target = head.left(head.indexOf('\r')).split(' ').value(1);
        buffer.remove(0, end + 4 + length);
        ++m_requests;
        socket->write(answer(target));
    }
}

QByteArray RecordingServer::answer(const QByteArray &target) const
{
    const QString base = baseUrl().toString();
    QByteArray body;
    QByteArray status = "400 Bad Request";
    if (target.endsWith("/.well-known/openid-configuration")) {
        const QString tenant = QString::fromLatin1(target.split('/').value(1));
        const QString prefix = base + QLatin1Char('/') + tenant;
        status = "200 OK";
        QJsonObject document;
        document.insert(QStringLiteral("authorization_endpoint"),
                        QString(prefix + QStringLiteral("/oauth2/v2.0/authorize")));
        document.insert(QStringLiteral("token_endpoint"),
                        QString(prefix + QStringLiteral("/oauth2/v2.0/token")));
        document.insert(QStringLiteral("issuer"), QString(prefix + QStringLiteral("/v2.0")));
        body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    } else {
        body = R"({"error":"invalid_client","error_description":"refused"})";
    }
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace flexo::test
