#pragma once

#include "checks/Check.h"
#include "graph/CleanupJournal.h"
#include "graph/ProbeResult.h"

#include <QPointer>

#include <optional>

namespace flexo {

class GraphClient;
class HttpClient;
class MeetingProbe;

// "meeting-create": POST /me/onlineMeetings/createOrGet with the signed-in person's token and a new
// externalId returns 201 (or 200, the same meeting, after a lost answer) with an id and a join link.
// Earlier runs' leftovers of this account are removed first. The probe then deletes the meeting on
// its own, which "meeting-delete" reports. In a cloud without online meetings (China) the check is
// skipped and says so.
class MeetingCreateCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~MeetingCreateCheck() override;

    CheckId id() const override { return CheckId::MeetingCreate; }
    QString title() const override;
    // Create, delete with retries and the check that it is gone: allow for Graph's Retry-After.
    std::chrono::milliseconds timeout() const override { return std::chrono::minutes(2); }
    void start(CheckContext &context) override;
    void cancel() override;

    // Where probe meetings are journaled until deleted; default ConfigPaths::cleanupJournalFile().
    void setJournalPath(const QString &path) { m_journalPath = path; }

    // For meeting-delete: the whole probe's outcome, once known.
    [[nodiscard]] std::optional<MeetingProbeResult> probeResult() const { return m_probeResult; }
    // For meeting-delete: what became of earlier runs' probe meetings, once known.
    [[nodiscard]] std::optional<CleanupResult> cleanupResult() const { return m_cleanup; }

signals:
    void probeFinished(const flexo::MeetingProbeResult &result);

private:
    void onProbeFinished(const MeetingProbeResult &result);
    void stopProbe();
    [[nodiscard]] QString journalKeptAside() const;

    QString m_journalPath;
    QPointer<HttpClient> m_client;
    std::unique_ptr<CleanupJournal> m_journal;
    bool m_reported = false;
    QString m_account; // who signed in: the account a licence remedy names
    std::optional<MeetingProbeResult> m_probeResult;
    std::optional<CleanupResult> m_cleanup; // earlier runs' probe meetings, removed before this one
};

} // namespace flexo
