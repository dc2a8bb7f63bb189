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
    QString name; // "create", "create-again", "delete", "verify-deleted"
    Error error;
    HttpFacts facts;   // status, duration, request-id, client-request-id
    QString graphCode; // Graph's error code, when it answered with one

    [[nodiscard]] bool ok() const { return error.isNull(); }
};

// The outcome of the probe: createOrGet, delete, then GET expecting 404.
struct MeetingProbeResult
{
    Error error; // the first failure; null when every step passed
    QList<ProbeStep> steps;
    bool notAvailable = false; // the cloud offers no online meetings (China): nothing was tried
    QString externalId;        // this probe's, sent with every createOrGet
    QString meetingId;
    QUrl joinWebUrl;
    int createStatus = 0;         // 201 created, or 200: the meeting of this externalId, made by an earlier
                                  // attempt whose answer was lost
    bool answerLost = false;      // the first create's answer was lost; asking again found out what happened
    bool createUncertain = false; // no answer said whether the meeting exists: the journal keeps its
                                  // externalId, and the next run asks Graph again
    bool leftBehind = false;      // created but not deleted: meetingId and joinWebUrl tell the admin which
    bool confirmedGone = false;   // deleted, and a GET answered 404
    QString journalKeptAside;     // an unparsable journal found on the way was moved here

    [[nodiscard]] bool ok() const { return error.isNull(); }
    [[nodiscard]] bool created() const { return !meetingId.isEmpty(); }
};

// A probe meeting from an earlier run, and what became of it.
struct LeftoverMeeting
{
    QString meetingId;  // empty when it was never found (its create may not have happened)
    QString externalId; // empty in entries of the first journal format
    QUrl joinWebUrl;
    QString subject;
    Error error; // null when deleted (or already gone)
    HttpFacts facts;
};

// What the removal of earlier runs' probe meetings did. Only the signed-in user's entries in this
// tenant and cloud are acted on; the others are counted and left for their own account.
struct CleanupResult
{
    QList<LeftoverMeeting> deleted;   // confirmed deleted, or already gone (404 for this account's own)
    QList<LeftoverMeeting> remaining; // deletion failed: give the admin id and join link
    int inProgress = 0;               // this account's entries of a run still going on elsewhere: left alone
    int otherAccounts = 0;            // entries of another user, tenant or cloud: left alone
    int unidentified = 0;             // old entries with neither a meeting id nor an externalId: dropped
    Error error;                      // the journal could not be read or locked: nothing was done
    QString journalKeptAside;         // an unparsable journal was moved here (it may name meetings to delete)

    [[nodiscard]] bool ok() const { return remaining.isEmpty() && error.isNull(); }
    // Nothing of the journal is left for anyone to delete.
    [[nodiscard]] bool allRemoved() const { return ok() && inProgress == 0 && otherAccounts == 0; }
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::ProbeStep)
Q_DECLARE_METATYPE(flexo::MeetingProbeResult)
Q_DECLARE_METATYPE(flexo::CleanupResult)
