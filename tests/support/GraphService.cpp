#include "GraphService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include "GraphError.h"

namespace flexo::fake {

namespace {

bool hasAny(const QStringList &granted, std::initializer_list<const char *> wanted)
{
    for (const char *name : wanted) {
        if (granted.contains(QLatin1String(name), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString graphTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z"));
}

} // namespace

GraphService::GraphService(CloudState *state)
    : m_state(state)
{}

QString GraphService::endpointOf(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() == 2 && s.at(1) == QLatin1String("me"))
        return QStringLiteral("graph.me");
    if (s.size() == 3 && s.at(1) == QLatin1String("me") && s.at(2) == QLatin1String("onlineMeetings") &&
        request.method == "POST")
        return QStringLiteral("graph.meetings.create");
    if (s.size() == 4 && s.at(1) == QLatin1String("me") && s.at(2) == QLatin1String("onlineMeetings") &&
        s.at(3) == QLatin1String("createOrGet") && request.method == "POST")
        return QStringLiteral("graph.meetings.createOrGet");
    if (s.size() == 4 && s.at(1) == QLatin1String("me") && s.at(2) == QLatin1String("onlineMeetings")) {
        if (request.method == "GET")
            return QStringLiteral("graph.meetings.get");
        if (request.method == "DELETE")
            return QStringLiteral("graph.meetings.delete");
    }
    return QStringLiteral("graph");
}

HttpResponse GraphService::error(const HttpRequest &request, int status, const QString &code,
                                 const QString &message) const
{
    return GraphError::make(status, code, message, m_state->now(), request.header("client-request-id"));
}

HttpResponse GraphService::ok(const HttpRequest &request, int status, const QJsonObject &body) const
{
    HttpResponse response = HttpResponse::json(
        status, QJsonDocument(body),
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
    GraphError::addCommonHeaders(&response, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 request.header("client-request-id"));
    response.setHeader("OData-Version", "4.0");
    return response;
}

HttpResponse GraphService::handle(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() < 2 || s.at(1) != QLatin1String("me")) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(s.value(1)));
    }
    const QByteArray authorization = request.header("Authorization");
    const QByteArray bearer =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (bearer.isEmpty())
        return error(request, 401, QStringLiteral("InvalidAuthenticationToken"),
                     QStringLiteral("Access token is empty."));
    const TokenStore::Access *token = m_state->tokens.access(QString::fromLatin1(bearer));
    if (!token) {
        return error(request, 401, QStringLiteral("InvalidAuthenticationToken"),
                     QStringLiteral("CompactToken parsing failed with error code: 80049217"));
    }
    if (token->expires <= m_state->now()) {
        return error(request, 401, QStringLiteral("InvalidAuthenticationToken"),
                     QStringLiteral("Access token has expired or is not yet valid."));
    }
    if (token->appOnly()) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("/me request is only valid with delegated authentication flow."));
    }
    const TokenStore::Access copy = *token;
    if (s.size() == 2) {
        if (request.method != "GET")
            return error(request, 405, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("Unsupported method."));
        return me(request, copy);
    }
    if (s.at(2) != QLatin1String("onlineMeetings") || s.size() > 4) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(s.value(2)));
    }
    if (s.size() == 3) {
        if (request.method != "POST")
            return error(request, 405, QStringLiteral("BadRequest"), QStringLiteral("Unsupported method."));
        return createMeeting(request, copy);
    }
    if (s.at(3) == QLatin1String("createOrGet") && request.method == "POST")
        return createOrGetMeeting(request, copy);
    return meeting(request, copy);
}

HttpResponse GraphService::me(const HttpRequest &request, const TokenStore::Access &token)
{
    if (!hasAny(token.scopes, {"User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
                               "Directory.Read.All"})) {
        return error(request, 403, QStringLiteral("Authorization_RequestDenied"),
                     QStringLiteral("Insufficient privileges to complete the operation."));
    }
    const Scenario::User *user = m_state->scenario.user(token.upn);
    if (!user)
        return error(request, 404, QStringLiteral("Request_ResourceNotFound"),
                     QStringLiteral("User not found."));
    const QStringList names = user->displayName.split(QLatin1Char(' '));
    return ok(request, 200,
              {{QStringLiteral("@odata.context"),
                QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#users/$entity")},
               {QStringLiteral("businessPhones"), QJsonArray()},
               {QStringLiteral("displayName"), user->displayName},
               {QStringLiteral("givenName"), names.value(0)},
               {QStringLiteral("jobTitle"), QJsonValue()},
               {QStringLiteral("mail"), user->upn},
               {QStringLiteral("mobilePhone"), QJsonValue()},
               {QStringLiteral("officeLocation"), QJsonValue()},
               {QStringLiteral("preferredLanguage"), QJsonValue()},
               {QStringLiteral("surname"), names.mid(1).join(QLatin1Char(' '))},
               {QStringLiteral("userPrincipalName"), user->upn},
               {QStringLiteral("id"), user->objectId}});
}

QString GraphService::newMeetingId(const QString &organizerId) const
{
    // Real ids are base64 of "1*{organizer}*0**{threadId}"; retry until the text is safe in a path.
    for (;;) {
        const QString thread = QStringLiteral("19:meeting_%1@thread.v2")
                                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(24));
        const QByteArray id =
            (QStringLiteral("1*") + organizerId + QStringLiteral("*0**") + thread).toUtf8().toBase64();
        if (!id.contains('/') && !id.contains('+') && !id.contains('='))
            return QString::fromLatin1(id);
    }
}

bool GraphService::isWellFormedMeetingId(const QString &id)
{
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+=*$"));
    if (!base64.match(id).hasMatch())
        return false;
    const QByteArray decoded = QByteArray::fromBase64(id.toLatin1());
    static const QRegularExpression shape(
        QStringLiteral("^1\\*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\*["
                       "0-9]+\\*\\*19:.+$"));
    return shape.match(QString::fromUtf8(decoded)).hasMatch();
}

const Scenario::User *GraphService::organizer(const TokenStore::Access &token) const
{
    if (!hasAny(token.scopes, {"OnlineMeetings.ReadWrite"}))
        return nullptr;
    const Scenario::User *user = m_state->scenario.user(token.upn);
    return user && user->teamsLicense ? user : nullptr;
}

bool GraphService::readBody(const HttpRequest &request, QJsonObject *input)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *input = document.object();
    return true;
}

HttpResponse GraphService::badBody(const HttpRequest &request) const
{
    return error(
        request, 400, QStringLiteral("BadRequest"),
        QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set "
                       "and payload is of valid JSON format."));
}

HttpResponse GraphService::createMeeting(const HttpRequest &request, const TokenStore::Access &token)
{
    const Scenario::User *user = organizer(token);
    if (!user)
        return error(request, 403, QStringLiteral("Forbidden"), QString());
    QJsonObject input;
    if (!readBody(request, &input))
        return badBody(request);
    const QDateTime now = m_state->now();
    QDateTime start =
        QDateTime::fromString(input.value(QStringLiteral("startDateTime")).toString(), Qt::ISODateWithMs);
    QDateTime end =
        QDateTime::fromString(input.value(QStringLiteral("endDateTime")).toString(), Qt::ISODateWithMs);
    if (!start.isValid())
        start = now;
    if (!end.isValid())
        end = start.addSecs(3600);
    const QJsonObject resource = newMeeting(*user, input, start, end, QString());
    m_state->meetings.insert(resource.value(QStringLiteral("id")).toString(),
                             {user->objectId, QString(), resource});
    return ok(request, 201, resource);
}

HttpResponse GraphService::createOrGetMeeting(const HttpRequest &request, const TokenStore::Access &token)
{
    const Scenario::User *user = organizer(token);
    if (!user)
        return error(request, 403, QStringLiteral("Forbidden"), QString());
    QJsonObject input;
    if (!readBody(request, &input))
        return badBody(request);
    const QString externalId = input.value(QStringLiteral("externalId")).toString();
    if (externalId.isEmpty()) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("The externalId parameter is required."));
    }
    // One meeting per organizer and externalId: the same externalId of another user is another meeting.
    for (const CloudState::Meeting &existing : std::as_const(m_state->meetings)) {
        if (existing.ownerObjectId == user->objectId && existing.externalId == externalId)
            return ok(request, 200, existing.resource);
    }
    const QString startText = input.value(QStringLiteral("startDateTime")).toString();
    const QString endText = input.value(QStringLiteral("endDateTime")).toString();
    QDateTime start = QDateTime::fromString(startText, Qt::ISODateWithMs);
    QDateTime end = QDateTime::fromString(endText, Qt::ISODateWithMs);
    if ((!startText.isEmpty() && !start.isValid()) || (!endText.isEmpty() && !end.isValid()) ||
        (end.isValid() && !start.isValid()) || (start.isValid() && end.isValid() && end < start)) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("The meeting end time must come after its start time."));
    }
    if (!start.isValid())
        start = m_state->now();
    if (!end.isValid())
        end = start.addSecs(3600);
    const QJsonObject resource = newMeeting(*user, input, start, end, externalId);
    m_state->meetings.insert(resource.value(QStringLiteral("id")).toString(),
                             {user->objectId, externalId, resource});
    return ok(request, 201, resource);
}

QJsonObject GraphService::newMeeting(const Scenario::User &user, const QJsonObject &input,
                                     const QDateTime &start, const QDateTime &end,
                                     const QString &externalId) const
{
    const QDateTime now = m_state->now();
    const QString id = newMeetingId(user.objectId);
    const QString thread =
        QString::fromUtf8(QByteArray::fromBase64(id.toLatin1())).section(QStringLiteral("**"), 1);
    const Scenario::Tenant *tenant = m_state->scenario.tenantOfUser(user.upn);
    const QString context =
        QStringLiteral("{\"Tid\":\"%1\",\"Oid\":\"%2\"}").arg(tenant ? tenant->id : QString(), user.objectId);
    const QString joinWebUrl = QStringLiteral("https://teams.microsoft.com/l/meetup-join/") +
                               QString::fromLatin1(QUrl::toPercentEncoding(thread)) +
                               QStringLiteral("/0?context=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(context));
    QString joinMeetingId;
    for (int i = 0; i < 12; ++i)
        joinMeetingId += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    const QJsonObject identity{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.objectId},
                                             {QStringLiteral("displayName"), QJsonValue()},
                                             {QStringLiteral("tenantId"), tenant ? tenant->id : QString()},
                                             {QStringLiteral("identityProvider"), QStringLiteral("AAD")}}}};
    QJsonObject resource{
        {QStringLiteral("@odata.context"),
         QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#users('%1')/onlineMeetings/$entity")
             .arg(user.objectId)},
        {QStringLiteral("id"), id},
        {QStringLiteral("creationDateTime"), graphTime(now)},
        {QStringLiteral("startDateTime"), graphTime(start)},
        {QStringLiteral("endDateTime"), graphTime(end)},
        {QStringLiteral("subject"), input.value(QStringLiteral("subject")).toString()},
        {QStringLiteral("joinWebUrl"), joinWebUrl},
        {QStringLiteral("videoTeleconferenceId"), QJsonValue()},
        {QStringLiteral("chatInfo"),
         QJsonObject{{QStringLiteral("threadId"), thread},
                     {QStringLiteral("messageId"), QStringLiteral("0")},
                     {QStringLiteral("replyChainMessageId"), QStringLiteral("0")}}},
        {QStringLiteral("audioConferencing"), QJsonValue()},
        {QStringLiteral("joinMeetingIdSettings"),
         QJsonObject{{QStringLiteral("isPasscodeRequired"), false},
                     {QStringLiteral("joinMeetingId"), joinMeetingId},
                     {QStringLiteral("passcode"), QJsonValue()}}},
        {QStringLiteral("participants"),
         QJsonObject{{QStringLiteral("organizer"),
                      QJsonObject{{QStringLiteral("upn"), user.upn}, {QStringLiteral("identity"), identity}}},
                     {QStringLiteral("attendees"), QJsonArray()}}},
        {QStringLiteral("lobbyBypassSettings"),
         QJsonObject{{QStringLiteral("scope"), QStringLiteral("organization")},
                     {QStringLiteral("isDialInBypassEnabled"), false}}},
        {QStringLiteral("allowedPresenters"), QStringLiteral("everyone")},
        {QStringLiteral("isEntryExitAnnounced"), true},
    };
    if (!externalId.isEmpty())
        resource.insert(QStringLiteral("externalId"), externalId);
    return resource;
}

HttpResponse GraphService::meeting(const HttpRequest &request, const TokenStore::Access &token)
{
    const bool remove = request.method == "DELETE";
    if (!remove && request.method != "GET")
        return error(request, 405, QStringLiteral("BadRequest"), QStringLiteral("Unsupported method."));
    const bool allowed = remove ? hasAny(token.scopes, {"OnlineMeetings.ReadWrite"})
                                : hasAny(token.scopes, {"OnlineMeetings.ReadWrite", "OnlineMeetings.Read"});
    if (!allowed)
        return error(request, 403, QStringLiteral("Forbidden"), QString());
    const QString id = request.segments.at(3);
    if (!isWellFormedMeetingId(id))
        return error(request, 400, QStringLiteral("BadRequest"), QStringLiteral("Meeting Id is corrupted."));
    const Scenario::User *user = m_state->scenario.user(token.upn);
    const auto it = m_state->meetings.constFind(id);
    if (it == m_state->meetings.constEnd() || !user || it->ownerObjectId != user->objectId) {
        return error(request, 404, QStringLiteral("NotFound"),
                     QStringLiteral("The specified online meeting could not be found."));
    }
    if (!remove)
        return ok(request, 200, it->resource);
    m_state->meetings.remove(id);
    HttpResponse response = HttpResponse::empty(204);
    GraphError::addCommonHeaders(&response, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 request.header("client-request-id"));
    return response;
}

} // namespace flexo::fake
