#include "checks/RedirectUrisCheck.h"

#include "auth/RedirectUriPrecheck.h"
#include "auth/SignInSession.h"
#include "checks/CheckContext.h"
#include "net/HttpClient.h"

#include <QVariantList>

namespace flexo {

namespace {

QVariantMap verdictFacts(const RedirectUriVerdict &verdict)
{
    QVariantMap facts;
    facts.insert(QStringLiteral("uri"), verdict.target.uri);
    facts.insert(QStringLiteral("usedBy"),
                 verdict.target.testSignIn ? QStringLiteral("test-sign-in") : QStringLiteral("flexo"));
    facts.insert(QStringLiteral("outcome"), RedirectUriVerdict::outcomeName(verdict.outcome));
    if (verdict.facts.status > 0)
        facts.insert(QStringLiteral("httpStatus"), verdict.facts.status);
    if (!verdict.observed.aadstsCode().isEmpty())
        facts.insert(QStringLiteral("aadsts"), verdict.observed.aadstsCode());
    if (!verdict.observed.correlationId.isEmpty())
        facts.insert(QStringLiteral("correlationId"), verdict.observed.correlationId);
    return facts;
}

} // namespace

RedirectUrisCheck::~RedirectUrisCheck()
{
    cancel();
}

QString RedirectUrisCheck::title() const
{
    return tr("Redirect URIs");
}

RedirectUriPrecheckRequest redirectUriPrecheckRequest(const CheckContext &context, int timeoutMs)
{
    RedirectUriPrecheckRequest request;
    request.authorizationEndpoint = context.discovery.authorizationEndpoint;
    request.clientId = context.config.clientId;
    request.tenant = context.config.tenant();
    request.scope = SignInSession::requestedScope(context.discovery.graphResource);
    request.uris = RedirectUriPrecheck::urisOf(context.config);
    request.timeoutMs = timeoutMs;
    return request;
}

void RedirectUrisCheck::start(CheckContext &context)
{
    cancel();
    Error networkError;
    HttpClient *client = createHttpClient(context, &networkError);
    if (!client) {
        fail(networkError);
        return;
    }
    const RedirectUriPrecheckRequest request =
        redirectUriPrecheckRequest(context, client->options().timeoutMs);
    if (request.uris.isEmpty()) {
        client->deleteLater();
        CheckResult result = makeResult(CheckStatus::Skipped, tr("There is no redirect URI to check."));
        result.skipReason = SkipReason::NotAvailable;
        finish(result);
        return;
    }
    auto *precheck = new RedirectUriPrecheck(client, client);
    m_precheck = precheck;
    CheckContext *shared = &context;
    precheck->check(request, precheck,
                    [this, precheck, client, shared](const QList<RedirectUriVerdict> &verdicts) {
                        if (m_precheck != precheck)
                            return; // cancelled
                        m_precheck = nullptr;
                        client->deleteLater();
                        shared->redirectUriVerdicts = verdicts;
                        finish(resultFor(verdicts));
                    });
}

CheckResult RedirectUrisCheck::resultFor(const QList<RedirectUriVerdict> &verdicts) const
{
    QVariantList listed;
    QList<const RedirectUriVerdict *> failures;
    QStringList unknown;
    for (const RedirectUriVerdict &verdict : verdicts) {
        listed << verdictFacts(verdict);
        if (verdict.isFailure())
            failures << &verdict;
        else if (verdict.outcome == RedirectUriVerdict::Outcome::Unknown)
            unknown << verdict.target.uri;
    }

    CheckResult result;
    if (!failures.isEmpty()) {
        const RedirectUriVerdict &first = *failures.first();
        result = makeResult(first.error);
        if (failures.size() > 1) {
            QStringList uris;
            for (const RedirectUriVerdict *failure : std::as_const(failures))
                uris << failure->target.uri;
            result.summary = tr("Entra refuses %n of the redirect URIs: %1.", nullptr, int(failures.size()))
                                 .arg(uris.join(QStringLiteral(", ")));
            result.cause = first.error.message + QLatin1Char(' ') + first.error.cause;
        }
        result.observed.httpStatus = first.facts.status;
        result.observed.correlationId = first.observed.correlationId;
        result.observed.traceId = first.observed.traceId;
    } else if (!unknown.isEmpty()) {
        result = makeResult(
            CheckStatus::Warning,
            tr("%n redirect URI(s) could not be pre-checked: %1.", nullptr, int(unknown.size()))
                .arg(unknown.join(QStringLiteral(", "))),
            tr("The sign-in service answered with a page that is neither its sign-in page nor an error "
               "naming an AADSTS code, or did not answer."),
            tr("Nothing is known to be wrong. The interactive test sign-in proves the test sign-in's URI; "
               "check FlexO's redirect URIs on the app registration's Web platform by eye."));
    } else {
        result = makeResult(CheckStatus::Passed, tr("Entra accepts all %n redirect URI(s) for this app.",
                                                    nullptr, int(verdicts.size())));
    }
    result.facts.insert(QStringLiteral("redirectUris"), listed);
    return result;
}

void RedirectUrisCheck::cancel()
{
    if (!m_precheck)
        return;
    m_precheck->cancel();
    m_precheck->parent()->deleteLater(); // the client, and the pre-check with it
    m_precheck = nullptr;
}

} // namespace flexo
