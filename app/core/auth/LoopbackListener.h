#pragma once

#include "auth/LoopbackRequest.h"

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
// - Binds 127.0.0.1 and ::1 (where the machine has it) on the same random port, before the address
//   is handed to the browser: browsers try "localhost" on ::1 first, and another local user must not
//   be able to take [::1]:PORT and receive the answer. A port already taken on ::1 is given up for
//   another one. Nothing else is bound (no other interface).
// - At most kMaxConnections connections are open at once; more are closed at once, and a connection
//   that sends nothing is dropped after 15 s.
// - Serves GET on the callback path only; every other request gets a 404 and is otherwise ignored;
//   such stray requests are counted, logged once when the first arrives and summed up at close().
// - A callback whose `state` is missing or wrong is answered with a page saying so and reported with
//   stateRejected(); the listener keeps waiting, because such a request usually comes from an old
//   browser tab while the real answer is still on its way (the overall timeout still applies).
// - Stops listening after the one accepted callback, after close() and after the timeout.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConnections = 16;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // `path` starts with '/', e.g. "/flexo-teams-setup". Returns false when nothing could be bound.
    bool listen(const QString &path, const QString &expectedState, std::chrono::milliseconds timeout);
    void close();
    // The state the callback must carry (known only once the authorize URL is built).
    void setExpectedState(const QString &state) { m_expectedState = state; }

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    // Also listening on [::1] (false where the machine has no IPv6 loopback).
    [[nodiscard]] bool isListeningOnIpv6() const { return m_server6.isListening(); }
    // Requests that were not the callback (other paths, methods, malformed, wrong state), and
    // connections refused because kMaxConnections were open, since listen().
    [[nodiscard]] int strayRequests() const { return m_strayRequests; }
    [[nodiscard]] int refusedConnections() const { return m_refusedConnections; }
    [[nodiscard]] int openConnections() const { return int(m_buffers.size()); }
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
    void acceptConnections(QTcpServer *server);
    void countStray(const char *what);
    bool bindBoth();
    void readRequest(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const LoopbackRequest &request);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;  // 127.0.0.1
    QTcpServer m_server6; // ::1, same port
    QTimer m_timeout;
    QString m_path;
    QString m_expectedState;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_strayRequests = 0;
    int m_refusedConnections = 0;
    bool m_summaryLogged = false;
};

} // namespace flexo
