#include "graph/MeetingProbe.h"

#include "cloud/CloudCatalog.h"
#include "common/Logging.h"
#include "graph/GraphClient.h"
#include "net/NetClock.h"

#include <QPointer>
#include <QTimer>

namespace flexo {

struct MeetingProbe::Run
{
    QString token;
    QPointer<QObject> context;
    Callback callback;
    MeetingProbeResult result;
    QString journalKey;
    int deleteAttempts = 0;
};

MeetingProbe::MeetingProbe(GraphClient *graph, CleanupJournal *journal, NetClock *clock, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_journal(journal)
    , m_clock(clock ? clock : NetClock::system())
{
    qRegisterMetaType<flexo::ProbeStep>();
}

void MeetingProbe::setDeleteRetries(int retries, qint64 firstWaitMs)
{
    m_deleteRetries = retries;
    m_deleteFirstWaitMs = firstWaitMs;
}

QString MeetingProbe::probeSubject()
{
    return tr("FlexO connection test - safe to delete");
}

void MeetingProbe::addStep(const std::shared_ptr<Run> &run, const QString &name, const GraphResult &graph,
                           const Error &error)
{
    ProbeStep step;
    step.name = name;
    step.error = error;
    step.facts = graph.facts;
    step.graphCode = graph.graphCode;
    run->result.steps << step;
    if (error && run->result.error.isNull())
        run->result.error = error;
    emit stepFinished(step);
}

void MeetingProbe::run(const QString &token, QObject *context, Callback callback)
{
    auto run = std::make_shared<Run>();
    run->token = token;
    run->context = context;
    run->callback = std::move(callback);

    const CloudInfo &cloud = m_graph->cloud();
    if (!cloud.onlineMeetingsAvailable) {
        run->result.notAvailable = true;
        run->result.error = CloudCatalog::meetingsNotAvailable(cloud);
        QTimer::singleShot(0, this, [this, run] { finish(run); });
        return;
    }

    const QDateTime now = m_clock->nowUtc();
    JournalEntry entry;
    entry.created = now;
    entry.graphBase = cloud.graphBase.toString();
    entry.tenant = m_tenant;
    entry.subject = probeSubject();
    const Result<QString> key = m_journal->add(entry);
    if (!key.ok()) {
        run->result.error = key.error();
        QTimer::singleShot(0, this, [this, run] { finish(run); });
        return;
    }
    run->journalKey = key.value();

    // Short and in the near future, so that it never disturbs anyone even if it were left behind.
    const QDateTime start = now.addSecs(3600);
    m_graph->createMeeting(
        token, probeSubject(), start, start.addSecs(900), this, [this, run](const GraphResult &graph) {
            addStep(run, QStringLiteral("create"), graph, graph.error);
            if (!graph.ok()) {
                // Graph's refusal (4xx/5xx) is certain. Without a readable answer the meeting may exist, but
                // without its id nothing can delete it: the entry is kept then, so that the next run says so.
                if (graph.facts.status >= 400 && graph.error.code.startsWith(QLatin1String("graph.")))
                    (void)m_journal->remove(run->journalKey);
                finish(run);
                return;
            }
            run->result.meetingId = graph.meeting.id;
            run->result.joinWebUrl = graph.meeting.joinWebUrl;
            if (Error error =
                    m_journal->recordMeeting(run->journalKey, graph.meeting.id, graph.meeting.joinWebUrl))
                qCWarning(lcGraph).noquote() << "journal update failed:" << error.detail;
            emit meetingCreated(graph.meeting.id, graph.meeting.joinWebUrl);
            deleteMeeting(run);
        });
}

void MeetingProbe::deleteMeeting(const std::shared_ptr<Run> &run)
{
    ++run->deleteAttempts;
    m_graph->deleteMeeting(run->token, run->result.meetingId, this, [this, run](const GraphResult &graph) {
        const bool gone = graph.ok() || graph.facts.status == 404;
        if (!gone && run->deleteAttempts <= m_deleteRetries) {
            const qint64 wait = m_deleteFirstWaitMs * (qint64(1) << qMin(run->deleteAttempts - 1, 10));
            qCInfo(lcGraph).noquote()
                << "probe meeting delete failed (" << graph.error.code << "), retrying in" << wait << "ms";
            m_clock->wait(wait, this, [this, run] { deleteMeeting(run); });
            return;
        }
        addStep(run, QStringLiteral("delete"), graph, gone ? Error() : graph.error);
        if (!gone) {
            run->result.leftBehind = true;
            finish(run);
            return;
        }
        (void)m_journal->remove(run->journalKey);
        verifyDeleted(run);
    });
}

void MeetingProbe::verifyDeleted(const std::shared_ptr<Run> &run)
{
    m_graph->getMeeting(run->token, run->result.meetingId, this, [this, run](const GraphResult &graph) {
        Error error;
        if (graph.ok()) {
            error = Error::make(
                QStringLiteral("graph.meeting-still-exists"),
                tr("The probe meeting still exists after Microsoft Graph confirmed its deletion."),
                tr("Graph's replicas may lag behind for a short time."),
                tr("Run the check again in a minute; remove the meeting by its join link if it "
                   "stays."),
                QStringLiteral("GET after DELETE returned 200, request-id %1").arg(graph.requestId()));
        } else if (graph.facts.status != 404) {
            error = graph.error;
        }
        addStep(run, QStringLiteral("verify-deleted"), graph, error);
        finish(run);
    });
}

void MeetingProbe::finish(const std::shared_ptr<Run> &run)
{
    if (run->context && run->callback)
        run->callback(run->result);
}

void MeetingProbe::cleanupLeftovers(const QString &token, QObject *context, CleanupCallback callback)
{
    struct Cleanup
    {
        CleanupResult result;
        int pending = 0;
        QPointer<QObject> context;
        CleanupCallback callback;
    };
    auto cleanup = std::make_shared<Cleanup>();
    cleanup->context = context;
    cleanup->callback = std::move(callback);
    const QString graphBase = m_graph->cloud().graphBase.toString();

    QList<JournalEntry> toDelete;
    for (const JournalEntry &entry : m_journal->entries()) {
        if (entry.graphBase != graphBase)
            continue;
        if (!entry.hasMeeting()) {
            ++cleanup->result.unidentified;
            (void)m_journal->remove(entry.key);
            continue;
        }
        toDelete << entry;
    }
    cleanup->pending = toDelete.size();
    if (toDelete.isEmpty()) {
        QTimer::singleShot(0, this, [cleanup] {
            if (cleanup->context)
                cleanup->callback(cleanup->result);
        });
        return;
    }
    for (const JournalEntry &entry : std::as_const(toDelete)) {
        m_graph->deleteMeeting(token, entry.meetingId, this,
                               [this, cleanup, entry](const GraphResult &graph) {
                                   LeftoverMeeting leftover;
                                   leftover.meetingId = entry.meetingId;
                                   leftover.joinWebUrl = entry.joinWebUrl;
                                   leftover.subject = entry.subject;
                                   leftover.facts = graph.facts;
                                   if (graph.ok() || graph.facts.status == 404) {
                                       (void)m_journal->remove(entry.key);
                                       cleanup->result.deleted << leftover;
                                   } else {
                                       leftover.error = graph.error;
                                       cleanup->result.remaining << leftover;
                                   }
                                   if (--cleanup->pending == 0 && cleanup->context)
                                       cleanup->callback(cleanup->result);
                               });
    }
}

} // namespace flexo
