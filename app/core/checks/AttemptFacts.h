#pragma once

#include "checks/CheckResult.h"
#include "net/HttpResult.h"

namespace flexo {

// `result` completed with what its request went through on the wire, the same way for every check:
// a check that passed after a retry says so in its summary ("Passed after one retry: HTTP 503,
// AADSTS90033, request id …"); one that failed on a temporary fault (no answer, a proxy's page, 429,
// 5xx, or after retries) names the endpoint, how often and how long FlexO tried, and the last answer
// with its ids. Facts: "endpoint", "attempts", "retriedAnswers", "answeredBy", "triedMs", and
// "heldBackMs" when the request waited because its service had asked another request of the run to
// (Retry-After): the time a fleet run's check spent waiting is then explained, not a mystery.
[[nodiscard]] CheckResult withAttempts(CheckResult result, const HttpFacts &facts);

} // namespace flexo
