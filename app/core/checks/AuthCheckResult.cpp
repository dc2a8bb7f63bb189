#include "checks/AuthCheckResult.h"

#include "checks/AttemptFacts.h"

namespace flexo {

CheckResult checkResultFromAuth(CheckResult base, const AuthResult &auth)
{
    CheckResult result = std::move(base);
    result.facts.insert(auth.facts);
    result.observed.httpStatus = auth.observed.httpStatus;
    result.observed.aadsts = auth.observed.aadstsCode();
    result.observed.oauthError = auth.observed.error;
    result.observed.traceId = auth.observed.traceId;
    result.observed.correlationId = auth.observed.correlationId;
    result.observed.timestamp = auth.observed.timestamp;
    result.helpUrl = auth.helpUrl;
    if (auth.ok()) {
        result.status = CheckStatus::Passed;
        result.summary = auth.summary;
        return withAttempts(result, auth.http);
    }
    result.status = CheckStatus::Failed;
    result.summary = auth.error.message;
    result.cause = auth.error.cause;
    result.fix = auth.error.fix;
    result.remedy = auth.error.remedy;
    if (!auth.error.code.isEmpty())
        result.facts.insert(QStringLiteral("errorCode"), auth.error.code);
    if (result.observed.aadsts.isEmpty() && auth.error.code.startsWith(QLatin1String("AADSTS")))
        result.observed.aadsts = auth.error.code;
    return withAttempts(result, auth.http);
}

} // namespace flexo
