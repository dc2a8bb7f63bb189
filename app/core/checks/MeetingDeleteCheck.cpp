#include "checks/MeetingDeleteCheck.h"

#include "checks/AttemptFacts.h"
#include "checks/MeetingCreateCheck.h"
#include "graph/MeetingProbe.h"

namespace flexo {

MeetingDeleteCheck::MeetingDeleteCheck(MeetingCreateCheck *create, QObject *parent)
    : Check(parent)
    , m_create(create)
{}

QString MeetingDeleteCheck::title() const
{
    return tr("Delete the test meeting");
}

void MeetingDeleteCheck::start(CheckContext &)
{
    disconnect(m_connection);
    if (!m_create) {
        finish(makeResult(CheckStatus::Skipped, tr("skipped because no test meeting was created")));
        return;
    }
    if (const auto done = m_create->probeResult()) {
        report(*done);
        return;
    }
    m_connection = connect(m_create, &MeetingCreateCheck::probeFinished, this,
                           [this](const MeetingProbeResult &probe) { report(probe); });
}

void MeetingDeleteCheck::report(const MeetingProbeResult &probe)
{
    disconnect(m_connection);
    CheckResult result;
    if (probe.ok() && probe.confirmedGone) {
        // "Nothing was left behind" only when no meeting this run made or found is still there.
        const std::optional<CleanupResult> cleanup = m_create ? m_create->cleanupResult() : std::nullopt;
        QStringList remaining;
        if (cleanup) {
            for (const LeftoverMeeting &leftover : cleanup->remaining)
                remaining << (leftover.meetingId.isEmpty()
                                  ? tr("a meeting not found again (externalId %1)").arg(leftover.externalId)
                                  : QStringLiteral("%1 (%2)").arg(leftover.meetingId,
                                                                  leftover.joinWebUrl.toString()));
        }
        if (remaining.isEmpty()) {
            result = makeResult(
                CheckStatus::Passed,
                tr("The test meeting was deleted (204) and is gone (404): nothing was left behind."));
        } else {
            result = makeResult(CheckStatus::Passed,
                                tr("The test meeting was deleted (204) and is gone (404). Still there from "
                                   "an earlier run: %1.")
                                    .arg(remaining.join(QLatin1String(", "))));
        }
        result.observed.httpStatus = 204;
        // The delete's attempts, or the check that it is gone when only that one needed a retry.
        const ProbeStep *shown = nullptr;
        for (const ProbeStep &step : probe.steps) {
            if (step.name == QLatin1String("delete") ||
                (step.name == QLatin1String("verify-deleted") && step.facts.wasRetried() &&
                 !(shown && shown->facts.wasRetried())))
                shown = &step;
        }
        if (shown)
            result = withAttempts(result, shown->facts);
    } else {
        result =
            makeResult(probe.error.isNull() ? Error::make(QStringLiteral("graph.meeting-not-confirmed-gone"),
                                                          tr("The test meeting could not be confirmed gone."))
                                            : probe.error);
        const ProbeStep *failed = nullptr;
        for (const ProbeStep &step : probe.steps) {
            if (step.ok())
                continue;
            failed = &step;
            result.observed.httpStatus = step.facts.status;
            result.observed.requestId = step.facts.requestId;
            result.observed.graphCode = step.graphCode;
        }
        if (failed && failed->name != QLatin1String("create") &&
            failed->name != QLatin1String("create-again"))
            result = withAttempts(result, failed->facts);
        if (probe.created()) {
            // Name what may be left: the id and the join link are the only ways to find it.
            result.fix =
                tr("The test meeting %1 (join link %2) may still be in the signed-in account: delete "
                   "the \"%3\" meeting in Teams or Outlook. The next run also tries again.")
                    .arg(probe.meetingId, probe.joinWebUrl.toString(), MeetingProbe::probeSubject());
        }
    }
    if (!probe.meetingId.isEmpty())
        result.facts.insert(QStringLiteral("meetingId"), probe.meetingId);
    if (!probe.externalId.isEmpty())
        result.facts.insert(QStringLiteral("externalId"), probe.externalId);
    if (probe.created() && !probe.confirmedGone) {
        result.facts.insert(QStringLiteral("leftBehind"), true);
        result.facts.insert(QStringLiteral("joinWebUrl"), probe.joinWebUrl.toString());
    }
    finish(result);
}

void MeetingDeleteCheck::cancel()
{
    // The probe goes on deleting in the background; its journal covers an interrupted delete.
    disconnect(m_connection);
}

} // namespace flexo
