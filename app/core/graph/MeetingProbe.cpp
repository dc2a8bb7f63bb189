#include "graph/MeetingProbe.h"

#include "cloud/CloudCatalog.h"
#include "common/Logging.h"
#include "graph/GraphClient.h"
#include "net/NetClock.h"
#include "net/RetryPolicy.h"

#include <QLockFile>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace flexo {

namespace {

enum class CreateOutcome {
    Refused,   // Graph answered with a 4xx: nothing was made
    Throttled, // Graph answered 429: nothing was made, and it may work after the wait it asks for
    NotSent,   // the request never left this machine (name, connection refused, TLS, proxy login)
    Cancelled, // stopped on purpose: the next run finds out
    Unknown,   // sent, and no answer says what happened
};

CreateOutcome outcomeOf(const GraphResult &graph)
{
    const QString &code = graph.error.code;
    if (code == QLatin1String("net.cancelled"))
        return CreateOutcome::Cancelled;
    const int status = graph.facts.status;
    if (status == 429 && code.startsWith(QLatin1String("graph.")))
        return CreateOutcome::Throttled;
    if (status >= 400 && status < 500 && code.startsWith(QLatin1String("graph.")))
        return CreateOutcome::Refused;
    static const QStringList notSent{
        QStringLiteral("net.host-not-found"),      QStringLiteral("net.connection-refused"),
        QStringLiteral("net.proxy-auth-required"), QStringLiteral("net.tls"),
        QStringLiteral("net.tls-untrusted"),       QStringLiteral("net.tls-host-mismatch"),
        QStringLiteral("net.tls-expired"),         QStringLiteral("net.tls-handshake")};
    if (status == 0 && notSent.contains(code))
        return CreateOutcome::NotSent;
    return CreateOutcome::Unknown;
}

} // namespace

struct MeetingProbe::Run
{
    QString token;
    QPointer<QObject> context;
    Callback callback;
    MeetingProbeResult result;
    JournalEntry entry;
    std::unique_ptr<QLockFile> lock; // held until the run ends: tells other runs it is in progress
    QDateTime start;                 // of the meeting
    bool firstMadeNothing = false;   // the first create was answered 429: only the second may have made one
    int deleteAttempts = 0;
    HttpFacts deletesSoFar; // the failed deletes before the current one, for the last one's facts
    bool finished = false;
};

struct MeetingProbe::Cleanup
{
    CleanupResult result;
    int pending = 0;
    QPointer<QObject> context;
    CleanupCallback callback;
};

struct MeetingProbe::Leftover
{
    JournalEntry entry;
    std::unique_ptr<QLockFile> lock; // the dead or finished run's, taken over while removing
    HttpFacts facts;
};

MeetingProbe::MeetingProbe(GraphClient *graph, CleanupJournal *journal, NetClock *clock, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_journal(journal)
    , m_clock(clock ? clock : NetClock::system())
{
    qRegisterMetaType<flexo::ProbeStep>();
}

void MeetingProbe::setAccount(const QString &tenantId, const QString &userObjectId)
{
    m_tenantId = tenantId;
    m_userObjectId = userObjectId;
}

ProbeOwner MeetingProbe::account() const
{
    const CloudInfo &cloud = m_graph->cloud();
    return ProbeOwner{cloud.id, cloud.graphBase.toString(), m_tenantId, m_userObjectId};
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
                           const Error &error, bool failsRun)
{
    ProbeStep step;
    step.name = name;
    step.error = error;
    step.facts = graph.facts;
    step.graphCode = graph.graphCode;
    run->result.steps << step;
    if (error && failsRun && run->result.error.isNull())
        run->result.error = error;
    emit stepFinished(step);
}

bool MeetingProbe::mayStartRequest(const Run &run) const
{
    return run.entry.created.msecsTo(m_clock->nowUtc()) < kLastRequestMs;
}

void MeetingProbe::run(const QString &token, QObject *context, Callback callback)
{
    auto run = std::make_shared<Run>();
    run->token = token;
    run->context = context;
    run->callback = std::move(callback);
    auto failAtOnce = [this, run](const Error &error) {
        run->result.error = error;
        run->result.journalKeptAside = m_journal->keptAside();
        QTimer::singleShot(0, this, [this, run] { finish(run); });
    };

    const CloudInfo &cloud = m_graph->cloud();
    if (!cloud.onlineMeetingsAvailable) {
        run->result.notAvailable = true;
        failAtOnce(CloudCatalog::meetingsNotAvailable(cloud));
        return;
    }
    const ProbeOwner owner = account();
    if (!owner.isComplete()) {
        failAtOnce(Error::make(
            QStringLiteral("graph.probe-account-unknown"),
            tr("The signed-in account is not known well enough to create a probe meeting."),
            tr("Its tenant and object ID come from the test sign-in; without them a probe meeting "
               "could not be told apart from other accounts' if it had to be removed later."),
            tr("Run the test sign-in again."),
            QStringLiteral("tenant \"%1\", user object id \"%2\"").arg(m_tenantId, m_userObjectId)));
        return;
    }

    const QDateTime now = m_clock->nowUtc();
    run->entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run->entry.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run->entry.created = now;
    run->entry.owner = owner;
    run->entry.subject = probeSubject();
    run->result.externalId = run->entry.externalId;
    // The run lock first: an entry is never on disk without a live run holding it, or a dead one.
    run->lock = m_journal->tryLockRun(run->entry.key);
    if (!run->lock->isLocked()) {
        failAtOnce(Error::make(
            QStringLiteral("graph.journal-unwritable"),
            tr("The probe meeting journal's folder cannot be written: no probe meeting is created."),
            tr("The run's lock file %1 cannot be created.").arg(run->lock->fileName()),
            tr("Check the free space and permissions of that folder."),
            QStringLiteral("QLockFile error %1 on %2").arg(run->lock->error()).arg(run->lock->fileName())));
        return;
    }
    // Written before anything is sent: if the run dies from here on, the next one finds the meeting.
    const Result<QString> added = m_journal->add(run->entry);
    if (!added.ok()) {
        failAtOnce(added.error());
        return;
    }
    run->result.journalKeptAside = m_journal->keptAside();
    // Short and in the near future, so that it never disturbs anyone even if it were left behind.
    run->start = now.addSecs(3600);
    sendCreate(run, QStringLiteral("create"));
}

void MeetingProbe::sendCreate(const std::shared_ptr<Run> &run, const QString &stepName)
{
    m_graph->createOrGetMeeting(
        run->token, run->entry.externalId, run->entry.subject, run->start, run->start.addSecs(900), this,
        [this, run, stepName](const GraphResult &graph) { onCreateAnswered(run, stepName, graph); });
}

void MeetingProbe::onCreateAnswered(const std::shared_ptr<Run> &run, const QString &stepName,
                                    const GraphResult &graph)
{
    if (graph.ok()) {
        addStep(run, stepName, graph, Error());
        run->result.createStatus = graph.facts.status;
        run->result.meetingId = graph.meeting.id;
        run->result.joinWebUrl = graph.meeting.joinWebUrl;
        // Without the id the entry still finds the meeting by its externalId: go on even if this fails.
        if (Error error =
                m_journal->recordMeeting(run->entry.key, graph.meeting.id, graph.meeting.joinWebUrl))
            qCWarning(lcGraph).noquote() << "journal update failed:" << error.detail;
        emit meetingCreated(graph.meeting.id, graph.meeting.joinWebUrl);
        deleteMeeting(run);
        return;
    }

    const bool firstAttempt = stepName == QLatin1String("create");
    const CreateOutcome outcome = outcomeOf(graph);
    // Certain: no meeting was made, nothing is left to find.
    auto nothingMade = [this, run, stepName, graph] {
        addStep(run, stepName, graph, graph.error);
        if (Error error = m_journal->remove(run->entry.key))
            qCWarning(lcGraph).noquote() << "journal update failed:" << error.detail;
        finish(run);
    };
    switch (outcome) {
    case CreateOutcome::Refused:
    case CreateOutcome::NotSent:
    case CreateOutcome::Throttled:
        if (firstAttempt && outcome == CreateOutcome::Throttled) {
            run->firstMadeNothing = true;
            break; // asked to wait: ask again below
        }
        if (!firstAttempt && !run->firstMadeNothing)
            break; // this request made nothing, but the first one may have
        nothingMade();
        return;
    case CreateOutcome::Cancelled:
        addStep(run, stepName, graph, graph.error);
        run->result.createUncertain = true;
        finish(run);
        return;
    case CreateOutcome::Unknown:
        break;
    }
    if (firstAttempt && mayStartRequest(*run)) {
        // Graph asked to wait (429, 503, 504): ask again when it said, as Graph's retry policy would
        // for any other request; an answer that was lost: ask again at once. Either way with the same
        // externalId, which returns the meeting if the first request made it (200), or makes the one
        // meeting of this probe now (201).
        const int status = graph.facts.status;
        std::optional<qint64> wait = 0;
        if (RetryPolicy::graph().retriesStatus(status))
            wait = RetryPolicy::graph().waitBefore(0, graph.facts.retryAfterMs, m_clock->randomFraction());
        if (wait) {
            qCInfo(lcGraph).noquote()
                << "the create got" << (status > 0 ? QString::number(status) : graph.error.code)
                << "; asking again with the same externalId in" << *wait << "ms";
            addStep(run, stepName, graph, graph.error, false);
            run->result.answerLost = outcome == CreateOutcome::Unknown;
            if (*wait == 0)
                sendCreate(run, QStringLiteral("create-again"));
            else
                m_clock->wait(*wait, this, [this, run] { sendCreate(run, QStringLiteral("create-again")); });
            return;
        }
    }
    if (outcome == CreateOutcome::Throttled) {
        nothingMade();
        return;
    }
    addStep(run, stepName, graph, graph.error);
    run->result.createUncertain = true;
    finish(run);
}

void MeetingProbe::deleteMeeting(const std::shared_ptr<Run> &run)
{
    ++run->deleteAttempts;
    m_graph->deleteMeeting(run->token, run->result.meetingId, this, [this, run](const GraphResult &answer) {
        // The facts of every delete of this run, so that the report says what was retried.
        GraphResult graph = answer;
        graph.facts.retried = run->deletesSoFar.retried + answer.facts.retried;
        graph.facts.attempts += run->deletesSoFar.attempts;
        graph.facts.durationMs += run->deletesSoFar.durationMs;
        const bool gone = graph.ok() || graph.facts.status == 404;
        if (!gone && run->deleteAttempts <= m_deleteRetries && mayStartRequest(*run)) {
            const qint64 wait = m_deleteFirstWaitMs * (qint64(1) << qMin(run->deleteAttempts - 1, 10));
            qCInfo(lcGraph).noquote()
                << "probe meeting delete failed (" << graph.error.code << "), retrying in" << wait << "ms";
            HttpAttempt failed = graph.facts.lastAttempt();
            failed.waitMs = wait;
            run->deletesSoFar.retried = graph.facts.retried;
            run->deletesSoFar.retried << failed;
            run->deletesSoFar.attempts = graph.facts.attempts;
            run->deletesSoFar.durationMs = graph.facts.durationMs + wait;
            m_clock->wait(wait, this, [this, run] { deleteMeeting(run); });
            return;
        }
        addStep(run, QStringLiteral("delete"), graph, gone ? Error() : graph.error);
        if (!gone) {
            run->result.leftBehind = true;
            finish(run);
            return;
        }
        verifyDeleted(run);
    });
}

void MeetingProbe::verifyDeleted(const std::shared_ptr<Run> &run)
{
    m_graph->getMeeting(run->token, run->result.meetingId, this, [this, run](const GraphResult &graph) {
        Error error;
        if (graph.ok()) {
            run->result.leftBehind = true;
            error = Error::make(
                QStringLiteral("graph.meeting-still-exists"),
                tr("The probe meeting still exists after Microsoft Graph confirmed its deletion."),
                tr("Graph's replicas may lag behind for a short time."),
                tr("Run the check again in a minute; remove the meeting by its join link if it "
                   "stays."),
                QStringLiteral("GET after DELETE returned 200, request-id %1").arg(graph.requestId()));
        } else if (graph.facts.status != 404) {
            error = graph.error;
        } else {
            run->result.confirmedGone = true;
            // Only now: until the 404, the next run must still be able to find the meeting.
            if (Error journalError = m_journal->remove(run->entry.key))
                qCWarning(lcGraph).noquote() << "journal update failed:" << journalError.detail;
        }
        addStep(run, QStringLiteral("verify-deleted"), graph, error);
        finish(run);
    });
}

void MeetingProbe::finish(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    run->finished = true;
    run->lock.reset(); // the run is over: its entry, if any is left, is a leftover now
    if (run->context && run->callback)
        run->callback(run->result);
}

void MeetingProbe::cleanupLeftovers(const QString &token, QObject *context, CleanupCallback callback)
{
    auto cleanup = std::make_shared<Cleanup>();
    cleanup->context = context;
    cleanup->callback = std::move(callback);
    auto finishLater = [this, cleanup] {
        QTimer::singleShot(0, this, [cleanup] {
            if (cleanup->context)
                cleanup->callback(cleanup->result);
        });
    };

    const Result<QList<JournalEntry>> read = m_journal->read();
    cleanup->result.journalKeptAside = m_journal->keptAside();
    if (!read.ok()) {
        cleanup->result.error = read.error();
        finishLater();
        return;
    }
    const ProbeOwner owner = account();
    const QDateTime now = m_clock->nowUtc();
    QList<std::shared_ptr<Leftover>> leftovers;
    for (const JournalEntry &entry : read.value()) {
        if (!entry.hasMeeting() && entry.externalId.isEmpty()) {
            // An entry of the first format whose run never learned the id: nothing can find it.
            ++cleanup->result.unidentified;
            if (Error error = m_journal->remove(entry.key))
                qCWarning(lcGraph).noquote() << "journal update failed:" << error.detail;
            continue;
        }
        // Another account's meeting cannot be deleted with this token, and its 404 would prove
        // nothing: leave it for that account.
        if (!entry.belongsTo(owner)) {
            ++cleanup->result.otherAccounts;
            continue;
        }
        auto leftover = std::make_shared<Leftover>();
        leftover->entry = entry;
        leftover->lock = m_journal->tryLockRun(entry.key);
        if (!leftover->lock->isLocked()) {
            // A live run holds it. A run is over kLongestRunMs after its entry at the latest, so an
            // older entry's lock belongs to a run that hangs, or to another machine sharing the file.
            const qint64 age = entry.created.isValid() ? entry.created.msecsTo(now) : -1;
            if (age < 0 || age < kLongestRunMs) {
                ++cleanup->result.inProgress;
                continue;
            }
        }
        leftovers << leftover;
    }
    cleanup->pending = int(leftovers.size());
    if (leftovers.isEmpty()) {
        finishLater();
        return;
    }
    for (const std::shared_ptr<Leftover> &leftover : std::as_const(leftovers))
        removeLeftover(token, leftover, cleanup);
}

void MeetingProbe::removeLeftover(const QString &token, const std::shared_ptr<Leftover> &leftover,
                                  const std::shared_ptr<Cleanup> &cleanup)
{
    if (leftover->entry.hasMeeting()) {
        deleteLeftover(token, leftover, cleanup);
        return;
    }
    // The run stopped before it learned the id: its externalId returns the meeting if the create
    // went through (200), or makes it now (201); either way it is deleted next.
    const QDateTime start = m_clock->nowUtc().addSecs(3600);
    const QString subject = leftover->entry.subject.isEmpty() ? probeSubject() : leftover->entry.subject;
    m_graph->createOrGetMeeting(token, leftover->entry.externalId, subject, start, start.addSecs(900), this,
                                [this, token, leftover, cleanup](const GraphResult &graph) {
                                    if (!graph.ok()) {
                                        leftoverDone(leftover, cleanup, graph.error, graph.facts);
                                        return;
                                    }
                                    leftover->entry.meetingId = graph.meeting.id;
                                    leftover->entry.joinWebUrl = graph.meeting.joinWebUrl;
                                    if (Error error = m_journal->recordMeeting(
                                            leftover->entry.key, graph.meeting.id, graph.meeting.joinWebUrl))
                                        qCWarning(lcGraph).noquote()
                                            << "journal update failed:" << error.detail;
                                    deleteLeftover(token, leftover, cleanup);
                                });
}

void MeetingProbe::deleteLeftover(const QString &token, const std::shared_ptr<Leftover> &leftover,
                                  const std::shared_ptr<Cleanup> &cleanup)
{
    m_graph->deleteMeeting(token, leftover->entry.meetingId, this,
                           [this, leftover, cleanup](const GraphResult &graph) {
                               // 404 means gone only because the entry is this account's own.
                               const bool gone = graph.ok() || graph.facts.status == 404;
                               leftoverDone(leftover, cleanup, gone ? Error() : graph.error, graph.facts);
                           });
}

void MeetingProbe::leftoverDone(const std::shared_ptr<Leftover> &leftover,
                                const std::shared_ptr<Cleanup> &cleanup, const Error &error,
                                const HttpFacts &facts)
{
    LeftoverMeeting meeting;
    meeting.meetingId = leftover->entry.meetingId;
    meeting.externalId = leftover->entry.externalId;
    meeting.joinWebUrl = leftover->entry.joinWebUrl;
    meeting.subject = leftover->entry.subject;
    meeting.facts = facts;
    meeting.error = error;
    if (error) {
        cleanup->result.remaining << meeting;
    } else {
        cleanup->result.deleted << meeting;
        if (Error journalError = m_journal->remove(leftover->entry.key))
            qCWarning(lcGraph).noquote() << "journal update failed:" << journalError.detail;
    }
    leftover->lock.reset();
    if (--cleanup->pending == 0 && cleanup->context)
        cleanup->callback(cleanup->result);
}

} // namespace flexo
