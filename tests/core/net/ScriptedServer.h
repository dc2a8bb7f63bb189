#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

// A loopback HTTP server that answers each request with the next scripted raw response, for the
// network layer's tests that need exact bytes on the wire (drops, truncation, silence).
class ScriptedServer : public QTcpServer
{
public:
    enum class Action { Respond, Drop, Silent };
    struct Step
    {
        Action action = Action::Respond;
        QByteArray raw; // the full HTTP response for Respond
    };

    ScriptedServer() { listen(QHostAddress::LocalHost, 0); }

    static QByteArray response(int status, const QByteArray &body, const QList<QByteArray> &headers = {},
                               const QByteArray &contentType = "application/json")
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        raw += "Content-Type: " + contentType + "\r\n";
        for (const QByteArray &header : headers)
            raw += header + "\r\n";
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return raw;
    }

    void add(Action action, const QByteArray &raw = {}) { m_steps.append({action, raw}); }
    void addResponse(int status, const QByteArray &body, const QList<QByteArray> &headers = {})
    {
        add(Action::Respond, response(status, body, headers));
    }

    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    QList<QByteArray> requests; // raw request heads, in order

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            requests.append(*buffer);
            buffer->clear();
            const Step step = m_steps.isEmpty() ? Step{Action::Drop, {}} : m_steps.takeFirst();
            if (step.action == Action::Respond) {
                socket->write(step.raw);
                socket->disconnectFromHost();
            } else if (step.action == Action::Drop) {
                socket->abort();
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QList<Step> m_steps;
};
