#include "cli/DiagnoseOptions.h"

#include <QThread>

#include <algorithm>

namespace flexo::cli {

int DiagnoseOptions::defaultJobs()
{
    // A config spends most of its time waiting for answers, so many run at once; each tenant still
    // gets at most jobsPerTenant. Measured with scripts/bench (fake cloud, 50 ms per request, 2 cores,
    // optimised build), medians of 5 to 8 runs: 200 configs take 0.75-0.80 s with 64 at once and
    // 0.66-0.75 s with 96; 112 or 128 are no faster (the process is then busy, not waiting) but open
    // more connections.
    return std::clamp(48 * QThread::idealThreadCount(), 48, maxJobs);
}

bool DiagnoseOptions::isPlugin() const
{
    return reports.size() == 1 && reports.first().format == ReportRenderer::Format::Nagios;
}

bool DiagnoseOptions::hasMachineReport() const
{
    return std::any_of(reports.cbegin(), reports.cend(), [](const ReportTarget &report) {
        return report.format == ReportRenderer::Format::Json ||
               report.format == ReportRenderer::Format::Nagios ||
               report.format == ReportRenderer::Format::Prometheus;
    });
}

} // namespace flexo::cli
