// The redirect-URI pre-check: the authorize endpoint asked about each URI without a sign-in, read as
// accepted / not registered / app not in tenant / refused / could not be pre-checked.

#include "auth/AuthorizePage.h"
#include "auth/RedirectUriPrecheck.h"
#include "config/ConnectorConfig.h"
#include "net/HttpClient.h"
#include "net/NetworkOptions.h"

#include "AuthTestSupport.h"
#include "FakeCloud.h"

#include <QJsonArray>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTest>

using namespace flexo;
using Outcome = RedirectUriVerdict::Outcome;

Q_DECLARE_METATYPE(flexo::RedirectUriVerdict::Outcome)

namespace {

const QString kSignInUri = QStringLiteral("http://localhost/flexo-teams-setup");
const QString kFlexoUri = QStringLiteral("https://flexo.stluc.example/teams/oauth/callback");
const QString kOtherFlexoUri = QStringLiteral("https://flexo.stluc.example/teams/oauth/other");
const QString kUnknownClient = QStringLiteral("0f0f0f0f-9d4e-4f5a-8b6c-7d8e9f0a1b2c");

RedirectUriPrecheckRequest requestFor(const fake::FakeCloud &fake, const QList<RedirectUriToCheck> &uris,
                                      const QString &clientId = authtest::kClientId)
{
    RedirectUriPrecheckRequest request;
    request.authorizationEndpoint = authtest::endpoint(fake, authtest::kTenant, "authorize");
    request.clientId = clientId;
    request.tenant = QStringLiteral("stluc.onmicrosoft.com");
    request.scope = QStringLiteral("openid profile offline_access %1/OnlineMeetings.ReadWrite")
                        .arg(fake.baseUrl().toString());
    request.uris = uris;
    request.timeoutMs = 10000;
    return request;
}

HttpResult answer(int status, const QByteArray &body, const QByteArray &location = {})
{
    HttpResult http;
    http.facts.status = status;
    http.body = body;
    if (!location.isEmpty())
        http.headers.insert("location", location);
    return http;
}

} // namespace

class TestRedirectUriPrecheck : public QObject
{
    Q_OBJECT

private:
    QList<RedirectUriVerdict> run(fake::FakeCloud &fake, const RedirectUriPrecheckRequest &request,
                                  QNetworkAccessManager *manager = nullptr)
    {
        QNetworkAccessManager own;
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::Direct;
        HttpClient client(manager ? manager : &own, options);
        RedirectUriPrecheck precheck(&client);
        QList<RedirectUriVerdict> verdicts;
        bool done = false;
        precheck.check(request, this, [&](const QList<RedirectUriVerdict> &v) {
            verdicts = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("the pre-check did not finish");
        Q_UNUSED(fake)
        return verdicts;
    }

private slots:
    void againstTheFake_data();
    void againstTheFake();
    void urisOfAConfig();
    void classifiesAnswers_data();
    void classifiesAnswers();
    void refusedShowsThePagesOwnWords();
    void namesTheUriAndTheWebPlatform();
    void sendsNoCookieAndFollowsNoRedirect();
    void readsThePagesConfig();
};

void TestRedirectUriPrecheck::againstTheFake_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("fault"); // "" or a kind of fault on /authorize
    QTest::addColumn<QList<Outcome>>("expected");
    QTest::newRow("all registered") << authtest::kClientId << QString()
                                    << QList<Outcome>{Outcome::Accepted, Outcome::Accepted,
                                                      Outcome::NotRegistered};
    QTest::newRow("app not in tenant")
        << kUnknownClient << QString()
        << QList<Outcome>{Outcome::AppNotInTenant, Outcome::AppNotInTenant, Outcome::AppNotInTenant};
    // A page cut before its $Config: neither the sign-in page nor an error it can name.
    // (The error page still names AADSTS50011 before the cut.)
    QTest::newRow("unrecognisable page")
        << authtest::kClientId << QStringLiteral("malformed")
        << QList<Outcome>{Outcome::Unknown, Outcome::Unknown, Outcome::NotRegistered};
    QTest::newRow("service error") << authtest::kClientId << QStringLiteral("status")
                                   << QList<Outcome>{Outcome::Refused, Outcome::Refused, Outcome::Refused};
    QTest::newRow("no answer") << authtest::kClientId << QStringLiteral("drop")
                               << QList<Outcome>{Outcome::Unknown, Outcome::Unknown, Outcome::Unknown};
}

void TestRedirectUriPrecheck::againstTheFake()
{
    QFETCH(QString, clientId);
    QFETCH(QString, fault);
    QFETCH(QList<Outcome>, expected);
    fake::FakeCloud fake;
    QVERIFY(fake.start());
    if (!fault.isEmpty()) {
        QJsonObject spec{{QStringLiteral("endpoint"), QStringLiteral("authorize")},
                         {QStringLiteral("kind"), fault},
                         {QStringLiteral("status"), 500}};
        QVERIFY(fake.addFault(spec));
    }
    // The test sign-in URI and two FlexO redirect URIs, one of them not registered.
    const RedirectUriPrecheckRequest request =
        requestFor(fake, {{kSignInUri, true}, {kFlexoUri, false}, {kOtherFlexoUri, false}}, clientId);
    const QList<RedirectUriVerdict> verdicts = run(fake, request);
    QCOMPARE(verdicts.size(), expected.size());
    for (int i = 0; i < verdicts.size(); ++i) {
        QVERIFY2(verdicts.at(i).outcome == expected.at(i),
                 qPrintable(QStringLiteral("%1: %2 (%3)")
                                .arg(verdicts.at(i).target.uri,
                                     RedirectUriVerdict::outcomeName(verdicts.at(i).outcome),
                                     verdicts.at(i).error.detail)));
        QCOMPARE(verdicts.at(i).target.uri, request.uris.at(i).uri);
        QCOMPARE(verdicts.at(i).error.isNull(), expected.at(i) == Outcome::Accepted);
        // Could not pre-check is never a failure.
        QCOMPARE(verdicts.at(i).isFailure(),
                 expected.at(i) != Outcome::Accepted && expected.at(i) != Outcome::Unknown);
    }
}

void TestRedirectUriPrecheck::urisOfAConfig()
{
    ConnectorConfig config;
    config.signInRedirectUri = QStringLiteral("http://localhost");
    config.redirectUris = {kFlexoUri, QStringLiteral(" "), kFlexoUri, kOtherFlexoUri};
    const QList<RedirectUriToCheck> uris = RedirectUriPrecheck::urisOf(config);
    QCOMPARE(uris.size(), 3);
    // As the sign-in sends it: Entra answers a path-less URI with a trailing slash.
    QCOMPARE(uris.at(0).uri, QStringLiteral("http://localhost/"));
    QVERIFY(uris.at(0).testSignIn);
    QCOMPARE(uris.at(1).uri, kFlexoUri);
    QVERIFY(!uris.at(1).testSignIn);
    QCOMPARE(uris.at(2).uri, kOtherFlexoUri);
}

void TestRedirectUriPrecheck::classifiesAnswers_data()
{
    QTest::addColumn<HttpResult>("http");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("code");
    const QByteArray signIn =
        "<html><head><title>Sign in to your account</title></head><body><script>//<![CDATA[\n"
        "$Config={\"pgid\":\"ConvergedSignIn\",\"urlPost\":\"/common/login\",\"sErrorCode\":\"50058\"};\n"
        "//]]></script></body></html>";
    const QByteArray error50011 =
        "<html><body><script>//<![CDATA[\n$Config={\"pgid\":\"ConvergedError\",\"iErrorCode\":\"50011\","
        "\"strServiceExceptionMessage\":\"AADSTS50011: The redirect URI 'https://x.example/cb' specified in "
        "the "
        "request does not match the redirect URIs configured for the "
        "application.\"};\n//]]></script></body></html>";
    QTest::newRow("sign-in page (with its informational 50058)")
        << answer(200, signIn) << Outcome::Accepted << QString();
    QTest::newRow("50011 page at 200")
        << answer(200, error50011) << Outcome::NotRegistered << QStringLiteral("AADSTS50011");
    QTest::newRow("50011 page at 400")
        << answer(400, error50011) << Outcome::NotRegistered << QStringLiteral("AADSTS50011");
    QTest::newRow("50011 in the text only")
        << answer(200,
                  "<p>Sorry, but we're having trouble signing you in.</p><p>AADSTS50011: The redirect URI "
                  "does not match.</p>")
        << Outcome::NotRegistered << QStringLiteral("AADSTS50011");
    QTest::newRow("no reply address")
        << answer(200, "<p>AADSTS500113: No reply address is registered for the "
                       "application.</p>")
        << Outcome::NotRegistered << QStringLiteral("AADSTS500113");
    QTest::newRow("700016") << answer(400,
                                      "<p>AADSTS700016: Application with identifier 'x' was not found.</p>")
                            << Outcome::AppNotInTenant << QStringLiteral("AADSTS700016");
    QTest::newRow("other AADSTS page") << answer(200, "<p>AADSTS90002: Tenant 'x' not found.</p>")
                                       << Outcome::Refused << QStringLiteral("AADSTS90002");
    QTest::newRow("plain OAuth 400") << answer(400,
                                               "<h1>Bad Request</h1><p>Invalid parameter: redirect_uri</p>")
                                     << Outcome::Refused << QStringLiteral("redirect-uri.refused");
    QTest::newRow("server error") << answer(503, "Service Unavailable") << Outcome::Refused
                                  << QStringLiteral("redirect-uri.refused");
    QTest::newRow("unrecognised 200") << answer(200, "<html><body>Welcome</body></html>") << Outcome::Unknown
                                      << QStringLiteral("redirect-uri.not-prechecked");
    QTest::newRow("sign-in page at 500")
        << answer(500, signIn) << Outcome::Refused << QStringLiteral("redirect-uri.refused");
    QTest::newRow("redirect to the URI itself")
        << answer(302, {}, "https://flexo.stluc.example/teams/oauth/callback?error=invalid_request&state=s")
        << Outcome::Accepted << QString();
    QTest::newRow("redirect elsewhere") << answer(302, {}, "https://login.example.com/somewhere")
                                        << Outcome::Unknown << QStringLiteral("redirect-uri.not-prechecked");
    HttpResult noAnswer;
    noAnswer.error = Error::make(QStringLiteral("net.timeout"), QStringLiteral("No answer within 15 s."));
    QTest::newRow("no answer") << noAnswer << Outcome::Unknown
                               << QStringLiteral("redirect-uri.not-prechecked");
}

void TestRedirectUriPrecheck::classifiesAnswers()
{
    QFETCH(HttpResult, http);
    QFETCH(Outcome, outcome);
    QFETCH(QString, code);
    RedirectUriPrecheckRequest request;
    request.authorizationEndpoint =
        QUrl(QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/authorize"));
    request.clientId = authtest::kClientId;
    request.tenant = QStringLiteral("stluc.onmicrosoft.com");
    const RedirectUriVerdict verdict = RedirectUriPrecheck::classify(request, {kFlexoUri, false}, http);
    QCOMPARE(RedirectUriVerdict::outcomeName(verdict.outcome), RedirectUriVerdict::outcomeName(outcome));
    QCOMPARE(verdict.error.code, code);
    if (!verdict.error.isNull()) {
        QVERIFY(!verdict.error.message.isEmpty());
        QVERIFY(!verdict.error.fix.isEmpty());
    }
}

void TestRedirectUriPrecheck::refusedShowsThePagesOwnWords()
{
    RedirectUriPrecheckRequest request;
    request.clientId = authtest::kClientId;
    const RedirectUriVerdict verdict = RedirectUriPrecheck::classify(
        request, {kFlexoUri, false},
        answer(400,
               "<html><head><title>Error</title><style>p{}</style></head><body><h1>Bad Request</h1>"
               "<p>Invalid parameter: redirect_uri &amp; more</p><script>var x = 1;</script></body></html>"));
    QCOMPARE(verdict.outcome, Outcome::Refused);
    QVERIFY2(verdict.pageText.contains(QStringLiteral("Invalid parameter: redirect_uri & more")),
             qPrintable(verdict.pageText));
    QVERIFY(!verdict.pageText.contains(QStringLiteral("var x")));
    QVERIFY(verdict.error.cause.contains(QStringLiteral("Invalid parameter: redirect_uri & more")));
    QVERIFY(verdict.error.message.contains(kFlexoUri));
    QVERIFY(verdict.error.message.contains(QStringLiteral("400")));
}

void TestRedirectUriPrecheck::namesTheUriAndTheWebPlatform()
{
    fake::FakeCloud fake;
    QVERIFY(fake.start());
    const QString loopback127 = QStringLiteral("http://127.0.0.1/flexo-teams-setup");
    const QList<RedirectUriVerdict> verdicts =
        run(fake, requestFor(fake, {{loopback127, true}, {kOtherFlexoUri, false}}));
    QCOMPARE(verdicts.size(), 2);
    for (const RedirectUriVerdict &verdict : verdicts) {
        QCOMPARE(verdict.outcome, Outcome::NotRegistered);
        QCOMPARE(verdict.error.code, QStringLiteral("AADSTS50011"));
        QCOMPARE(verdict.observed.aadsts, 50011);
        QVERIFY(!verdict.observed.correlationId.isEmpty());
        QVERIFY2(verdict.error.message.contains(verdict.target.uri), qPrintable(verdict.error.message));
        QVERIFY2(verdict.error.fix.contains(QStringLiteral("Web platform")), qPrintable(verdict.error.fix));
        QVERIFY(verdict.error.fix.contains(verdict.target.uri));
        QCOMPARE(verdict.error.remedy, Remedy::registerRedirectUri(verdict.target.uri));
    }
    // The portal takes only localhost on the Web platform: 127.0.0.1 goes through the manifest.
    QVERIFY2(verdicts.at(0).error.fix.contains(QStringLiteral("Manifest")),
             qPrintable(verdicts.at(0).error.fix));
    QVERIFY(verdicts.at(0).error.cause.contains(QStringLiteral("test sign-in")));
    QVERIFY(verdicts.at(1).error.cause.contains(QStringLiteral("FlexO")));
}

void TestRedirectUriPrecheck::sendsNoCookieAndFollowsNoRedirect()
{
    fake::FakeCloud fake;
    QVERIFY(fake.start());
    QNetworkAccessManager manager;
    QNetworkCookie cookie("ESTSAUTH", "session-of-someone");
    cookie.setDomain(QStringLiteral("127.0.0.1"));
    cookie.setPath(QStringLiteral("/"));
    QVERIFY(manager.cookieJar()->insertCookie(cookie));

    // The same manager does send the cookie with an ordinary request, so its absence below means something.
    NetworkOptions options;
    options.proxyMode = NetworkOptions::ProxyMode::Direct;
    HttpClient client(&manager, options);
    HttpRequest ordinary;
    ordinary.url = QUrl(fake.baseUrl().toString() +
                        QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(authtest::kTenant));
    bool sent = false;
    client.send(ordinary, this, [&](const HttpResult &) { sent = true; });
    QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
    QVERIFY(fake.requestLog().last().toObject().value(QStringLiteral("cookie")).toBool());

    // In auto consent the fake would redirect a signed-in browser straight to the URI with a code: the
    // pre-check's prompt=login gets the sign-in page instead, and nothing is followed.
    fake.clearRequestLog();
    const QList<RedirectUriVerdict> verdicts =
        run(fake, requestFor(fake, {{kSignInUri, true}, {kFlexoUri, false}}), &manager);
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).outcome, Outcome::Accepted);
    QCOMPARE(verdicts.at(1).outcome, Outcome::Accepted);
    const QJsonArray log = fake.requestLog();
    QCOMPARE(log.size(), 2);
    for (const QJsonValue &entry : log) {
        QCOMPARE(entry.toObject().value(QStringLiteral("endpoint")).toString(), QStringLiteral("authorize"));
        QVERIFY(!entry.toObject().contains(QStringLiteral("cookie")));
        QCOMPARE(entry.toObject().value(QStringLiteral("status")).toInt(), 200);
    }
}

void TestRedirectUriPrecheck::readsThePagesConfig()
{
    const QByteArray html =
        "<html><body><p>Sorry</p><p>Request Id: r-1<br>Correlation Id: c-2<br>Timestamp: t</p>"
        "<script "
        "type=\"text/javascript\">//<![CDATA[\n$Config={\"pgid\":\"ConvergedError\",\"iErrorCode\":700016,"
        "\"strServiceExceptionMessage\":\"AADSTS700016: Application with identifier 'a' was not found {in} "
        "\\\"x\\\".\","
        "\"nested\":{\"a\":\"}\"}};\n//]]></script></body></html>";
    const AuthorizePage page = AuthorizePage::parse(html);
    QCOMPARE(page.pageId, QStringLiteral("ConvergedError"));
    QCOMPARE(page.aadsts, 700016);
    QVERIFY(page.isErrorPage());
    QVERIFY(!page.isSignInPage());
    QVERIFY(page.message.startsWith(QStringLiteral("AADSTS700016: Application with identifier 'a'")));
    QVERIFY(page.message.contains(QStringLiteral("\"x\"")));
    QCOMPARE(page.entra.correlationId, QStringLiteral("c-2"));
    QVERIFY(!page.text.contains(QStringLiteral("$Config")));
    QVERIFY(AuthorizePage::parse("<html>$Config={\"pgid\":").pageId.isEmpty());
    QVERIFY(AuthorizePage::parse(QByteArray()).text.isEmpty());
}

QTEST_GUILESS_MAIN(TestRedirectUriPrecheck)
#include "tst_redirecturiprecheck.moc"
