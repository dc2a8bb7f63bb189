#pragma once

#include "cloud/CloudInfo.h"
#include "graph/GraphErrors.h"
#include "graph/GraphResult.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace flexo {

class HttpClient;
struct HttpResult;

// A small Microsoft Graph v1.0 client: /me and /me/onlineMeetings. The bearer token is passed per
// call, sent in the Authorization header only, and never logged or reported. Reads and deletes follow
// RetryPolicy::graph() (429, 503 and 504 with Retry-After or backoff); the meeting create is never
// repeated by a policy.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const GraphResult &)>;

    GraphClient(HttpClient *client, const CloudInfo &cloud, QObject *parent = nullptr);

    [[nodiscard]] const CloudInfo &cloud() const { return m_cloud; }

    // GET /v1.0/me; success: 200.
    void me(const QString &token, QObject *context, Callback callback);
    // POST /v1.0/me/onlineMeetings/createOrGet; success: 201 with the new `meeting`, or 200 with the
    // signed-in user's meeting that already has this externalId. Never repeated after it was sent
    // (HttpRequest::retryAfterSent): asking again with the same externalId is the caller's decision.
    void createOrGetMeeting(const QString &token, const QString &externalId, const QString &subject,
                            const QDateTime &start, const QDateTime &end, QObject *context,
                            Callback callback);
    // GET /v1.0/me/onlineMeetings/{id}; success: 200 with `meeting` (404 is an error "graph.not-found").
    void getMeeting(const QString &token, const QString &meetingId, QObject *context, Callback callback);
    // DELETE /v1.0/me/onlineMeetings/{id}; success: 204.
    void deleteMeeting(const QString &token, const QString &meetingId, QObject *context, Callback callback);

    // Reads an HTTP result as Graph's (public for tests).
    [[nodiscard]] static GraphResult interpret(GraphErrors::Operation operation, const HttpResult &http);

private:
    void send(GraphErrors::Operation operation, const QByteArray &method, const QString &path,
              const QString &token, const QByteArray &body, QObject *context, Callback callback);

    HttpClient *m_client;
    CloudInfo m_cloud;
};

} // namespace flexo
