#pragma once

#include "common/Error.h"
#include "net/HttpResult.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace flexo {

// One step of the meeting probe as observed.
struct ProbeStep
{
    QString name; // "create", "delete", "verify-deleted"
    Error error;
    HttpFacts facts;   // status, duration, request-id, client-request-id
    QString graphCode; // Graph's error code, when it answered with one

    [[nodiscard]] bool ok() const { return error.isNull(); }
};

// The outcome of the probe: create, delete, then GET expecting 404.
struct MeetingProbeResult
{
    Error error; // the first failure; null when every step passed
    QList<ProbeStep> steps;
    bool notAvailable = false; // the cloud offers no online meetings (China): nothing was tried
    QString meetingId;
    QUrl joinWebUrl;
    bool leftBehind = false; // created but not deleted: meetingId and joinWebUrl tell the admin which

    [[nodiscard]] bool ok() const { return error.isNull(); }
    [[nodiscard]] bool created() const { return !meetingId.isEmpty(); }
};

// A probe meeting from an earlier run, and what became of it.
struct LeftoverMeeting
{
    QString meetingId;
    QUrl joinWebUrl;
    QString subject;
    Error error; // null when deleted (or already gone)
    HttpFacts facts;
};

struct CleanupResult
{
    QList<LeftoverMeeting> deleted;
    QList<LeftoverMeeting> remaining; // deletion failed: give the admin id and join link
    int unidentified = 0;             // runs interrupted before Graph returned an id: nothing to delete by id
    [[nodiscard]] bool ok() const { return remaining.isEmpty(); }
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::ProbeStep)
Q_DECLARE_METATYPE(flexo::MeetingProbeResult)
Q_DECLARE_METATYPE(flexo::CleanupResult)
