#pragma once

#include <QDateTime>
#include <QString>

#include "HttpResponse.h"

namespace flexo::fake {

// Graph's error shape: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
// with the request-id and client-request-id headers; 401s also carry WWW-Authenticate.
class GraphError
{
public:
    [[nodiscard]] static HttpResponse make(int status, const QString &code, const QString &message,
                                           const QDateTime &now, const QByteArray &clientRequestId);
    // Headers every Graph answer carries.
    static void addCommonHeaders(HttpResponse *response, const QString &requestId,
                                 const QByteArray &clientRequestId);
};

} // namespace flexo::fake
