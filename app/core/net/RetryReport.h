#pragma once

#include "net/HttpResult.h"

#include <QCoreApplication>
#include <QString>

namespace flexo {

// What the retry policy did for one request, in an admin's words, from its HttpFacts: the same
// sentences for every check, in every report.
class RetryReport
{
    Q_DECLARE_TR_FUNCTIONS(RetryReport)

public:
    // "HTTP 503, AADSTS90033, request id 1f2e…, correlation id 9a8b…, Retry-After 1 s";
    // "no answer before the time-out"; "the connection closed before the answer";
    // "HTTP 502, an error page of a proxy or gateway (squid/5.7)".
    [[nodiscard]] static QString answer(const HttpAttempt &attempt);
    // "one retry: HTTP 503, AADSTS90033, request id …" or "2 retries: …; …"; empty without retries.
    [[nodiscard]] static QString retries(const HttpFacts &facts);
    // "2 attempts over 1.2 s".
    [[nodiscard]] static QString tried(const HttpFacts &facts);
    // "POST https://login.microsoftonline.com/…/oauth2/v2.0/token" (the URL is redacted).
    [[nodiscard]] static QString endpoint(const HttpFacts &facts);
    // "1 s", "0.5 s", "2.1 s".
    [[nodiscard]] static QString seconds(qint64 ms);
};

} // namespace flexo
