#include "checks/MeetingDeleteCheck.h"

#include "checks/MeetingCreateCheck.h"

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
    if (probe.ok()) {
        result =
            makeResult(CheckStatus::Passed,
                       tr("The test meeting was deleted (204) and is gone (404): nothing was left behind."));
        result.observed.httpStatus = 204;
    } else {
        result = makeResult(probe.error);
        for (const ProbeStep &step : probe.steps) {
            if (step.ok())
                continue;
            result.observed.httpStatus = step.facts.status;
            result.observed.requestId = step.facts.requestId;
            result.observed.graphCode = step.graphCode;
            break;
        }
        if (probe.leftBehind) {
            result.fix =
                tr("Delete the meeting \"%1\" in Teams or Outlook (join link below); it will also be "
                   "offered for deletion at the next start.")
                    .arg(QStringLiteral("FlexO connection test"));
        }
    }
    if (!probe.meetingId.isEmpty())
        result.facts.insert(QStringLiteral("meetingId"), probe.meetingId);
    if (probe.leftBehind) {
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
