#pragma once

#include "graph/CleanupJournal.h"
#include "graph/GraphResult.h"
#include "graph/ProbeResult.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace flexo {

class GraphClient;
class NetClock;

// Proves OnlineMeetings.ReadWrite end to end: creates a short meeting in the near future whose
// subject says it is a FlexO connection test, deletes it (204), and checks it is gone (404).
//
// Exactly one meeting, and none left behind: before anything is sent, the cleanup journal gets an
// entry with a new externalId, and the meeting is made with createOrGet and that externalId, so a
// request sent twice (by a proxy that repeats a request whose connection closed before the
// answer) returns the same meeting. The create is never repeated by a retry policy; when its answer
// is lost, or Graph asks to wait (429, 503, 504: after its Retry-After, as RetryPolicy::graph() says),
// one more createOrGet with the same externalId finds out whether the meeting exists. The
// entry goes only once the meeting is confirmed gone; a failed delete is retried with backoff;
// entries of interrupted runs are removed by cleanupLeftovers().
class MeetingProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const MeetingProbeResult &)>;
    using CleanupCallback = std::function<void(const CleanupResult &)>;

    // A run starts no new request later than this after writing its journal entry, and is over
    // this long after it at the latest (each request ends within its time-outs and bounded
    // repeats): an entry younger than that whose run lock is held may belong to a run in progress.
    static constexpr qint64 kLastRequestMs = 5 * 60 * 1000;
    static constexpr qint64 kLongestRunMs = 15 * 60 * 1000;

    // `graph`, `journal` and `clock` must outlive the probe; a null clock means the real one.
    MeetingProbe(GraphClient *graph, CleanupJournal *journal, NetClock *clock = nullptr,
                 QObject *parent = nullptr);

    // The signed-in account: the tenant's GUID and the user's object id. Without both the probe
    // creates nothing, and the cleanup touches only this account's entries in this cloud.
    void setAccount(const QString &tenantId, const QString &userObjectId);
    [[nodiscard]] ProbeOwner account() const;
    // Repeats of a failed delete, and the first wait (doubled each time).
    void setDeleteRetries(int retries, qint64 firstWaitMs);

    void run(const QString &token, QObject *context, Callback callback);
    // Deletes the meetings the journal still lists for this account: by id, or found again by
    // externalId when the run that wrote the entry never learned the id.
    void cleanupLeftovers(const QString &token, QObject *context, CleanupCallback callback);

    // "FlexO connection test - safe to delete"
    [[nodiscard]] static QString probeSubject();

signals:
    // The meeting exists and is in the journal; the delete comes next.
    void meetingCreated(const QString &meetingId, const QUrl &joinWebUrl);
    void stepFinished(const flexo::ProbeStep &step);

private:
    struct Run;
    struct Cleanup;
    struct Leftover;
    void sendCreate(const std::shared_ptr<Run> &run, const QString &stepName);
    void onCreateAnswered(const std::shared_ptr<Run> &run, const QString &stepName, const GraphResult &graph);
    void deleteMeeting(const std::shared_ptr<Run> &run);
    void verifyDeleted(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);
    void addStep(const std::shared_ptr<Run> &run, const QString &name, const GraphResult &graph,
                 const Error &error, bool failsRun = true);
    [[nodiscard]] bool mayStartRequest(const Run &run) const;
    void removeLeftover(const QString &token, const std::shared_ptr<Leftover> &leftover,
                        const std::shared_ptr<Cleanup> &cleanup);
    void deleteLeftover(const QString &token, const std::shared_ptr<Leftover> &leftover,
                        const std::shared_ptr<Cleanup> &cleanup);
    void leftoverDone(const std::shared_ptr<Leftover> &leftover, const std::shared_ptr<Cleanup> &cleanup,
                      const Error &error, const HttpFacts &facts);

    GraphClient *m_graph;
    CleanupJournal *m_journal;
    NetClock *m_clock;
    QString m_tenantId;
    QString m_userObjectId;
    int m_deleteRetries = 3;
    qint64 m_deleteFirstWaitMs = 2000;
};

} // namespace flexo
