#pragma once

#include "checks/ReportRun.h"

#include <QCoreApplication>
#include <QVariant>

// Small pieces shared by the report formats, so they all say the same thing the same way.
namespace flexo::report {

// The words of the reports, in one translation context.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::Report)
};

// "230 ms", "1.4 s".
[[nodiscard]] QString duration(qint64 ms);
// "2027-06-30 (in 576 days)", "2025-01-31 (expired 670 days ago)", "unknown".
[[nodiscard]] QString expiry(const QDate &expiry, const QDate &today);
// "Zx8… (40 characters)", "Zx8… (not available)", "(none)".
[[nodiscard]] QString secret(const ReportRun &run);
// "8eaef023-… (stluc.onmicrosoft.com)".
[[nodiscard]] QString tenant(const ReportRun &run);
// A fact as one line of text: string lists joined by ", ", records as "Label: value, …" joined by "; ".
[[nodiscard]] QString factText(const QVariant &value);
// What was observed on the wire, as "HTTP 401, AADSTS7000215, trace id …"; empty when nothing.
[[nodiscard]] QString observed(const CheckObservation &observation);
// "app-credentials (AADSTS7000215)" for the first failed check, "" when none failed.
[[nodiscard]] QString firstFailure(const ReportRun &run);
// The runs sorted worst first, keeping the given order among equals.
[[nodiscard]] QList<const ReportRun *> worstFirst(const QList<ReportRun> &runs);
// The label of a run: its source, else its tenant.
[[nodiscard]] QString runName(const ReportRun &run, int index);

} // namespace flexo::report
