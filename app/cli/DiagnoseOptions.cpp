#include "cli/DiagnoseOptions.h"

#include <QThread>

#include <algorithm>

namespace flexo::cli {

int DiagnoseOptions::defaultJobs()
{
    // A config spends most of its time waiting for answers. Measured with scripts/bench (fake cloud,
    // 50 ms per request, 2 cores): 200 configs take 5.3 s with 8 at once, 2.8 s with 16, 1.9 s with
    // 32; 64 is no faster than 32 (1000 configs: 11.5 s against 12.1 s) but doubles the connections.
    return std::clamp(16 * QThread::idealThreadCount(), 16, 32);
}

} // namespace flexo::cli
