#include "auth/RedirectUriPrecheck.h"

#include "auth/AadstsCatalog.h"
#include "auth/AuthorizePage.h"
#include "common/AddressRules.h"
#include "common/Logging.h"
#include "config/ConnectorConfig.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace flexo {

namespace {

constexpr int kMaxQuotedChars = 300;

// Entra redirects only to a registered address: a redirect to the URI itself (the port of a
// loopback URI aside, as Entra matches them) means the URI was accepted.
bool isRedirectTo(const QUrl &location, const QString &uri)
{
    const QUrl wanted(uri);
    if (!location.isValid() || location.isRelative() || !wanted.isValid())
        return false;
    if (location.scheme().compare(wanted.scheme(), Qt::CaseInsensitive) != 0 ||
        location.host().compare(wanted.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = wanted.scheme() == QLatin1String("https") ? 443 : 80;
    if (!address::isLoopbackRedirectHost(wanted.host()) &&
        location.port(defaultPort) != wanted.port(defaultPort))
        return false;
    const QString a = location.path().isEmpty() ? QStringLiteral("/") : location.path();
    const QString b = wanted.path().isEmpty() ? QStringLiteral("/") : wanted.path();
    return a == b;
}

QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > kMaxQuotedChars)
        shown = shown.left(kMaxQuotedChars - 1) + QChar(0x2026);
    return shown;
}

// The URI as the admin registers it: a loopback URI without its port (Entra ignores it there).
QString uriToRegister(const QString &uri)
{
    const QUrl url(uri);
    return address::isLoopbackRedirectHost(url.host()) ? url.toString(QUrl::RemovePort | QUrl::FullyEncoded)
                                                       : uri;
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

} // namespace

QString RedirectUriVerdict::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::NotRegistered:
        return QStringLiteral("not-registered");
    case Outcome::AppNotInTenant:
        return QStringLiteral("app-not-in-tenant");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

RedirectUriPrecheck::RedirectUriPrecheck(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RedirectUriPrecheck::~RedirectUriPrecheck()
{
    cancel();
}

QList<RedirectUriToCheck> RedirectUriPrecheck::urisOf(const ConnectorConfig &config)
{
    QList<RedirectUriToCheck> uris;
    QStringList seen;
    const auto add = [&](QString uri, bool testSignIn) {
        uri = uri.trimmed();
        if (uri.isEmpty() || seen.contains(uri))
            return;
        seen << uri;
        uris << RedirectUriToCheck{uri, testSignIn};
    };
    QUrl signIn(config.signInRedirectUri.trimmed());
    if (signIn.isValid() && !signIn.isRelative()) {
        // As the test sign-in sends it: Entra answers a path-less URI with a trailing slash.
        if (signIn.path().isEmpty())
            signIn.setPath(QStringLiteral("/"));
        add(signIn.toString(QUrl::FullyEncoded), true);
    }
    for (const QString &uri : config.redirectUris)
        add(uri, false);
    return uris;
}

QUrl RedirectUriPrecheck::requestUrl(const RedirectUriPrecheckRequest &request, const QString &uri)
{
    QUrl url = request.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("client_id"), request.clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(uri)));
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(request.scope)));
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("state"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    // The credentials are asked for whatever session a browser may have: the sign-in page, never a code.
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
    url.setQuery(query);
    return url;
}

RedirectUriVerdict RedirectUriPrecheck::classify(const RedirectUriPrecheckRequest &request,
                                                 const RedirectUriToCheck &target, const HttpResult &http)
{
    RedirectUriVerdict verdict;
    verdict.target = target;
    verdict.facts = http.facts;
    const QString uri = target.uri;
    const auto unknown = [&](const QString &cause, const QString &detail) {
        verdict.outcome = RedirectUriVerdict::Outcome::Unknown;
        verdict.error = Error::make(
            QStringLiteral("redirect-uri.not-prechecked"),
            tr("Whether %1 is registered could not be checked in advance.").arg(uri), cause,
            tr("Nothing is known to be wrong with it: a real sign-in through this address shows whether it "
               "works."),
            detail);
        return verdict;
    };
    if (!http.ok()) {
        return unknown(http.error.message,
                       QStringLiteral("redirect-uri %1: no answer (%2)").arg(uri, http.error.code));
    }
    const int status = http.status();
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl location =
            requestUrl(request, uri).resolved(QUrl(QString::fromUtf8(http.header("location"))));
        if (isRedirectTo(location, uri)) {
            verdict.outcome = RedirectUriVerdict::Outcome::Accepted;
            return verdict;
        }
        return unknown(tr("The sign-in service redirected the request elsewhere (HTTP %1).").arg(status),
                       QStringLiteral("redirect-uri %1: HTTP %2 to another address").arg(uri).arg(status));
    }

    const AuthorizePage page = AuthorizePage::parse(http.body);
    verdict.observed = page.entra;
    verdict.observed.httpStatus = status;
    if (page.isSignInPage() && status < 400) {
        verdict.outcome = RedirectUriVerdict::Outcome::Accepted;
        return verdict;
    }

    const QString detail = QStringLiteral("redirect-uri %1: HTTP %2 pgid '%3' %4 request %5 correlation %6")
                               .arg(uri)
                               .arg(status)
                               .arg(page.pageId, verdict.observed.aadstsCode(), verdict.observed.traceId,
                                    verdict.observed.correlationId);
    AadstsContext context;
    context.clientId = request.clientId;
    context.tenant = request.tenant;
    context.uriToRegister = uriToRegister(uri);
    const QString whose =
        target.testSignIn
            ? tr("This tool's test sign-in uses this address; Microsoft would stop it on its error page.")
            : tr("FlexO's connector sends each user's sign-in to this address: without it, the first "
                 "person to connect Teams in FlexO gets Microsoft's error page.");

    if (page.aadsts == 50011 || page.aadsts == 500113) {
        const Error explained = AadstsCatalog::explain(verdict.observed, context);
        verdict.outcome = RedirectUriVerdict::Outcome::NotRegistered;
        verdict.error = Error::make(
            verdict.observed.aadstsCode(),
            page.aadsts == 50011
                ? tr("%1 is not registered as a redirect URI of the app (AADSTS50011).").arg(uri)
                : tr("The app has no redirect URI at all, so %1 is not registered (AADSTS500113).").arg(uri),
            joined(explained.cause, whose), explained.fix, detail);
        verdict.error.remedy = Remedy::registerRedirectUri(uriToRegister(uri));
        return verdict;
    }
    if (page.aadsts == 700016) {
        const Error explained = AadstsCatalog::explain(verdict.observed, context);
        verdict.outcome = RedirectUriVerdict::Outcome::AppNotInTenant;
        verdict.error = Error::make(
            verdict.observed.aadstsCode(),
            tr("The app %1 was not found in tenant %2 (AADSTS700016).").arg(request.clientId, request.tenant),
            explained.cause, explained.fix, detail);
        verdict.error.remedy = explained.remedy;
        return verdict;
    }
    if (page.aadsts > 0 || status >= 400) {
        verdict.outcome = RedirectUriVerdict::Outcome::Refused;
        verdict.pageText = quoted(page.message.isEmpty() ? page.text : page.message);
        const QString said = verdict.pageText.isEmpty()
                                 ? tr("The page gave no reason.")
                                 : tr("The page said: \u201c%1\u201d").arg(verdict.pageText);
        QString cause = said;
        QString fix = tr("Check the app registration and the cloud chosen in FlexO; the page's own words "
                         "above say what the sign-in service objected to.");
        Remedy remedy;
        if (page.aadsts > 0 && AadstsCatalog::contains(page.aadsts)) {
            const Error explained = AadstsCatalog::explain(verdict.observed, context);
            cause = joined(explained.cause, said);
            fix = explained.fix;
            remedy = explained.remedy;
        }
        const QString message =
            page.aadsts > 0
                ? tr("The sign-in service refused the request for %1 (HTTP %2, %3).")
                      .arg(uri)
                      .arg(status)
                      .arg(verdict.observed.aadstsCode())
                : tr("The sign-in service refused the request for %1 (HTTP %2).").arg(uri).arg(status);
        verdict.error = Error::make(page.aadsts > 0 ? verdict.observed.aadstsCode()
                                                    : QStringLiteral("redirect-uri.refused"),
                                    message, cause, fix, detail);
        verdict.error.remedy = remedy;
        return verdict;
    }
    return unknown(tr("The sign-in service answered (HTTP %1) with a page that is neither its sign-in page "
                      "nor an error naming an AADSTS code.")
                       .arg(status),
                   detail);
}

void RedirectUriPrecheck::check(const RedirectUriPrecheckRequest &request, QObject *context,
                                Callback callback)
{
    cancel();
    struct State
    {
        QList<RedirectUriVerdict> verdicts;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = int(request.uris.size());
    if (request.uris.isEmpty()) {
        QTimer::singleShot(0, context, [callback] { callback({}); });
        return;
    }
    for (const RedirectUriToCheck &target : request.uris) {
        RedirectUriVerdict verdict;
        verdict.target = target;
        state->verdicts << verdict;
    }
    for (int i = 0; i < request.uris.size(); ++i) {
        const RedirectUriToCheck target = request.uris.at(i);
        HttpRequest http;
        http.url = requestUrl(request, target.uri);
        // As a browser arrives: it asks for HTML, carries no cookie and follows nothing.
        http.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html"));
        http.parseJson = false;
        http.useCookies = false;
        http.redirectIsAnswer = true; // a redirect to the URI itself is an answer; it is never followed
        http.timeoutMs = request.timeoutMs;
        http.operation = QStringLiteral("redirect-uris");
        HttpCall *call =
            m_client->send(http, context, [state, i, request, target, callback](const HttpResult &r) {
                state->verdicts[i] = classify(request, target, r);
                qCInfo(lcAuth).noquote()
                    << "redirect URI" << target.uri
                    << "pre-check:" << RedirectUriVerdict::outcomeName(state->verdicts.at(i).outcome)
                    << "HTTP" << r.facts.status;
                if (--state->pending == 0)
                    callback(state->verdicts);
            });
        m_calls << call;
    }
}

void RedirectUriPrecheck::cancel()
{
    const QList<QPointer<QObject>> calls = m_calls;
    m_calls.clear();
    for (const QPointer<QObject> &call : calls) {
        if (auto *running = qobject_cast<HttpCall *>(call.data()))
            running->cancel();
    }
}

} // namespace flexo
