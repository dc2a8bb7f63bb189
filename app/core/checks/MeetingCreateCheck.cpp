#include "checks/MeetingCreateCheck.h"

#include "checks/CheckContext.h"
#include "cloud/CloudCatalog.h"
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
    if (!cleanup || (cleanup->deleted.isEmpty() && cleanup->remaining.isEmpty()))
        return result;
    result.facts.insert(QStringLiteral("leftoversRemoved"), int(cleanup->deleted.size()));
    const int removed = int(cleanup->deleted.size());
    if (removed == 1)
        result.summary +=
            QLatin1Char(' ') + MeetingCreateCheck::tr("Removed 1 probe meeting left by an earlier run.");
    else if (removed > 1)
        result.summary +=
            QLatin1Char(' ') +
            MeetingCreateCheck::tr("Removed %1 probe meetings left by earlier runs.").arg(removed);
    if (cleanup->remaining.isEmpty())
        return result;
    QStringList ids;
    QStringList links;
    for (const LeftoverMeeting &leftover : cleanup->remaining) {
        ids << leftover.meetingId;
        links << leftover.joinWebUrl.toString();
    }
    result.facts.insert(QStringLiteral("leftoverMeetingIds"), ids);
    result.facts.insert(QStringLiteral("leftoverJoinWebUrls"), links);
    if (result.status == CheckStatus::Passed) {
        result.status = CheckStatus::Warning;
        result.cause =
            MeetingCreateCheck::tr(
                "A test meeting left by an earlier, interrupted run could not be removed: %1 (%2).")
                .arg(ids.join(QLatin1String(", ")), links.join(QLatin1String(", ")));
        result.fix = MeetingCreateCheck::tr("Delete that meeting in Teams or Outlook; it is safe to delete. "
                                            "The next diagnose run also tries again.");
    }
    return result;
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

    const Result<CloudInfo> cloud = CloudCatalog::forConfig(context.config);
    if (!cloud.ok()) {
        fail(cloud.error());
        return;
    }
    if (!cloud.value().onlineMeetingsAvailable || !context.discovery.onlineMeetingsAvailable) {
        const Error why = CloudCatalog::meetingsNotAvailable(cloud.value());
        CheckResult result = makeResult(CheckStatus::Skipped, tr("not available in that cloud"), why.message);
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
    m_journal = std::make_unique<CleanupJournal>(m_journalPath.isEmpty() ? CleanupJournal::defaultFilePath()
                                                                         : m_journalPath);
    auto *probe = new MeetingProbe(graph, m_journal.get(), nullptr, m_client);
    probe->setTenant(context.discovery.tenantId.isEmpty() ? context.config.tenant()
                                                          : context.discovery.tenantId);
    CheckContext *shared = &context;
    connect(probe, &MeetingProbe::meetingCreated, this,
            [this, shared](const QString &meetingId, const QUrl &url) {
                shared->meetingId = meetingId;
                shared->meetingJoinUrl = url;
                m_reported = true;
                CheckResult result = makeResult(
                    CheckStatus::Passed, tr("Microsoft Graph created the test meeting (201): the permission "
                                            "OnlineMeetings.ReadWrite works."));
                result.observed.httpStatus = 201;
                result.facts.insert(QStringLiteral("meetingId"), meetingId);
                result.facts.insert(QStringLiteral("joinWebUrl"), url.toString());
                result.facts.insert(QStringLiteral("subject"), MeetingProbe::probeSubject());
                finish(withLeftovers(result, m_cleanup));
            });
    // Probe meetings of an interrupted earlier run go first, with the token only this check holds.
    const QString token = context.tokens.accessToken;
    probe->cleanupLeftovers(token, m_client, [this, probe, token](const CleanupResult &cleanup) {
        m_cleanup = cleanup;
        probe->run(token, m_client, [this](const MeetingProbeResult &result) { onProbeFinished(result); });
    });
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
            finish(withLeftovers(result, m_cleanup));
        } else {
            finish(
                withLeftovers(withStep(makeResult(probe.error), probe, QStringLiteral("create")), m_cleanup));
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
