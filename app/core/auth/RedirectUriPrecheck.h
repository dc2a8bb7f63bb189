#pragma once

#include "cloud/EntraError.h"
#include "common/Error.h"
#include "net/HttpResult.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace flexo {

class HttpClient;
struct ConnectorConfig;

// One redirect URI to ask about: the tool's own test sign-in URI or one of FlexO's.
struct RedirectUriToCheck
{
    QString uri;
    bool testSignIn = false; // the tool's own sign-in address (else FlexO's, used by the connector)
};

// What the authorize endpoint said about one redirect URI, without anybody signing in.
struct RedirectUriVerdict
{
    enum class Outcome {
        Accepted,       // the sign-in page (or a redirect to the URI itself): Entra accepts it
        NotRegistered,  // AADSTS50011 (or 500113: the app has no redirect URI at all)
        AppNotInTenant, // AADSTS700016
        Refused,        // an HTTP error status, or another AADSTS error page: Entra refused the request
        Unknown,        // nothing recognisable (or no answer): could not be pre-checked, never a failure
    };

    RedirectUriToCheck target;
    Outcome outcome = Outcome::Unknown;
    // Null when accepted; for the others what happened, why and what to do (naming the URI).
    Error error;
    EntraError observed; // the AADSTS number and ids the page showed
    HttpFacts facts;
    QString pageText; // the page's own words when Entra refused (visible text, capped)

    [[nodiscard]] bool isFailure() const
    {
        return outcome == Outcome::NotRegistered || outcome == Outcome::AppNotInTenant ||
               outcome == Outcome::Refused;
    }
    // "accepted", "not-registered", "app-not-in-tenant", "refused", "unknown": stable, for reports.
    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

struct RedirectUriPrecheckRequest
{
    QUrl authorizationEndpoint; // from discovery, never built by hand
    QString clientId;
    QString tenant; // for the explanations only
    QString scope;  // as the sign-in asks it (space separated)
    QList<RedirectUriToCheck> uris;
    int timeoutMs = 15000;
};

// Asks the authorize endpoint about each redirect URI the way a browser without Microsoft's cookies
// would arrive (prompt=login, no cookie sent or kept, no redirect followed) and reads the answer:
// Microsoft shows its sign-in page for an accepted URI and renders AADSTS50011 / AADSTS700016 on the
// page itself instead of redirecting. All URIs are asked at once.
class RedirectUriPrecheck : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QList<RedirectUriVerdict> &)>;

    explicit RedirectUriPrecheck(HttpClient *client, QObject *parent = nullptr);
    ~RedirectUriPrecheck() override;

    // The test sign-in URI first (as the sign-in sends it: a path-less URI gets its "/"), then FlexO's
    // redirect URIs as configured; duplicates and blanks left out.
    [[nodiscard]] static QList<RedirectUriToCheck> urisOf(const ConnectorConfig &config);
    // The GET sent for one URI.
    [[nodiscard]] static QUrl requestUrl(const RedirectUriPrecheckRequest &request, const QString &uri);
    // Reads one answer (public for tests). `http` without a usable answer gives Unknown.
    [[nodiscard]] static RedirectUriVerdict classify(const RedirectUriPrecheckRequest &request,
                                                     const RedirectUriToCheck &target,
                                                     const HttpResult &http);

    // `callback` runs once with one verdict per URI, in order, unless `context` was destroyed.
    void check(const RedirectUriPrecheckRequest &request, QObject *context, Callback callback);
    void cancel();

private:
    HttpClient *m_client;
    QList<QPointer<QObject>> m_calls;
};

} // namespace flexo
