#include "net/HttpClient.h"

#include "net/HttpCall.h"
#include "net/NetClock.h"
#include "net/NetworkFactory.h"

#include <QUuid>

namespace flexo {

HttpClient::HttpClient(QNetworkAccessManager *manager, const NetworkOptions &options, NetClock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
    , m_clock(clock ? clock : NetClock::system())
    , m_sslConfiguration(NetworkFactory::sslConfiguration(options))
{
    qRegisterMetaType<flexo::HttpResult>();
}

HttpCall *HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    auto *call = new HttpCall(this, request);
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    if (callback)
        connect(call, &HttpCall::finished, context ? context : this, std::move(callback));
    call->start();
    return call;
}

void HttpClient::cancelAll()
{
    const QList<QPointer<HttpCall>> calls = m_calls;
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

QString HttpClient::newClientRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace flexo
