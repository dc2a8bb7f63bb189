#include "GraphError.h"

#include <QJsonObject>
#include <QUuid>

namespace flexo::fake {

void GraphError::addCommonHeaders(HttpResponse *response, const QString &requestId,
                                  const QByteArray &clientRequestId)
{
    response->setHeader("request-id", requestId.toLatin1());
    response->setHeader("client-request-id",
                        clientRequestId.isEmpty() ? requestId.toLatin1() : clientRequestId);
    response->setHeader("x-ms-ags-diagnostic", R"({"ServerInfo":{"DataCenter":"FlexO sandbox"}})");
    response->setHeader("Strict-Transport-Security", "max-age=31536000");
}

HttpResponse GraphError::make(int status, const QString &code, const QString &message, const QDateTime &now,
                              const QByteArray &clientRequestId)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString clientId = clientRequestId.isEmpty() ? requestId : QString::fromLatin1(clientRequestId);
    const QJsonObject inner{
        {QStringLiteral("date"), now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("request-id"), requestId},
        {QStringLiteral("client-request-id"), clientId},
    };
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("innerError"), inner}};
    HttpResponse response = HttpResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}), "application/json");
    addCommonHeaders(&response, requestId, clientRequestId);
    if (status == 401) {
        response.setHeader(
            "WWW-Authenticate",
            R"(Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000")");
    }
    return response;
}

} // namespace flexo::fake
