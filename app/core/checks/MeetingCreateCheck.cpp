#include "checks/MeetingCreateCheck.h"

#include "checks/AttemptFacts.h"
#include "checks/CheckContext.h"
#include "cloud/CloudCatalog.h"
#include "config/ConfigPaths.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"

namespace flexo {

namespace {

CheckResult withStep(CheckResult result, const MeetingProbeResult &probe, const QString &stepName)
{
    for (const ProbeStep &step : probe.steps) {
        if (step.name != stepName)
            continue;
        result.observed.httpStatus = step.facts.status;
        result.observed.requestId = step.facts.requestId;
        result.observed.graphCode = step.graphCode;
    }
    return result;
}

// What the removal of earlier runs' probe meetings found, as facts and a sentence for the summary.
// A meeting that could not be removed turns a pass into a warning naming it, so the admin can delete it.
CheckResult withLeftovers(CheckResult result, const std::optional<CleanupResult> &cleanup)
{
    if (!cleanup)
        return result;
    const int removed = int(cleanup->deleted.size());
    if (removed > 0)
        result.facts.insert(QStringLiteral("leftoversRemoved"), removed);
    if (removed == 1)
        result.summary +=
            QLatin1Char(' ') + MeetingCreateCheck::tr("Removed 1 probe meeting left by an earlier run.");
    else if (removed > 1)
        result.summary +=
            QLatin1Char(' ') +
            MeetingCreateCheck::tr("Removed %1 probe meetings left by earlier runs.").arg(removed);
    if (cleanup->inProgress > 0) {
        result.facts.insert(QStringLiteral("leftoversInProgress"), cleanup->inProgress);
        result.summary += QLatin1Char(' ') + MeetingCreateCheck::tr("Left alone %n probe meeting(s) of "
                                                                    "another run still in progress.",
                                                                    "", cleanup->inProgress);
    }
    if (cleanup->otherAccounts > 0) {
        result.facts.insert(QStringLiteral("leftoversOfOtherAccounts"), cleanup->otherAccounts);
        result.summary += QLatin1Char(' ') + MeetingCreateCheck::tr("Left alone %n probe meeting(s) of "
                                                                    "another account or tenant.",
                                                                    "", cleanup->otherAccounts);
    }
    if (cleanup->remaining.isEmpty())
        return result;
    QStringList ids;
    QStringList links;
    QStringList named;
    for (const LeftoverMeeting &leftover : cleanup->remaining) {
        ids << leftover.meetingId;
        links << leftover.joinWebUrl.toString();
        named << (leftover.meetingId.isEmpty()
                      ? MeetingCreateCheck::tr("a meeting not found again (externalId %1)")
                            .arg(leftover.externalId)
                      : QStringLiteral("%1 (%2)").arg(leftover.meetingId, leftover.joinWebUrl.toString()));
    }
    result.facts.insert(QStringLiteral("leftoverMeetingIds"), ids);
    result.facts.insert(QStringLiteral("leftoverJoinWebUrls"), links);
    if (result.status == CheckStatus::Passed) {
        result.status = CheckStatus::Warning;
        result.cause = MeetingCreateCheck::tr(
                           "A test meeting left by an earlier, interrupted run could not be removed: %1.")
                           .arg(named.join(QLatin1String(", ")));
        result.fix = MeetingCreateCheck::tr("Delete that meeting in Teams or Outlook; it is safe to delete. "
                                            "The next diagnose run also tries again.");
    }
    return result;
}

// A journal that could not be parsed was moved aside: the meetings it lists were not removed.
CheckResult withJournalKeptAside(CheckResult result, const QString &keptAside)
{
    if (keptAside.isEmpty())
        return result;
    result.facts.insert(QStringLiteral("journalKeptAside"), keptAside);
    if (result.status == CheckStatus::Passed) {
        result.status = CheckStatus::Warning;
        result.cause =
            MeetingCreateCheck::tr("The probe meeting journal could not be read; it was kept as %1 and a new "
                                   "one was started. Probe meetings it listed were not removed.")
                .arg(keptAside);
        result.fix =
            MeetingCreateCheck::tr("Open %1, delete in Teams or Outlook the \"FlexO connection test\" "
                                   "meetings it names (id and join link), then delete the file.")
                .arg(keptAside);
    }
    return result;
}

// The probe could not tell whether the meeting exists: say which one the next run looks for.
CheckResult withUncertainCreate(CheckResult result, const MeetingProbeResult &probe)
{
    if (!probe.createUncertain)
        return result;
    result.facts.insert(QStringLiteral("createUncertain"), true);
    result.facts.insert(QStringLiteral("externalId"), probe.externalId);
    result.cause += QLatin1Char(' ') + MeetingCreateCheck::tr("It is not known whether Microsoft Graph "
                                                              "created the test meeting.");
    result.fix = MeetingCreateCheck::tr(
                     "The next run asks Microsoft Graph for this probe's meeting (externalId %1) and deletes "
                     "it. Until then a \"%2\" meeting may be in the signed-in account's Teams; it is safe "
                     "to delete.")
                     .arg(probe.externalId, MeetingProbe::probeSubject());
    return result;
}

QString createdSummary(const ProbeStep &step, bool askedAgain)
{
    if (step.facts.status == 200)
        return MeetingCreateCheck::tr(
            "Microsoft Graph created the test meeting: the permission OnlineMeetings.ReadWrite works. An "
            "answer was lost on the way, and the request with this probe's externalId returned that same "
            "meeting (200), so there is only one.");
    if (askedAgain)
        return MeetingCreateCheck::tr(
            "Microsoft Graph created the test meeting (201) when asked again with the same externalId: the "
            "permission OnlineMeetings.ReadWrite works.");
    return MeetingCreateCheck::tr(
        "Microsoft Graph created the test meeting (201): the permission OnlineMeetings.ReadWrite works.");
}

// The create as one request: the probe's second createOrGet (same externalId) counts as a retry of
// the first, whose answer it names.
HttpFacts createFacts(const ProbeStep &first, const ProbeStep &last)
{
    if (last.name != QLatin1String("create-again"))
        return last.facts;
    HttpFacts facts = last.facts;
    facts.retried = first.facts.retried + facts.retried;
    facts.retried.insert(first.facts.retried.size(), first.facts.lastAttempt());
    facts.attempts += first.facts.attempts;
    facts.durationMs += first.facts.durationMs;
    facts.heldBackMs += first.facts.heldBackMs;
    return facts;
}

} // namespace

MeetingCreateCheck::~MeetingCreateCheck()
{
    stopProbe();
}

QString MeetingCreateCheck::title() const
{
    return tr("Create a test meeting");
}

void MeetingCreateCheck::start(CheckContext &context)
{
    stopProbe();
    m_reported = false;
    m_probeResult.reset();
    m_cleanup.reset();
    context.meetingId.clear();
    context.meetingJoinUrl.clear();
    m_account = context.tokens.account;

    const Result<CloudInfo> cloud = CloudCatalog::forConfig(context.config);
    if (!cloud.ok()) {
        fail(cloud.error());
        return;
    }
    if (!cloud.value().onlineMeetingsAvailable || !context.discovery.onlineMeetingsAvailable) {
        const Error why = CloudCatalog::meetingsNotAvailable(cloud.value());
        CheckResult result = makeResult(CheckStatus::Skipped, tr("not available in that cloud"), why.message);
        result.skipReason = SkipReason::NotAvailable;
        result.facts.insert(QStringLiteral("skipReason"), QStringLiteral("not-available"));
        finish(result);
        return;
    }
    Error networkError;
    m_client = createHttpClient(context, &networkError);
    if (!m_client) {
        fail(networkError);
        return;
    }
    auto *graph = new GraphClient(m_client, cloud.value(), m_client);
    m_journal = std::make_unique<CleanupJournal>(m_journalPath.isEmpty() ? ConfigPaths::cleanupJournalFile()
                                                                         : m_journalPath);
    auto *probe = new MeetingProbe(graph, m_journal.get(), context.netClock, m_client);
    probe->setAccount(context.tokens.tenantId.isEmpty() ? context.discovery.tenantId
                                                        : context.tokens.tenantId,
                      context.tokens.userObjectId);
    auto createStep = std::make_shared<ProbeStep>();
    auto firstCreate = std::make_shared<ProbeStep>();
    connect(probe, &MeetingProbe::stepFinished, this, [createStep, firstCreate](const ProbeStep &step) {
        if (step.name == QLatin1String("create"))
            *firstCreate = step;
        if (step.name == QLatin1String("create") || step.name == QLatin1String("create-again"))
            *createStep = step;
    });
    CheckContext *shared = &context;
    connect(probe, &MeetingProbe::meetingCreated, this,
            [this, shared, createStep, firstCreate](const QString &meetingId, const QUrl &url) {
                shared->meetingId = meetingId;
                shared->meetingJoinUrl = url;
                m_reported = true;
                const bool answerLost = createStep->name == QLatin1String("create-again");
                CheckResult result = makeResult(CheckStatus::Passed, createdSummary(*createStep, answerLost));
                result = withAttempts(result, createFacts(*firstCreate, *createStep));
                result.observed.httpStatus = createStep->facts.status;
                result.observed.requestId = createStep->facts.requestId;
                result.facts.insert(QStringLiteral("meetingId"), meetingId);
                result.facts.insert(QStringLiteral("joinWebUrl"), url.toString());
                result.facts.insert(QStringLiteral("subject"), MeetingProbe::probeSubject());
                result.facts.insert(QStringLiteral("answerLost"),
                                    answerLost || createStep->facts.status == 200);
                finish(withJournalKeptAside(withLeftovers(result, m_cleanup), journalKeptAside()));
            });
    // Probe meetings of an interrupted earlier run go first, with the token only this check holds.
    const QString token = context.tokens.accessToken;
    probe->cleanupLeftovers(token, m_client, [this, probe, token](const CleanupResult &cleanup) {
        m_cleanup = cleanup;
        probe->run(token, m_client, [this](const MeetingProbeResult &result) { onProbeFinished(result); });
    });
}

QString MeetingCreateCheck::journalKeptAside() const
{
    return m_journal ? m_journal->keptAside() : QString();
}

void MeetingCreateCheck::onProbeFinished(const MeetingProbeResult &probe)
{
    m_probeResult = probe;
    if (m_client)
        m_client->deleteLater();
    if (!m_reported) {
        m_reported = true;
        if (probe.notAvailable) {
            finish(makeResult(CheckStatus::Skipped, tr("not available in that cloud")));
        } else if (probe.created()) {
            // Created, but the signal did not come first: report the creation all the same.
            CheckResult result =
                makeResult(CheckStatus::Passed, tr("Microsoft Graph created the test meeting."));
            result.facts.insert(QStringLiteral("meetingId"), probe.meetingId);
            finish(withJournalKeptAside(withLeftovers(result, m_cleanup), journalKeptAside()));
        } else {
            ProbeStep first;
            ProbeStep last;
            for (const ProbeStep &step : probe.steps) {
                if (step.name == QLatin1String("create"))
                    first = step;
                if (step.name == QLatin1String("create") || step.name == QLatin1String("create-again"))
                    last = step;
            }
            // What the last create was answered, and what FlexO tried before.
            CheckResult result =
                withUncertainCreate(withStep(makeResult(probe.error), probe,
                                             last.name.isEmpty() ? QStringLiteral("create") : last.name),
                                    probe);
            result = withAttempts(result, createFacts(first, last));
            if (result.remedy.kind == RemedyKind::AssignTeamsLicence && result.remedy.target.isEmpty())
                result.remedy.target = m_account;
            finish(withJournalKeptAside(withLeftovers(result, m_cleanup), journalKeptAside()));
        }
    }
    emit probeFinished(probe);
}

void MeetingCreateCheck::cancel()
{
    // The journal keeps any meeting the interrupted probe created, for removal at the next start.
    stopProbe();
}

void MeetingCreateCheck::stopProbe()
{
    delete m_client.data();
}

} // namespace flexo
