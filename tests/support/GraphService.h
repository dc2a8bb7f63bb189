#pragma once

#include "CloudState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace flexo::fake {

// Microsoft Graph v1.0: /me, /me/onlineMeetings and /me/onlineMeetings/createOrGet, with Graph's
// authentication and permission errors.
class GraphService
{
public:
    explicit GraphService(CloudState *state);

    // Endpoint name for faults and the log: graph.me, graph.meetings.create/createOrGet/get/delete, or
    // graph.
    [[nodiscard]] static QString endpointOf(const HttpRequest &request);
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

private:
    [[nodiscard]] HttpResponse me(const HttpRequest &request, const TokenStore::Access &token);
    [[nodiscard]] HttpResponse createMeeting(const HttpRequest &request, const TokenStore::Access &token);
    [[nodiscard]] HttpResponse createOrGetMeeting(const HttpRequest &request,
                                                  const TokenStore::Access &token);
    // The user a meeting is created for: null without OnlineMeetings.ReadWrite or a Teams licence.
    [[nodiscard]] const Scenario::User *organizer(const TokenStore::Access &token) const;
    [[nodiscard]] static bool readBody(const HttpRequest &request, QJsonObject *input);
    [[nodiscard]] HttpResponse badBody(const HttpRequest &request) const;
    [[nodiscard]] QJsonObject newMeeting(const Scenario::User &user, const QJsonObject &input,
                                         const QDateTime &start, const QDateTime &end,
                                         const QString &externalId) const;
    [[nodiscard]] HttpResponse meeting(const HttpRequest &request, const TokenStore::Access &token);
    [[nodiscard]] HttpResponse error(const HttpRequest &request, int status, const QString &code,
                                     const QString &message) const;
    [[nodiscard]] HttpResponse ok(const HttpRequest &request, int status, const QJsonObject &body) const;
    [[nodiscard]] QString newMeetingId(const QString &organizerId) const;
    [[nodiscard]] static bool isWellFormedMeetingId(const QString &id);

    CloudState *m_state;
};

} // namespace flexo::fake
