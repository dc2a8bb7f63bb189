#include "cli/DiagnoseOptions.h"

#include <QThread>

#include <algorithm>

namespace flexo::cli {

int DiagnoseOptions::defaultJobs()
{
    // Measured with scripts/bench (fake cloud, 50 ms per request): the time of a batch falls until
    // about four configs per core run at once; beyond 32 it no longer falls but the connections grow.
    return std::clamp(4 * QThread::idealThreadCount(), 4, 32);
}

} // namespace flexo::cli
