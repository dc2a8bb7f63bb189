#include "checks/AttemptFacts.h"

#include "net/RetryReport.h"

#include <QCoreApplication>

namespace flexo {

namespace {

// The context of this file's texts (the catalogues' "flexo::AttemptFacts").
struct AttemptText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::AttemptFacts)
};

bool failedOnAFault(const HttpFacts &facts)
{
    return facts.wasRetried() || facts.status == 0 || facts.status == 429 || facts.status >= 500 ||
           !facts.intermediary.isEmpty();
}

} // namespace

CheckResult withAttempts(CheckResult result, const HttpFacts &facts)
{
    if (facts.attempts == 0)
        return result;
    result.facts.insert(QStringLiteral("endpoint"), RetryReport::endpoint(facts));
    result.facts.insert(QStringLiteral("attempts"), facts.attempts);
    if (facts.wasRetried()) {
        QStringList answers;
        for (const HttpAttempt &attempt : facts.retried)
            answers << RetryReport::answer(attempt);
        result.facts.insert(QStringLiteral("retriedAnswers"), answers);
    }
    if (!facts.intermediary.isEmpty())
        result.facts.insert(QStringLiteral("answeredBy"), facts.intermediary);
    if (facts.heldBackMs > 0)
        result.facts.insert(QStringLiteral("heldBackMs"), facts.heldBackMs);

    if (result.status == CheckStatus::Passed) {
        if (facts.wasRetried())
            result.summary =
                QStringLiteral("%1 %2")
                    .arg(result.summary, AttemptText::tr("Passed after %1.").arg(RetryReport::retries(facts)))
                    .trimmed();
        return result;
    }
    if (result.status != CheckStatus::Failed || !failedOnAFault(facts))
        return result;
    result.facts.insert(QStringLiteral("triedMs"), facts.durationMs);
    const QString tried = AttemptText::tr("FlexO tried %1: %2; the last answer: %3.")
                              .arg(RetryReport::endpoint(facts), RetryReport::tried(facts),
                                   RetryReport::answer(facts.lastAttempt()));
    result.cause = result.cause.isEmpty() ? tried : result.cause + QLatin1Char(' ') + tried;
    if (result.observed.httpStatus == 0)
        result.observed.httpStatus = facts.status;
    if (result.observed.requestId.isEmpty() && result.observed.traceId != facts.requestId)
        result.observed.requestId = facts.requestId;
    if (result.observed.correlationId.isEmpty())
        result.observed.correlationId = facts.correlationId;
    return result;
}

} // namespace flexo
