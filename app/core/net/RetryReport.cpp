#include "net/RetryReport.h"

#include <QStringList>

namespace flexo {

QString RetryReport::seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString RetryReport::answer(const HttpAttempt &attempt)
{
    QStringList parts;
    if (attempt.status == 0) {
        if (attempt.failure == QLatin1String("net.timeout"))
            parts << tr("no answer before the time-out");
        else if (attempt.failure == QLatin1String("net.connection-dropped"))
            parts << tr("the connection closed before the answer");
        else
            parts << (attempt.failure.isEmpty() ? tr("no answer") : attempt.failure);
        return parts.join(QStringLiteral(", "));
    }
    parts << QStringLiteral("HTTP %1").arg(attempt.status);
    if (!attempt.intermediary.isEmpty())
        parts << tr("an error page of a proxy or gateway (%1)").arg(attempt.intermediary);
    if (!attempt.serviceCode.isEmpty())
        parts << attempt.serviceCode;
    if (!attempt.requestId.isEmpty())
        parts << tr("request id %1").arg(attempt.requestId);
    if (!attempt.correlationId.isEmpty() && attempt.correlationId != attempt.requestId)
        parts << tr("correlation id %1").arg(attempt.correlationId);
    if (attempt.retryAfterMs >= 0)
        parts << tr("Retry-After %1").arg(seconds(attempt.retryAfterMs));
    return parts.join(QStringLiteral(", "));
}

QString RetryReport::retries(const HttpFacts &facts)
{
    if (facts.retried.isEmpty())
        return {};
    QStringList answers;
    for (const HttpAttempt &attempt : facts.retried)
        answers << answer(attempt);
    if (answers.size() == 1)
        return tr("one retry: %1").arg(answers.first());
    return tr("%n retries: %1", nullptr, int(answers.size())).arg(answers.join(QStringLiteral("; ")));
}

QString RetryReport::tried(const HttpFacts &facts)
{
    return tr("%n attempt(s) over %1", nullptr, facts.attempts).arg(seconds(facts.durationMs));
}

QString RetryReport::endpoint(const HttpFacts &facts)
{
    return QStringLiteral("%1 %2").arg(facts.method, facts.url).trimmed();
}

} // namespace flexo
