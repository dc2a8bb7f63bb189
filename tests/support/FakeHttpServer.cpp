#include "FakeHttpServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace flexo::fake {

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Never reached: handleRequest takes every request.
    socket->abort();
}

} // namespace flexo::fake
