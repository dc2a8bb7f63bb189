#include "cli/DiagnoseOptions.h"

#include <QThread>

#include <algorithm>

namespace flexo::cli {

int DiagnoseOptions::defaultJobs()
{
    // A config spends most of its time waiting for answers, so many run at once; each tenant still
    // gets at most jobsPerTenant. Measured with scripts/bench (fake cloud, 50 ms per request, 2 cores,
    // optimised build): 200 configs take 1.3 s with 32 at once and 0.9 s with 64; 100 or 128 are no
    // faster (the process is then busy, not waiting) but open more connections.
    return std::clamp(32 * QThread::idealThreadCount(), 32, 64);
}

} // namespace flexo::cli
