#include "graph/GraphClient.h"

#include "common/Logging.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flexo {

GraphClient::GraphClient(HttpClient *client, const CloudInfo &cloud, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cloud(cloud)
{}

void GraphClient::me(const QString &token, QObject *context, Callback callback)
{
    send(GraphErrors::Operation::Me, "GET", QStringLiteral("/me"), token, {}, context, std::move(callback));
}

void GraphClient::createOrGetMeeting(const QString &token, const QString &externalId, const QString &subject,
                                     const QDateTime &start, const QDateTime &end, QObject *context,
                                     Callback callback)
{
    const QJsonObject body{
        {QStringLiteral("externalId"), externalId},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("startDateTime"), start.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("endDateTime"), end.toUTC().toString(Qt::ISODate)},
    };
    send(GraphErrors::Operation::CreateMeeting, "POST", QStringLiteral("/me/onlineMeetings/createOrGet"),
         token, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(callback));
}

void GraphClient::getMeeting(const QString &token, const QString &meetingId, QObject *context,
                             Callback callback)
{
    send(GraphErrors::Operation::GetMeeting, "GET",
         QStringLiteral("/me/onlineMeetings/") + QString::fromLatin1(QUrl::toPercentEncoding(meetingId)),
         token, {}, context, std::move(callback));
}

void GraphClient::deleteMeeting(const QString &token, const QString &meetingId, QObject *context,
                                Callback callback)
{
    send(GraphErrors::Operation::DeleteMeeting, "DELETE",
         QStringLiteral("/me/onlineMeetings/") + QString::fromLatin1(QUrl::toPercentEncoding(meetingId)),
         token, {}, context, std::move(callback));
}

void GraphClient::send(GraphErrors::Operation operation, const QByteArray &method, const QString &path,
                       const QString &token, const QByteArray &body, QObject *context, Callback callback)
{
    HttpRequest request;
    request.method = method;
    request.url = m_cloud.graphUrl(path);
    request.bearerToken = token;
    request.body = body;
    if (!body.isEmpty())
        request.contentType = "application/json";
    if (operation == GraphErrors::Operation::CreateMeeting) {
        // Never repeated blindly once sent: after a lost answer the probe asks again itself, with
        // the same externalId, and learns whether the meeting exists.
        request.retryAfterSent = false;
    } else {
        request.retry = RetryPolicy::graph();
        // The probe repeats a failed delete itself (and a repeated DELETE only finds the meeting
        // gone): the policy leaves a delete without an answer to it rather than multiply the tries.
        if (operation == GraphErrors::Operation::DeleteMeeting)
            request.retry.transportFailures = false;
    }
    request.operation = QStringLiteral("Microsoft Graph ") + GraphErrors::operationName(operation);
    m_client->send(request, context,
                   [operation, callback](const HttpResult &http) { callback(interpret(operation, http)); });
}

GraphResult GraphClient::interpret(GraphErrors::Operation operation, const HttpResult &http)
{
    GraphResult result;
    result.facts = http.facts;
    result.body = http.jsonObject();
    if (!http.ok()) {
        result.error = http.error;
        return result;
    }
    const QJsonObject error = result.body.value(QLatin1String("error")).toObject();
    result.graphCode = error.value(QLatin1String("code")).toString();
    result.graphMessage = error.value(QLatin1String("message")).toString();
    result.innerError = error.value(QLatin1String("innerError")).toObject();
    if (result.innerError.isEmpty())
        result.innerError = error.value(QLatin1String("innererror")).toObject();
    result.wwwAuthenticate = QString::fromLatin1(http.header("www-authenticate"));

    const int status = http.status();
    bool expected = false;
    switch (operation) {
    case GraphErrors::Operation::Me:
    case GraphErrors::Operation::GetMeeting:
        expected = status == 200;
        break;
    case GraphErrors::Operation::CreateMeeting:
        expected = status == 201 || status == 200;
        break;
    case GraphErrors::Operation::DeleteMeeting:
        expected = status == 204 || status == 200;
        break;
    }
    if (!expected) {
        result.error = GraphErrors::explain(operation, result);
        qCInfo(lcGraph).noquote() << result.error.detail;
        return result;
    }
    if (operation == GraphErrors::Operation::CreateMeeting ||
        operation == GraphErrors::Operation::GetMeeting) {
        result.meeting = OnlineMeeting::fromJson(result.body);
        if (result.meeting.id.isEmpty()) {
            result.error = Error::make(
                QStringLiteral("graph.meeting-without-id"),
                GraphErrors::tr("Microsoft Graph created the meeting but returned no ID."),
                GraphErrors::tr("The answer was incomplete."), GraphErrors::tr("Run the check again."),
                QStringLiteral("onlineMeeting answer without id, request-id %1").arg(result.requestId()));
        }
    }
    return result;
}

} // namespace flexo
