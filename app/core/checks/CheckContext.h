#pragma once

#include "auth/KeptSignIn.h"
#include "auth/RedirectUriPrecheck.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flexo {

class HostPauses;
class NetClock;

// What the checks of one run share: the config under test, the secret and the tokens (in memory
// only), the network, and what earlier checks found out. One per CheckRunner; checks read and
// write it from the event loop's thread only.
class CheckContext
{
public:
    using Clock = std::function<QDateTime()>;
    using BrowserOpener = std::function<void(const QUrl &)>;
    // Stores `kept` as the config's monitoring sign-in and calls `done` once, later (a null error when
    // stored). Given by the front end, which owns the keychain; checks never touch it themselves.
    using SignInStorer = std::function<void(const KeptSignIn &kept, std::function<void(const Error &)> done)>;

    CheckContext() = default;
    CheckContext(ConnectorConfig config, QNetworkAccessManager *network);

    ConnectorConfig config;
    // The client secret, normalized; empty when none is available. Never written anywhere.
    QString secret;
    QNetworkAccessManager *network = nullptr;
    // Opens the authorize URL for the person signing in (desktop browser, $BROWSER, a simulator).
    BrowserOpener openBrowser;
    // Now, in UTC. Defaults to the system clock.
    Clock clock;
    // The network layer's timer for retry waits (null: the real one; tests run the waits at once),
    // and each request's transfer timeout (0: NetworkOptions' default).
    NetClock *netClock = nullptr;
    int requestTimeoutMs = 0;
    // Shared by every runner of one run: a host's Retry-After holds back the requests of all configs.
    std::shared_ptr<HostPauses> hostPauses;

    // Found by discovery.
    struct Discovery
    {
        bool done = false;
        QString tenantId;
        QString cloudInstance;
        QUrl authorizationEndpoint;
        QUrl tokenEndpoint;
        QUrl issuer;
        QUrl loginBase;                      // of the cloud, e.g. https://login.microsoftonline.com
        QUrl graphBase;                      // where Graph calls go, e.g. https://graph.microsoft.com
        QUrl graphResource;                  // what scopes name, e.g. https://graph.microsoft.com
        bool onlineMeetingsAvailable = true; // false in China (21Vianet)
    } discovery;

    // What the redirect-uris check found (the sign-in reads it instead of asking again).
    QList<RedirectUriVerdict> redirectUriVerdicts;

    // Obtained by sign-in and refresh; in memory only.
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        QString idToken;
        QString account;      // user principal name of the signed-in person
        QString userObjectId; // the signed-in person's object id (the ID token's oid)
        QString tenantId;     // the tenant the person signed in to (the ID token's tid)
        QStringList scopes;
    } tokens;

    // A sign-in kept from an earlier run: a run without a person redeems it in the refresh check and
    // probes meetings with it. Null when none is kept (or the run has a person).
    KeptSignIn keptSignIn;
    // Where the refresh check puts the refresh token to keep: after each redemption of the kept sign-in
    // (it rotates), and after a test sign-in when keeping it was asked for. Empty: nothing is kept.
    SignInStorer keepSignIn;

    // The probe meeting, between meeting-create and meeting-delete.
    QString meetingId;
    QUrl meetingJoinUrl;

    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool hasSecret() const { return !secret.isEmpty(); }

    // Values that must never reach a log, result or report: the secret, the tokens, and whatever a
    // check registered (the sign-in registers its PKCE verifiers, authorization codes, access, refresh
    // and ID tokens as they appear, see SignInSession::sensitiveValueCreated).
    [[nodiscard]] QStringList sensitiveValues() const;
    void addSensitiveValue(const QString &value);

private:
    QStringList m_extraSensitive;
};

} // namespace flexo
