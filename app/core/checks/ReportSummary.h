#pragma once

#include "checks/ReportRun.h"
#include "checks/Verification.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What a person needs to know first about a run, in the same words in every report and in the
// diagnose window: whether FlexO can create Teams meetings, what was not verified and why, and a
// client secret that expires soon.
namespace flexo::report {

// MeetingVerdict of the run's results; No when the config could not be read at all.
[[nodiscard]] MeetingVerdict verdictOf(const ReportRun &run);
// "FlexO can create Teams meetings: yes." / "…: no, because Application credentials failed: the
// Secret ID was pasted instead of the Value (AADSTS7000215)." / "…: not verified, because Test
// sign-in and Probe meeting did not run (needs a person at the keyboard to sign in)."
[[nodiscard]] QString verdictSentence(const ReportRun &run);
// "yes", "no", "not verified": for a table column.
[[nodiscard]] QString verdictWord(MeetingVerdict verdict);
// For several runs: "FlexO can create Teams meetings with 1 of 3 connectors (no: 1, not verified: 1)."
[[nodiscard]] QString overallSentence(const QList<ReportRun> &runs);

// One line per check that proved nothing: "Test sign-in: needs a person at the keyboard to sign in".
[[nodiscard]] QStringList unverifiedLines(const ReportRun &run);
// The same in short for a table cell, grouped by reason: "sign-in, refresh (needs a person at the
// keyboard to sign in)"; empty when everything ran.
[[nodiscard]] QString unverifiedShort(const ReportRun &run);

// Client secrets this close to their expiry (or past it) are named at the top of every report.
constexpr int expiryNoticeDays = 30;
// "The client secret expires 2027-01-02 (in 29 days). Replace it before then: …"; empty when the
// expiry is unknown or further away than expiryNoticeDays.
[[nodiscard]] QString expiryNotice(const ReportRun &run, const QDate &today);

} // namespace flexo::report
