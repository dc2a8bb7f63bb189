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
                finish(result);
            });
    probe->run(context.tokens.accessToken, m_client,
               [this](const MeetingProbeResult &result) { onProbeFinished(result); });
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
            finish(result);
        } else {
            finish(withStep(makeResult(probe.error), probe, QStringLiteral("create")));
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
