#pragma once

#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

#include "HttpRequest.h"

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace flexo::fake {

// A small HTTP/1.1 server (keep-alive, Content-Length bodies, optional TLS) that hands each request
// and its socket to the handler, which writes the answer itself: faults need to delay an answer, cut
// it anywhere or never send it. Qt HttpServer gives access to the socket only up to Qt 6.4 (6.5 hides
// it behind QHttpServerResponder), so it is not used; see README.md.
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);

    void setTls(const QSslCertificate &certificate, const QSslKey &key);

    // Splits a request target into path, segments and query, decoded like a real server.
    static void parseTarget(const QByteArray &target, HttpRequest *request);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readRequests(QTcpSocket *socket);

    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace flexo::fake
