#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace flexo {

// The loopback end of the test sign-in: a tiny HTTP server that waits for the one redirect Microsoft
// sends back to http://localhost:PORT/path (or 127.0.0.1) and nothing else.
//
// Written instead of QOAuthHttpServerReplyHandler because the 6.4 one binds every interface, treats
// any path (favicon included) as the callback, drops requests whose headers arrive in several TCP
// segments and answers even a forged state with its success page.
//
// - Binds 127.0.0.1 only, on a random port. A browser that resolves "localhost" to ::1 first falls
//   back to 127.0.0.1 when nothing listens on ::1; Entra does not support [::1] redirect URIs anyway.
// - Serves GET on the callback path only; every other request gets a 404 and is otherwise ignored.
// - A callback whose `state` is missing or wrong is answered with a page saying so and reported with
//   stateRejected(); the listener keeps waiting, because such a request usually comes from an old
//   browser tab while the real answer is still on its way (the overall timeout still applies).
// - Stops listening after the one accepted callback, after close() and after the timeout.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // `path` starts with '/', e.g. "/flexo-teams-setup". Returns false when nothing could be bound.
    bool listen(const QString &path, const QString &expectedState, std::chrono::milliseconds timeout);
    void close();
    // The state the callback must carry (known only once the authorize URL is built).
    void setExpectedState(const QString &state) { m_expectedState = state; }

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_server.errorString(); }
    [[nodiscard]] QString path() const { return m_path; }

signals:
    // The callback with the expected state, its query as received (raw, '+' meaning space).
    void callbackReceived(const QString &rawQuery);
    // A callback with a missing or wrong state (English detail for the log); still listening.
    void stateRejected(const QString &detail);
    void timedOut();

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    QTimer m_timeout;
    QString m_path;
    QString m_expectedState;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace flexo
