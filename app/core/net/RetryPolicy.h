#pragma once

#include <QtGlobal>

#include <optional>

namespace flexo {

// When a request is sent again after a transient failure, and after how long. The product has three
// rules, each chosen by the service that builds the request (the table is in net/README.md):
//  - identity(): the discovery document and every token request (client credentials, code
//    redemption, refresh), as Microsoft's MSAL does: once more after an HTTP 500-599, after the
//    Retry-After it was given (capped) or one second;
//  - graph(): Microsoft Graph reads and deletes, as the Graph SDKs do: up to three times more after
//    429, 503 or 504, after Retry-After or a bounded exponential backoff with jitter;
//  - none(): everything else, the meeting create in particular (see HttpRequest::retryAfterSent).
// A connection closed or reset before any answer, a request that timed out without one, and a
// proxy's own error page (5xx) count as transient where `transportFailures` is set.
struct RetryPolicy
{
    enum class Statuses {
        None,
        ServerErrors, // 500-599
        Throttling,   // 429, 503, 504
    };

    int maxRetries = 0; // 0: never repeat
    Statuses statuses = Statuses::None;
    bool transportFailures = false;  // reset, closed or timed out before any answer; a proxy's 5xx page
    qint64 firstWaitMs = 1000;       // wait when the answer has no usable Retry-After
    bool exponentialBackoff = false; // doubles per repeat up to maxBackoffMs, each wait 50-100 % of that
    qint64 maxBackoffMs = 1000;
    qint64 retryAfterCapMs = 0; // the longest Retry-After that is waited as asked
    // A longer Retry-After: wait the cap (true), or give up and report the answer (false).
    bool waitCapForLongerRetryAfter = false;

    [[nodiscard]] static RetryPolicy none() { return {}; }
    [[nodiscard]] static RetryPolicy identity();
    [[nodiscard]] static RetryPolicy graph();

    [[nodiscard]] bool retriesStatus(int status) const;
    // The wait before repeat number `repeat` (0 for the first), or nothing when the policy gives up.
    // `retryAfterMs` is the answer's Retry-After (-1: none); `random` in [0, 1) spreads the backoff.
    [[nodiscard]] std::optional<qint64> waitBefore(int repeat, qint64 retryAfterMs, double random) const;
    // The longest one call under this policy can take when each attempt ends within
    // `attemptTimeoutMs` (all attempts and every wait the policy accepts).
    [[nodiscard]] qint64 longestMs(qint64 attemptTimeoutMs) const;
};

} // namespace flexo
