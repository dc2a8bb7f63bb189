#include "auth/TokenEndpointErrors.h"

#include "net/RetryReport.h"

#include <QUrl>

namespace flexo {

namespace {

QString hostOf(const HttpFacts &facts)
{
    const QString host = QUrl(facts.url).host();
    return host.isEmpty() ? facts.url : host;
}

QString detailOf(const EntraError &entra, const HttpFacts &facts)
{
    return QStringLiteral("%1 -> HTTP %2 %3 %4, trace %5, correlation %6, client-request-id %7; %8 attempts "
                          "in %9 ms%10")
        .arg(RetryReport::endpoint(facts))
        .arg(entra.httpStatus)
        .arg(entra.error, entra.aadstsCode(), entra.traceId, entra.correlationId, facts.clientRequestId)
        .arg(facts.attempts)
        .arg(facts.durationMs)
        .arg(facts.wasRetried() ? QStringLiteral("; ") + RetryReport::retries(facts) : QString());
}

// "HTTP 503, AADSTS90033 (A transient error has occurred.)"
QString answerOf(const EntraError &entra)
{
    QString text = QStringLiteral("HTTP %1").arg(entra.httpStatus);
    if (!entra.aadstsCode().isEmpty())
        text += QStringLiteral(", ") + entra.aadstsCode();
    const QString said = entra.shortDescription();
    if (!said.isEmpty())
        text += QStringLiteral(" (%1)").arg(said);
    return text;
}

// "Give support the correlation id … and the request id …."
QString idsForSupport(const EntraError &entra, const HttpFacts &facts)
{
    const QString requestId = entra.traceId.isEmpty() ? facts.requestId : entra.traceId;
    if (!entra.correlationId.isEmpty() && !requestId.isEmpty())
        return TokenEndpointErrors::tr("Give support the correlation id %1 and the request id %2.")
            .arg(entra.correlationId, requestId);
    if (!requestId.isEmpty())
        return TokenEndpointErrors::tr("Give support the request id %1.").arg(requestId);
    return TokenEndpointErrors::tr("Give support the client request id %1.").arg(facts.clientRequestId);
}

} // namespace

Error TokenEndpointErrors::unavailable(const EntraError &entra, const HttpFacts &facts)
{
    const QString host = hostOf(facts);
    if (entra.httpStatus == 429) {
        return Error::make(
            QStringLiteral("auth.token.unavailable"),
            tr("Microsoft's token endpoint at %1 is throttling requests: %2, %3.")
                .arg(host, answerOf(entra), RetryReport::tried(facts)),
            facts.retryAfterMs >= 0
                ? tr("Too many sign-in requests for this application or tenant in a short time; Microsoft "
                     "asks to wait %1.")
                      .arg(RetryReport::seconds(facts.retryAfterMs))
                : tr("Too many sign-in requests for this application or tenant in a short time."),
            tr("Wait a few minutes, then run the check again. %1").arg(idsForSupport(entra, facts)),
            detailOf(entra, facts));
    }
    return Error::make(
        QStringLiteral("auth.token.unavailable"),
        tr("Microsoft's token endpoint at %1 did not issue a token: %2, %3.")
            .arg(host, answerOf(entra), RetryReport::tried(facts)),
        tr("A temporary failure of Microsoft's sign-in service, not a problem of the configuration."),
        tr("Run the check again in a few minutes; if it keeps failing, look at Microsoft's service health "
           "page. %1")
            .arg(idsForSupport(entra, facts)),
        detailOf(entra, facts));
}

Error TokenEndpointErrors::codeUsedByLostAnswer(const EntraError &entra, const HttpFacts &facts)
{
    const QString lost =
        facts.retried.isEmpty() ? tr("no answer") : RetryReport::answer(facts.retried.first());
    return Error::make(
        QStringLiteral("auth.signin.code-used-by-lost-answer"),
        tr("The test sign-in could not be completed: the answer to the redemption of its sign-in code "
           "was lost on the way (%1), and a sign-in code can be used only once.")
            .arg(lost),
        tr("FlexO sent the code to %1 again, and Microsoft answered that it was already redeemed (%2): the "
           "first request had reached it, but its tokens never arrived. This says nothing against the "
           "app registration.")
            .arg(hostOf(facts),
                 entra.aadstsCode().isEmpty() ? QStringLiteral("AADSTS54005") : entra.aadstsCode()),
        tr("Run the test sign-in again. %1").arg(idsForSupport(entra, facts)), detailOf(entra, facts));
}

} // namespace flexo
