#include "net/RetryPolicy.h"

#include <algorithm>

namespace flexo {

RetryPolicy RetryPolicy::identity()
{
    RetryPolicy policy;
    policy.maxRetries = 1;
    policy.statuses = Statuses::ServerErrors;
    policy.transportFailures = true;
    policy.firstWaitMs = 1000;
    policy.retryAfterCapMs = 5000;
    policy.waitCapForLongerRetryAfter = true;
    return policy;
}

RetryPolicy RetryPolicy::graph()
{
    RetryPolicy policy;
    policy.maxRetries = 3;
    policy.statuses = Statuses::Throttling;
    policy.transportFailures = true;
    policy.firstWaitMs = 1000;
    policy.exponentialBackoff = true;
    policy.maxBackoffMs = 8000;
    policy.retryAfterCapMs = 30000;
    policy.waitCapForLongerRetryAfter = false;
    return policy;
}

bool RetryPolicy::retriesStatus(int status) const
{
    switch (statuses) {
    case Statuses::None:
        return false;
    case Statuses::ServerErrors:
        return status >= 500 && status <= 599;
    case Statuses::Throttling:
        return status == 429 || status == 503 || status == 504;
    }
    return false;
}

std::optional<qint64> RetryPolicy::waitBefore(int repeat, qint64 retryAfterMs, double random) const
{
    if (repeat < 0 || repeat >= maxRetries)
        return std::nullopt;
    if (retryAfterMs >= 0) {
        if (retryAfterMs <= retryAfterCapMs)
            return retryAfterMs;
        if (waitCapForLongerRetryAfter)
            return retryAfterCapMs;
        return std::nullopt;
    }
    if (!exponentialBackoff)
        return firstWaitMs;
    const qint64 nominal = std::min(maxBackoffMs, firstWaitMs << std::min(repeat, 20));
    // Between half and all of the nominal wait, so that clients that failed together do not all
    // come back at the same moment.
    const double spread = std::clamp(random, 0.0, 1.0);
    return nominal / 2 + qint64(spread * double(nominal - nominal / 2));
}

qint64 RetryPolicy::longestMs(qint64 attemptTimeoutMs) const
{
    qint64 total = qint64(maxRetries + 1) * attemptTimeoutMs;
    for (int repeat = 0; repeat < maxRetries; ++repeat) {
        const qint64 backoff =
            exponentialBackoff ? std::min(maxBackoffMs, firstWaitMs << std::min(repeat, 20)) : firstWaitMs;
        total += std::max(backoff, retryAfterCapMs);
    }
    return total;
}

} // namespace flexo
