#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace flexo::test {

// A stranger's "custom cloud" on 127.0.0.1: it keeps every byte it receives, answers discovery with
// endpoints on itself and refuses everything else. A test then looks for a secret in what it got.
class RecordingServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit RecordingServer(QObject *parent = nullptr);

    bool start();
    [[nodiscard]] QUrl baseUrl() const;
    // Everything received, on every connection, in order.
    [[nodiscard]] const QByteArray &received() const { return m_received; }
    [[nodiscard]] int requestCount() const { return m_requests; }
    // Whether `secret` was received in any form a request could carry it: as is, percent-encoded
    // (a form or a query), form-encoded, or in an HTTP Basic authorization.
    [[nodiscard]] bool receivedSecret(const QString &secret, const QString &clientId) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);
    [[nodiscard]] QByteArray answer(const QByteArray &target) const;

    QByteArray m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace flexo::test
