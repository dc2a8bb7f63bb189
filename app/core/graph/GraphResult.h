#pragma once

#include "common/Error.h"
#include "net/HttpResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace flexo {

// A Teams online meeting as Graph v1.0 returns it (only what the probe needs).
struct OnlineMeeting
{
    QString id;
    QUrl joinWebUrl;    // v1.0 name; "joinUrl" is beta only
    QString externalId; // as given to createOrGet
    QString subject;
    QDateTime start;
    QDateTime end;

    [[nodiscard]] static OnlineMeeting fromJson(const QJsonObject &object);
};

// The outcome of one Graph call: the facts seen on the wire, Graph's error if any, and the body.
struct GraphResult
{
    Error error;       // "graph.*" (explained) or "net.*"
    HttpFacts facts;   // status, duration, request-id, client-request-id
    QString graphCode; // error.code of Graph's error body: "Forbidden", "InvalidAuthenticationToken", ...
    QString graphMessage;
    QJsonObject innerError;  // date, request-id, client-request-id as Graph reports them
    QString wwwAuthenticate; // the WWW-Authenticate header of a 401
    QJsonObject body;
    OnlineMeeting meeting; // for meeting calls that succeeded

    [[nodiscard]] bool ok() const { return error.isNull(); }
    // The id of the request as Graph knows it: the request-id header, else innerError's.
    [[nodiscard]] QString requestId() const;
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::GraphResult)
