#include "../net/ScriptedServer.h"
#include "AuthTestSupport.h"

#include "net/HttpClient.h"

#include <QAbstractOAuth>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace flexo;
using namespace authtest;
using namespace std::chrono_literals;

namespace {

AuthResult resultOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? AuthResult{} : spy.constLast().at(0).value<AuthResult>();
}

} // namespace

class TestSignInSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void happyPathAutoApprove();
    void consentPageAccept();
    void consentPageCancel();
    void freshStateAndVerifierPerAttempt();
    void adminApprovalTimesOut();
    void adminApprovalPastedPage();
    void scopeNotGranted();
    void redirectUriNotRegistered();
    void unknownClientId();
    void wrongSecretAtRedemption();
    void codeReuse();
    void pkceMismatch();
    void expiredRefreshToken();
    void guestOfAnotherTenant();
    void signedInToAnotherTenant();
    void pastedAddress();
    void pastedAddressWrongState();
    void pastedErrorRedirect();
    void pastedNonsense();
    void legacySecret();
    void redirectUriWith127();
    void rejectsNonLoopbackRedirectUri();
    void cancelWhileWaiting();
    void cancelDuringRefresh();
    void tokenEndpointTimeout();
    void tlsWithCaBundle();
    void strayAnswerWithWrongStateKeepsWaiting();
    void redirectUriWithoutPath();
    void missingEndpoints();
    void tlsUntrustedIsReported();
    void nonceIsSentAndChecked();
    void idTokenClaimsAreChecked_data();
    void idTokenClaimsAreChecked();
    void tokenEndpointRedirectIsNotFollowed();
    void hugeTokenAnswerIsRefused();
    void tokenRequestsAreRetriedOnce_data();
    void tokenRequestsAreRetriedOnce();
    void lostRedemptionAnswerIsNotTheRegistrations();
    void persistentServerErrorAtRedemption();

private:
    // A session whose browser is the simulator.
    std::unique_ptr<SignInSession> newSession();
    bool waitFinished(int timeoutMs = 15000);

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<fake::BrowserSimulator> m_browser;
    std::unique_ptr<QSignalSpy> m_signIn;
    std::unique_ptr<QSignalSpy> m_refresh;
    std::unique_ptr<QSignalSpy> m_finished;
    std::unique_ptr<QSignalSpy> m_browserDone;
    QUrl m_lastAuthorizeUrl;
};

void TestSignInSession::init()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<fake::BrowserSimulator>();
    m_browserDone = std::make_unique<QSignalSpy>(m_browser.get(), &fake::BrowserSimulator::finished);
}

void TestSignInSession::cleanup()
{
    m_signIn.reset();
    m_refresh.reset();
    m_finished.reset();
    m_browserDone.reset();
    m_browser.reset();
    m_network.reset();
    m_fake.reset();
}

std::unique_ptr<SignInSession> TestSignInSession::newSession()
{
    auto session = std::make_unique<SignInSession>(m_network.get());
    session->setBrowserOpener([this](const QUrl &url) {
        m_lastAuthorizeUrl = url;
        m_browser->open(url);
        return true;
    });
    m_signIn = std::make_unique<QSignalSpy>(session.get(), &SignInSession::signInFinished);
    m_refresh = std::make_unique<QSignalSpy>(session.get(), &SignInSession::refreshFinished);
    m_finished = std::make_unique<QSignalSpy>(session.get(), &SignInSession::finished);
    return session;
}

bool TestSignInSession::waitFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_finished->isEmpty(); }, timeoutMs);
}

void TestSignInSession::happyPathAutoApprove()
{
    auto session = newSession();
    QSignalSpy urls(session.get(), &SignInSession::authorizationUrlReady);
    session->start(signInRequest(*m_fake));
    QCOMPARE(urls.size(), 1);
    QVERIFY(urls.at(0).at(1).toBool());
    const QUrl url = session->authorizationUrl();
    QCOMPARE(queryValue(url, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(queryValue(url, QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(queryValue(url, QStringLiteral("prompt")), QStringLiteral("select_account"));
    QCOMPARE(queryValue(url, QStringLiteral("response_type")), QStringLiteral("code"));
    QVERIFY(queryValue(url, QStringLiteral("state")).size() >= 22);
    const QString scope = queryValue(url, QStringLiteral("scope"));
    QVERIFY2(scope.contains(m_fake->baseUrl().toString() + QStringLiteral("/OnlineMeetings.ReadWrite")),
             qPrintable(scope));
    QVERIFY(scope.startsWith(QStringLiteral("openid profile offline_access ")));
    const QString redirect = queryValue(url, QStringLiteral("redirect_uri"));
    QCOMPARE(redirect, QStringLiteral("http://localhost:%1/flexo-teams-setup").arg(session->listenerPort()));
    QCOMPARE(session->redirectUriSent(), redirect);
    QCOMPARE(session->uriToRegister(), QStringLiteral("http://localhost/flexo-teams-setup"));

    QVERIFY(waitFinished());
    const AuthResult signIn = resultOf(*m_signIn);
    QVERIFY2(signIn.ok(), qPrintable(signIn.error.userText() + QLatin1Char(' ') + signIn.error.detail));
    QCOMPARE(signIn.step, QStringLiteral("sign-in"));
    QCOMPARE(signIn.facts.value(QStringLiteral("account")).toString(), flexo::fake::defaults::signInUser);
    QCOMPARE(signIn.facts.value(QStringLiteral("displayName")).toString(), QStringLiteral("Camille Martin"));
    QCOMPARE(signIn.facts.value(QStringLiteral("signedInTenantId")).toString(), kTenant);
    QCOMPARE(signIn.facts.value(QStringLiteral("objectId")).toString(), flexo::fake::defaults::signInUserId);
    QVERIFY(signIn.facts.value(QStringLiteral("grantedScopes"))
                .toString()
                .contains(QStringLiteral("OnlineMeetings.ReadWrite")));
    QCOMPARE(m_refresh->size(), 1);
    const AuthResult refresh = resultOf(*m_refresh);
    QVERIFY2(refresh.ok(), qPrintable(refresh.error.userText() + QLatin1Char(' ') + refresh.error.detail));
    QCOMPARE(refresh.step, QStringLiteral("refresh"));
    QCOMPARE(m_finished->size(), 1);
    QVERIFY(session->accessToken().startsWith(QStringLiteral("fakeaccess.")));
    QVERIFY(session->accessTokenExpiresAt().isValid());
    QVERIFY(!session->isListening());
    QVERIFY(!session->isRunning());
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::Granted));
    // The refresh went out without redirect_uri, the way Qt 6.8 and Entra want it.
    bool sawRefresh = false;
    const QJsonArray log = m_fake->requestLog();
    for (const QJsonValue &entry : log)
        sawRefresh |=
            entry.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/token"));
    QVERIFY(sawRefresh);
}

void TestSignInSession::consentPageAccept()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("page"));
    m_browser->setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Accept);
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    QVERIFY2(resultOf(*m_signIn).ok(), qPrintable(resultOf(*m_signIn).error.userText()));
    QVERIFY(resultOf(*m_refresh).ok());
}

void TestSignInSession::consentPageCancel()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("page"));
    m_browser->setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Cancel);
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, QStringLiteral("entra.access_denied"));
    QCOMPARE(result.observed.error, QStringLiteral("access_denied"));
    QVERIFY(result.error.message.contains(QStringLiteral("cancelled")));
    QCOMPARE(m_refresh->size(), 0);
    QVERIFY(!session->isListening());
}

void TestSignInSession::nonceIsSentAndChecked()
{
    auto session = newSession();
    session->setBrowserOpener({});
    session->start(signInRequest(*m_fake));
    const QString first = queryValue(session->authorizationUrl(), QStringLiteral("nonce"));
    QVERIFY(first.size() >= 22);
    session->cancel();
    session->start(signInRequest(*m_fake));
    QVERIFY(queryValue(session->authorizationUrl(), QStringLiteral("nonce")) != first);
    session->cancel();
}

// OpenID Connect Core 3.1.3.7: a token received straight from the token endpoint over TLS needs no
// signature check, but its issuer, audience, expiry and nonce must be right.
void TestSignInSession::idTokenClaimsAreChecked_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong nonce") << QJsonObject{{QStringLiteral("nonce"), QStringLiteral("replayed-nonce")}}
                                 << "auth.signin.id-token-nonce";
    QTest::newRow("no nonce") << QJsonObject{{QStringLiteral("nonce"), QJsonValue::Null}}
                              << "auth.signin.id-token-nonce";
    QTest::newRow("wrong issuer") << QJsonObject{{QStringLiteral("iss"),
                                                  QStringLiteral("https://sts.example/%1/v2.0").arg(kTenant)}}
                                  << "auth.signin.id-token-issuer";
    QTest::newRow("issuer of another tenant")
        << QJsonObject{{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1/%1/v2.0").arg(kOtherTenant)}}
        << "auth.signin.id-token-issuer";
    QTest::newRow("wrong audience") << QJsonObject{{QStringLiteral("aud"), QStringLiteral("another-client")}}
                                    << "auth.signin.id-token-audience";
    QTest::newRow("several audiences, no azp")
        << QJsonObject{{QStringLiteral("aud"), QJsonArray{kClientId, QStringLiteral("another-client")}}}
        << "auth.signin.id-token-audience";
    QTest::newRow("expired an hour ago")
        << QJsonObject{{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 3600}}
        << "auth.signin.id-token-expired";
    QTest::newRow("no expiry") << QJsonObject{{QStringLiteral("exp"), QJsonValue::Null}}
                               << "auth.signin.id-token-expired";
}

void TestSignInSession::idTokenClaimsAreChecked()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, code);
    m_fake->setIdTokenOverrides(overrides);
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult signIn = resultOf(*m_signIn);
    QCOMPARE(signIn.error.code, code);
    QVERIFY2(signIn.error.message.contains(QLatin1String("refused")), qPrintable(signIn.error.message));
    QVERIFY(!signIn.error.fix.isEmpty());
    QCOMPARE(m_refresh->size(), 0); // nothing goes on with a token that is not ours
    QVERIFY(session->accessToken().isEmpty());
}

// A 307 from the token endpoint would post the secret, the code and the verifier again, to wherever
// it points: the sign-in's own requests never follow redirects either.
void TestSignInSession::tokenEndpointRedirectIsNotFollowed()
{
    ScriptedServer redirector;
    const QUrl realToken = endpoint(*m_fake, kTenant, "token");
    redirector.add(ScriptedServer::Action::Respond,
                   ScriptedServer::response(307, {}, {"Location: " + realToken.toEncoded()}));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tokenEndpoint = redirector.url(QStringLiteral("/token"));
    session->start(request);
    QVERIFY(waitFinished());
    const AuthResult signIn = resultOf(*m_signIn);
    QCOMPARE(signIn.error.code, QStringLiteral("net.redirect-refused"));
    QVERIFY2(signIn.error.message.contains(QLatin1String("307")), qPrintable(signIn.error.message));
    QCOMPARE(redirector.requests.size(), 1);
    const QJsonArray log = m_fake->requestLog();
    for (const QJsonValue &entry : log)
        QVERIFY2(!entry.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/token")),
                 "the token request was posted again where the redirect pointed");
}

void TestSignInSession::hugeTokenAnswerIsRefused()
{
    ScriptedServer huge;
    huge.add(ScriptedServer::Action::Respond,
             ScriptedServer::response(200, "{\"padding\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tokenEndpoint = huge.url(QStringLiteral("/token"));
    session->start(request);
    QVERIFY(waitFinished());
    const AuthResult signIn = resultOf(*m_signIn);
    QCOMPARE(signIn.error.code, QStringLiteral("net.body-too-large"));
    QVERIFY2(signIn.error.message.contains(QLatin1String("1 MiB")), qPrintable(signIn.error.message));
}

void TestSignInSession::freshStateAndVerifierPerAttempt()
{
    auto session = newSession();
    session->setBrowserOpener({});
    session->start(signInRequest(*m_fake));
    const QUrl first = session->authorizationUrl();
    session->cancel();
    session->start(signInRequest(*m_fake));
    const QUrl second = session->authorizationUrl();
    QVERIFY(queryValue(first, QStringLiteral("state")) != queryValue(second, QStringLiteral("state")));
    QVERIFY(queryValue(first, QStringLiteral("code_challenge")) !=
            queryValue(second, QStringLiteral("code_challenge")));
    // URL-safe: nothing that needs encoding.
    const QString state = queryValue(second, QStringLiteral("state"));
    QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(state)), state);
    session->cancel();
}

void TestSignInSession::adminApprovalTimesOut()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("adminApproval"));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.listenerTimeout = 1500ms;
    session->start(request);
    QTRY_COMPARE(m_browserDone->size(), 1);
    QVERIFY(m_browserDone->at(0).at(2).toString().contains(QStringLiteral("AADSTS90094")));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.signin.no-answer"));
    QVERIFY(result.error.fix.contains(QStringLiteral("http://localhost/flexo-teams-setup")));
    QVERIFY(result.error.fix.contains(QStringLiteral("paste")));
    QVERIFY(result.error.cause.contains(QStringLiteral("Web platform")));
    QCOMPARE(result.facts.value(QStringLiteral("uriToRegister")).toString(),
             QStringLiteral("http://localhost/flexo-teams-setup"));
    QVERIFY(!session->isListening());
}

void TestSignInSession::adminApprovalPastedPage()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("adminApproval"));
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QString page = m_browserDone->at(0).at(2).toString();
    QVERIFY(session->submitPastedAnswer(page).isNull());
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS90094"));
    const QString consentUrl = result.facts.value(QStringLiteral("adminConsentUrl")).toString();
    QVERIFY2(consentUrl.startsWith(m_fake->baseUrl().toString() + QLatin1Char('/') + kTenant +
                                   QStringLiteral("/adminconsent?")),
             qPrintable(consentUrl));
    QVERIFY(consentUrl.contains(QStringLiteral("client_id=") + kClientId));
    QVERIFY(result.error.fix.contains(consentUrl));
    const QString text = result.facts.value(QStringLiteral("adminRequestText")).toString();
    QVERIFY(text.contains(QStringLiteral("OnlineMeetings.ReadWrite")));
    QVERIFY(text.contains(consentUrl));
    QVERIFY(!session->isListening());
}

void TestSignInSession::scopeNotGranted()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("scopeNotGranted"));
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.signin.scope-missing"));
    QVERIFY(result.facts.value(QStringLiteral("missingScopes"))
                .toStringList()
                .contains(QStringLiteral("OnlineMeetings.ReadWrite")));
    QVERIFY(result.error.fix.contains(QStringLiteral("API permissions")));
    QVERIFY(result.facts.contains(QStringLiteral("adminConsentUrl")));
    QCOMPARE(m_refresh->size(), 0);
    QVERIFY(session->accessToken().isEmpty());
}

void TestSignInSession::redirectUriNotRegistered()
{
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.redirectUri = QStringLiteral("http://localhost/flexo-not-registered");
    request.listenerTimeout = 1500ms;
    session->start(request);
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QString page = m_browserDone->at(0).at(2).toString();
    QVERIFY(page.contains(QStringLiteral("AADSTS50011")));
    QVERIFY(waitFinished());
    AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.signin.no-answer"));
    QVERIFY(result.error.fix.contains(QStringLiteral("http://localhost/flexo-not-registered")));

    // The same attempt, with the page text pasted before the timeout.
    m_finished->clear();
    request.listenerTimeout = 5min;
    session->start(request);
    QTRY_COMPARE(m_browserDone->size(), 2);
    QVERIFY(session->submitPastedAnswer(m_browserDone->at(1).at(2).toString()).isNull());
    QVERIFY(waitFinished());
    result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS50011"));
    QVERIFY(result.error.fix.contains(QStringLiteral("http://localhost/flexo-not-registered")));
    QVERIFY(result.error.fix.contains(QStringLiteral("Web platform")));
    QCOMPARE(result.facts.value(QStringLiteral("uriToRegister")).toString(),
             QStringLiteral("http://localhost/flexo-not-registered"));
    QCOMPARE(result.helpUrl, QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=50011")));
    QVERIFY(!session->isListening());
}

void TestSignInSession::unknownClientId()
{
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.clientId = kObjectId;
    session->start(request);
    QTRY_COMPARE(m_browserDone->size(), 1);
    QVERIFY(session->submitPastedAnswer(m_browserDone->at(0).at(2).toString()).isNull());
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS700016"));
    QVERIFY(result.error.cause.contains(QStringLiteral("Object ID")));
}

void TestSignInSession::wrongSecretAtRedemption()
{
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.clientSecret = kSecretId;
    session->start(request);
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS7000215"));
    QCOMPARE(result.observed.httpStatus, 401);
    QCOMPARE(result.observed.error, QStringLiteral("invalid_client"));
    QVERIFY(!result.observed.traceId.isEmpty());
    QVERIFY(!result.observed.correlationId.isEmpty());
    QVERIFY(result.error.cause.contains(QStringLiteral("Secret ID")));
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::NotAuthenticated));
    QVERIFY(!session->isListening());
}

void TestSignInSession::codeReuse()
{
    m_browser->followRedirectToLoopback = false;
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QUrl callback = m_browserDone->at(0).at(0).toUrl();
    QVERIFY(session->submitPastedAnswer(callback.toString()).isNull());
    QVERIFY(waitFinished());
    QVERIFY(resultOf(*m_signIn).ok());

    // A second attempt fed the first attempt's code (with the new state): Entra refuses a second use.
    m_finished->clear();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 2);
    QUrl replay = callback;
    QUrlQuery query(callback);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"),
                       queryValue(session->authorizationUrl(), QStringLiteral("state")));
    replay.setQuery(query);
    QVERIFY(session->submitPastedAnswer(replay.toString()).isNull());
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS54005"));
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::NotAuthenticated));
}

void TestSignInSession::pkceMismatch()
{
    auto session = newSession();
    session->setTamperPkceForTesting(true);
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS50148"));
    QCOMPARE(result.observed.error, QStringLiteral("invalid_grant"));
}

void TestSignInSession::expiredRefreshToken()
{
    auto session = newSession();
    // Expire the refresh token just issued, before the session redeems it.
    connect(session.get(), &SignInSession::signInFinished, this, [this] { m_fake->expireRefreshTokens(); });
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    QVERIFY(resultOf(*m_signIn).ok());
    const AuthResult refresh = resultOf(*m_refresh);
    QCOMPARE(refresh.error.code, QStringLiteral("AADSTS700082"));
    QCOMPARE(refresh.step, QStringLiteral("refresh"));
    // Not stuck in RefreshingToken: the flow is usable again.
    QVERIFY(session->oauthStatus() != int(QAbstractOAuth::Status::RefreshingToken));
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::Granted));
}

void TestSignInSession::guestOfAnotherTenant()
{
    m_fake->setSignInUser(QStringLiteral("guest@other.onmicrosoft.com"));
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    QVERIFY(session->submitPastedAnswer(m_browserDone->at(0).at(2).toString()).isNull());
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS50020"));
    QVERIFY(result.error.fix.contains(QStringLiteral("private browser window")));
}

void TestSignInSession::signedInToAnotherTenant()
{
    // The account's tenant differs from the configured one (here: the configuration names "other").
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tenantId = kOtherTenant;
    session->start(request);
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.signin.wrong-tenant"));
    QVERIFY(result.error.message.contains(QStringLiteral("another tenant")));
    QVERIFY(result.error.message.contains(flexo::fake::defaults::tenantDomain));
    QVERIFY(result.error.fix.contains(QStringLiteral("private browser window")));
    QCOMPARE(result.facts.value(QStringLiteral("signedInTenantId")).toString(), kTenant);
    QCOMPARE(m_refresh->size(), 0);
    QVERIFY(session->accessToken().isEmpty());
}

void TestSignInSession::pastedAddress()
{
    m_browser->followRedirectToLoopback = false;
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QUrl callback = m_browserDone->at(0).at(0).toUrl();
    QCOMPARE(callback.port(), int(session->listenerPort()));
    QVERIFY(session->submitPastedAnswer(QStringLiteral("  ") + callback.toString() + QStringLiteral("\n"))
                .isNull());
    QVERIFY(!session->isListening());
    QVERIFY(waitFinished());
    QVERIFY2(resultOf(*m_signIn).ok(), qPrintable(resultOf(*m_signIn).error.userText()));
    QVERIFY(resultOf(*m_refresh).ok());
}

void TestSignInSession::pastedAddressWrongState()
{
    m_browser->followRedirectToLoopback = false;
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    QUrl callback = m_browserDone->at(0).at(0).toUrl();
    QUrlQuery query(callback);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
    callback.setQuery(query);
    const Error error = session->submitPastedAnswer(callback.toString());
    QCOMPARE(error.code, QStringLiteral("auth.paste.state"));
    QVERIFY(session->isRunning());
    QVERIFY(session->isListening());
    QCOMPARE(m_signIn->size(), 0);
    session->cancel();
    QVERIFY(!session->isListening());
}

void TestSignInSession::pastedErrorRedirect()
{
    m_fake->setConsentMode(kClientId, QStringLiteral("page"));
    m_browser->setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Cancel);
    m_browser->followRedirectToLoopback = false;
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QUrl errorRedirect = m_browserDone->at(0).at(0).toUrl();
    QVERIFY(errorRedirect.query().contains(QStringLiteral("error=access_denied")));
    QVERIFY(session->submitPastedAnswer(errorRedirect.toString()).isNull());
    QVERIFY(waitFinished());
    QCOMPARE(resultOf(*m_signIn).error.code, QStringLiteral("entra.access_denied"));
    QVERIFY(!session->isListening());
}

void TestSignInSession::pastedNonsense()
{
    auto session = newSession();
    session->setBrowserOpener({});
    session->start(signInRequest(*m_fake));
    QCOMPARE(session->submitPastedAnswer(QStringLiteral("hello world")).code,
             QStringLiteral("auth.paste.unrecognised"));
    QVERIFY(session->isListening());
    session->cancel();
    QCOMPARE(session->submitPastedAnswer(QStringLiteral("http://localhost/x?code=a&state=b")).code,
             QStringLiteral("auth.paste.not-waiting"));
}

void TestSignInSession::legacySecret()
{
    QString error;
    QVERIFY2(m_fake->loadScenario(scenarioWithLegacySecret(), &error), qPrintable(error));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.clientSecret = kLegacySecret;
    session->start(request);
    QVERIFY(waitFinished());
    QVERIFY2(resultOf(*m_signIn).ok(), qPrintable(resultOf(*m_signIn).error.userText()));
    // The refresh carries the secret too.
    QVERIFY2(resultOf(*m_refresh).ok(), qPrintable(resultOf(*m_refresh).error.userText()));
}

void TestSignInSession::redirectUriWith127()
{
    // Registered as http://127.0.0.1/... (through the manifest): sent as 127.0.0.1 with the port.
    QVERIFY(m_fake->loadScenario(fake::FakeCloud::defaultScenarioWithRedirectUris(
        {{QStringLiteral("web"), QJsonArray{QStringLiteral("http://127.0.0.1/flexo-teams-setup")}}})));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.redirectUri = QStringLiteral("http://127.0.0.1/flexo-teams-setup");
    session->start(request);
    QCOMPARE(session->redirectUriSent(),
             QStringLiteral("http://127.0.0.1:%1/flexo-teams-setup").arg(session->listenerPort()));
    QVERIFY(waitFinished());
    QVERIFY2(resultOf(*m_signIn).ok(), qPrintable(resultOf(*m_signIn).error.userText()));
}

void TestSignInSession::rejectsNonLoopbackRedirectUri()
{
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.redirectUri = flexo::fake::defaults::flexoRedirectUri;
    session->start(request);
    QCOMPARE(m_finished->size(), 1);
    QCOMPARE(resultOf(*m_signIn).error.code, QStringLiteral("auth.signin.redirect-uri"));
    QVERIFY(!session->isListening());
}

void TestSignInSession::cancelWhileWaiting()
{
    auto session = newSession();
    session->setBrowserOpener({});
    session->start(signInRequest(*m_fake));
    QVERIFY(session->isListening());
    const quint16 port = session->listenerPort();
    session->cancel();
    QVERIFY(!session->isListening());
    QVERIFY(!session->isRunning());
    QCOMPARE(resultOf(*m_signIn).error.code, QStringLiteral("auth.cancelled"));
    QCOMPARE(m_finished->size(), 1);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE(probe.state(), QAbstractSocket::UnconnectedState);
}

void TestSignInSession::cancelDuringRefresh()
{
    auto session = newSession();
    connect(session.get(), &SignInSession::signInFinished, this, [this] {
        m_fake->setLatency(2000); // keeps the refresh pending long enough to cancel it
    });
    SignInSession *raw = session.get();
    connect(session.get(), &SignInSession::signInFinished, this,
            [raw](const AuthResult &) { QTimer::singleShot(100, raw, [raw] { raw->cancel(); }); });
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    QVERIFY(resultOf(*m_signIn).ok());
    QCOMPARE(resultOf(*m_refresh).error.code, QStringLiteral("auth.cancelled"));
    QVERIFY(!session->isRunning());
    QVERIFY(session->oauthStatus() != int(QAbstractOAuth::Status::RefreshingToken));
    QTest::qWait(2500); // the late answer changes nothing
    QCOMPARE(m_refresh->size(), 1);
    QCOMPARE(m_finished->size(), 1);
}

void TestSignInSession::tokenEndpointTimeout()
{
    QVERIFY(m_fake->addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("token")},
                                         {QStringLiteral("kind"), QStringLiteral("noAnswer")}}));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tokenTimeout = 500ms;
    session->start(request);
    QVERIFY(waitFinished());
    QCOMPARE(resultOf(*m_signIn).error.code, QStringLiteral("net.timeout"));
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::NotAuthenticated));
}

void TestSignInSession::tlsWithCaBundle()
{
    // A TLS-inspecting proxy's CA lives in the config's CA bundle, not in the system store: the flow's
    // own token requests must trust it too.
    fake::FakeCloud tlsFake;
    fake::FakeCloud::Options options;
    options.tls = true;
    QVERIFY2(tlsFake.start(options), qPrintable(tlsFake.lastError()));
    tlsFake.loadDefaultScenario();
    m_browser->setCaCertificates(tlsFake.caCertificates());
    NetworkOptions network;
    network.proxyMode = NetworkOptions::ProxyMode::Direct;
    network.extraCaCertificates = tlsFake.caCertificates();
    HttpClient client(m_network.get(), network);
    auto session = std::make_unique<SignInSession>(&client);
    session->setBrowserOpener([this](const QUrl &url) {
        m_browser->open(url);
        return true;
    });
    QSignalSpy signIn(session.get(), &SignInSession::signInFinished);
    QSignalSpy refresh(session.get(), &SignInSession::refreshFinished);
    QSignalSpy finished(session.get(), &SignInSession::finished);
    SignInRequest request = signInRequest(tlsFake);
    QCOMPARE(request.tokenEndpoint.scheme(), QStringLiteral("https"));
    session->start(request);
    QVERIFY(finished.wait(15000));
    QVERIFY2(resultOf(signIn).ok(),
             qPrintable(resultOf(signIn).error.userText() + resultOf(signIn).error.detail));
    QVERIFY(resultOf(refresh).ok());
}

void TestSignInSession::tlsUntrustedIsReported()
{
    fake::FakeCloud tlsFake;
    fake::FakeCloud::Options options;
    options.tls = true;
    QVERIFY2(tlsFake.start(options), qPrintable(tlsFake.lastError()));
    tlsFake.loadDefaultScenario();
    m_browser->setCaCertificates(tlsFake.caCertificates()); // the browser trusts it, this tool does not
    NetworkOptions network;
    network.proxyMode = NetworkOptions::ProxyMode::Direct;
    HttpClient client(m_network.get(), network);
    auto session = std::make_unique<SignInSession>(&client);
    session->setBrowserOpener([this](const QUrl &url) {
        m_browser->open(url);
        return true;
    });
    QSignalSpy signIn(session.get(), &SignInSession::signInFinished);
    QSignalSpy finished(session.get(), &SignInSession::finished);
    session->start(signInRequest(tlsFake));
    QVERIFY(finished.wait(15000));
    const AuthResult result = resultOf(signIn);
    QCOMPARE(result.error.code, QStringLiteral("net.tls-untrusted"));
    QVERIFY(!result.error.cause.isEmpty());
    QVERIFY(!result.error.fix.isEmpty());
}

void TestSignInSession::strayAnswerWithWrongStateKeepsWaiting()
{
    m_browser->followRedirectToLoopback = false;
    auto session = newSession();
    QSignalSpy rejected(session.get(), &SignInSession::stateRejected);
    session->start(signInRequest(*m_fake));
    QTRY_COMPARE(m_browserDone->size(), 1);
    const QUrl callback = m_browserDone->at(0).at(0).toUrl();

    // An old tab hits the listener with another state, then one with none: both refused, still waiting.
    for (const QString &state : {QStringLiteral("old-attempt"), QString()}) {
        QUrl stray = callback;
        QUrlQuery query(callback);
        query.removeAllQueryItems(QStringLiteral("state"));
        if (!state.isEmpty())
            query.addQueryItem(QStringLiteral("state"), state);
        stray.setQuery(query);
        QNetworkReply *reply = m_network->get(QNetworkRequest(stray));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        reply->deleteLater();
    }
    QCOMPARE(rejected.size(), 2);
    QVERIFY(session->isListening());
    QCOMPARE(m_signIn->size(), 0);

    // The real answer still completes the sign-in.
    QNetworkReply *reply = m_network->get(QNetworkRequest(callback));
    QVERIFY(waitFinished());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QVERIFY(resultOf(*m_signIn).ok());
}

void TestSignInSession::redirectUriWithoutPath()
{
    auto session = newSession();
    session->setBrowserOpener({});
    SignInRequest request = signInRequest(*m_fake);
    request.redirectUri = QStringLiteral("http://localhost");
    session->start(request);
    QCOMPARE(session->uriToRegister(), QStringLiteral("http://localhost/"));
    QCOMPARE(session->redirectUriSent(), QStringLiteral("http://localhost:%1/").arg(session->listenerPort()));
    QCOMPARE(queryValue(session->authorizationUrl(), QStringLiteral("redirect_uri")),
             session->redirectUriSent());
    session->cancel();
}

void TestSignInSession::missingEndpoints()
{
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tokenEndpoint = QUrl();
    session->start(request);
    QCOMPARE(resultOf(*m_signIn).error.code, QStringLiteral("auth.signin.endpoints"));
    QCOMPARE(m_finished->size(), 1);
    QVERIFY(!session->isListening());
}

// The flow's own token requests follow the same policy as every token request: once more after a
// 5xx, a reset or a time-out.
void TestSignInSession::tokenRequestsAreRetriedOnce_data()
{
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<QString>("kind");
    QTest::newRow("redemption, 503") << QStringLiteral("authorization_code") << QStringLiteral("status");
    QTest::newRow("redemption, a proxy's page")
        << QStringLiteral("authorization_code") << QStringLiteral("proxyPage");
    QTest::newRow("redemption, no answer")
        << QStringLiteral("authorization_code") << QStringLiteral("noAnswer");
    QTest::newRow("refresh, 503") << QStringLiteral("refresh_token") << QStringLiteral("status");
    QTest::newRow("refresh, closed before the answer")
        << QStringLiteral("refresh_token") << QStringLiteral("hangUp");
}

void TestSignInSession::tokenRequestsAreRetriedOnce()
{
    QFETCH(QString, grantType);
    QFETCH(QString, kind);
    QJsonObject fault = tokenFault(grantType, kind);
    fault.insert(QStringLiteral("retryAfter"), QStringLiteral("0.05"));
    QVERIFY(m_fake->addFault(fault));
    auto session = newSession();
    SignInRequest request = signInRequest(*m_fake);
    request.tokenTimeout = 500ms;
    session->start(request);
    QVERIFY(waitFinished());
    const AuthResult signIn = resultOf(*m_signIn);
    const AuthResult refresh = resultOf(*m_refresh);
    QVERIFY2(signIn.ok(), qPrintable(signIn.error.userText() + signIn.error.detail));
    QVERIFY2(refresh.ok(), qPrintable(refresh.error.userText() + refresh.error.detail));
    const AuthResult &retried = grantType == QLatin1String("refresh_token") ? refresh : signIn;
    const AuthResult &once = grantType == QLatin1String("refresh_token") ? signIn : refresh;
    QCOMPARE(retried.http.attempts, 2);
    QCOMPARE(retried.http.retried.size(), 1);
    QCOMPARE(once.http.attempts, 1);
    QCOMPARE(tokenRequests(*m_fake, grantType), 2);
}

// The redemption is handled and its answer lost: sent again, the single-use code is refused as
// already redeemed. That is the lost answer's doing, not the registration's.
void TestSignInSession::lostRedemptionAnswerIsNotTheRegistrations()
{
    QVERIFY(m_fake->addFault(tokenFault(QStringLiteral("authorization_code"), QStringLiteral("hangUp"))));
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.signin.code-used-by-lost-answer"));
    QCOMPARE(result.observed.aadstsCode(), QStringLiteral("AADSTS54005"));
    QCOMPARE(result.http.attempts, 2);
    QVERIFY2(result.error.cause.contains(QLatin1String("nothing against the app registration")),
             qPrintable(result.error.cause));
    QVERIFY2(result.error.message.contains(QLatin1String("connection closed before the answer")),
             qPrintable(result.error.message));
    QCOMPARE(tokenRequests(*m_fake, QStringLiteral("authorization_code")), 2);
    QCOMPARE(session->oauthStatus(), int(QAbstractOAuth::Status::NotAuthenticated));
}

void TestSignInSession::persistentServerErrorAtRedemption()
{
    QJsonObject fault = tokenFault(QStringLiteral("authorization_code"), QStringLiteral("status"), 0);
    fault.insert(QStringLiteral("status"), 500);
    fault.insert(QStringLiteral("retryAfter"), QStringLiteral("0.05"));
    QVERIFY(m_fake->addFault(fault));
    auto session = newSession();
    session->start(signInRequest(*m_fake));
    QVERIFY(waitFinished());
    const AuthResult result = resultOf(*m_signIn);
    QCOMPARE(result.error.code, QStringLiteral("auth.token.unavailable"));
    QCOMPARE(result.http.attempts, 2);
    QVERIFY2(result.error.message.contains(QLatin1String("HTTP 500")), qPrintable(result.error.message));
    QCOMPARE(m_refresh->size(), 0);
}

QTEST_GUILESS_MAIN(TestSignInSession)
#include "tst_signinsession.moc"
