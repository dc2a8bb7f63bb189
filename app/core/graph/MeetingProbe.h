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
// subject says it is a FlexO connection test, deletes it (204), and checks it is gone (404). The
// cleanup journal is written before the create and cleared after the confirmed delete; a failed
// delete is retried with backoff; leftovers of interrupted runs are removed by cleanupLeftovers().
class MeetingProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const MeetingProbeResult &)>;
    using CleanupCallback = std::function<void(const CleanupResult &)>;

    // `graph`, `journal` and `clock` must outlive the probe; a null clock means the real one.
    MeetingProbe(GraphClient *graph, CleanupJournal *journal, NetClock *clock = nullptr,
                 QObject *parent = nullptr);

    // The tenant recorded in the journal entries (informative).
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    // Repeats of a failed delete, and the first wait (doubled each time).
    void setDeleteRetries(int retries, qint64 firstWaitMs);

    void run(const QString &token, QObject *context, Callback callback);
    // Deletes the meetings the journal still lists for this Graph service.
    void cleanupLeftovers(const QString &token, QObject *context, CleanupCallback callback);

    // "FlexO connection test - safe to delete"
    [[nodiscard]] static QString probeSubject();

signals:
    // The meeting exists and is in the journal; the delete comes next.
    void meetingCreated(const QString &meetingId, const QUrl &joinWebUrl);
    void stepFinished(const flexo::ProbeStep &step);

private:
    struct Run;
    void deleteMeeting(const std::shared_ptr<Run> &run);
    void verifyDeleted(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);
    void addStep(const std::shared_ptr<Run> &run, const QString &name, const GraphResult &graph,
                 const Error &error);

    GraphClient *m_graph;
    CleanupJournal *m_journal;
    NetClock *m_clock;
    QString m_tenant;
    int m_deleteRetries = 3;
    qint64 m_deleteFirstWaitMs = 2000;
};

} // namespace flexo
