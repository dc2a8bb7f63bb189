#include "auth/AadstsCatalog.h"
#include "cloud/EntraError.h"

#include <QtTest>

using namespace flexo;

class TestEntraError : public QObject
{
    Q_OBJECT

private slots:
    void parsesTokenErrorBody();
    void parsesDescriptionOnlyBody();
    void ignoresNonErrorBodies_data();
    void ignoresNonErrorBodies();
    void parsesRedirectError();
    void parsesCancelRedirect();
    void aadstsIsNeverNegative_data();
    void aadstsIsNeverNegative();
    void findsAadstsInPageText_data();
    void findsAadstsInPageText();
    void formDecodesPlusAsSpace();
    void catalogCoversEveryListedCode_data();
    void catalogCoversEveryListedCode();
    void catalogCoversBareErrors_data();
    void catalogCoversBareErrors();
    void explainsHints_data();
    void explainsHints();
    void claimsNothingUnsourced_data();
    void claimsNothingUnsourced();
    void explainsContext();
    void namesTheUriForEveryRedirectCode_data();
    void namesTheUriForEveryRedirectCode();
    void tellsWhere127001IsRegistered();
    void setsTheRemedyOnce_data();
    void setsTheRemedyOnce();
    void unknownCodeFallsBackToMicrosoftsWords();
    void helpUrlPointsToMicrosoft();
};

void TestEntraError::parsesTokenErrorBody()
{
    const QByteArray body =
        R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\r\nTrace ID: 5f0c0000-1111-2222-3333-444455556666\r\nCorrelation ID: 9a1e0000-1111-2222-3333-444455556666\r\nTimestamp: 2025-01-01 12:00:00Z","error_codes":[7000215],"timestamp":"2025-01-01 12:00:00Z","trace_id":"5f0c0000-1111-2222-3333-444455556666","correlation_id":"9a1e0000-1111-2222-3333-444455556666","error_uri":"https://login.microsoftonline.com/error?code=7000215","suberror":"bad_token"})";
    const EntraError e = EntraError::fromJsonBody(body, 401);
    QVERIFY(!e.isNull());
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.error, QStringLiteral("invalid_client"));
    QCOMPARE(e.aadsts, 7000215);
    QCOMPARE(e.aadstsCode(), QStringLiteral("AADSTS7000215"));
    QCOMPARE(e.errorCodes, QList<int>{7000215});
    QCOMPARE(e.traceId, QStringLiteral("5f0c0000-1111-2222-3333-444455556666"));
    QCOMPARE(e.correlationId, QStringLiteral("9a1e0000-1111-2222-3333-444455556666"));
    QCOMPARE(e.timestamp, QStringLiteral("2025-01-01 12:00:00Z"));
    QCOMPARE(e.errorUri, QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=7000215")));
    QCOMPARE(e.subError, QStringLiteral("bad_token"));
    QVERIFY(e.shortDescription().startsWith(QStringLiteral("Invalid client secret provided.")));
}

void TestEntraError::parsesDescriptionOnlyBody()
{
    // Some proxies and older endpoints keep only error and error_description: the ids are in the text.
    const QByteArray body =
        R"({"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'x' not found.\r\nTrace ID: t-1\r\nCorrelation ID: c-2\r\nTimestamp: 2025-01-01 12:00:00Z"})";
    const EntraError e = EntraError::fromJsonBody(body, 400);
    QCOMPARE(e.aadsts, 90002);
    QCOMPARE(e.traceId, QStringLiteral("t-1"));
    QCOMPARE(e.correlationId, QStringLiteral("c-2"));
    QCOMPARE(e.timestamp, QStringLiteral("2025-01-01 12:00:00Z"));
}

void TestEntraError::ignoresNonErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Proxy error</body></html>");
    QTest::newRow("token") << QByteArray(R"({"token_type":"Bearer","expires_in":3599,"access_token":"x"})");
    QTest::newRow("array") << QByteArray("[1,2]");
}

void TestEntraError::ignoresNonErrorBodies()
{
    QFETCH(QByteArray, body);
    QVERIFY(EntraError::fromJsonBody(body, 200).isNull());
}

void TestEntraError::parsesRedirectError()
{
    const QString query = QStringLiteral(
        "error=invalid_request&error_description=AADSTS900144%3a+The+request+body+must+contain+the+following+"
        "parameter%3a+%27response_type%27.%0d%0aTrace+ID%3a+9bee0922-0000%0d%0aCorrelation+ID%3a+6abae31d-"
        "0000"
        "%0d%0aTimestamp%3a+2021-07-19+23%3a21%3a09Z&error_uri=https%3a%2f%2flogin.microsoftonline.com%"
        "2ferror%"
        "3fcode%3d900144&state=abc-DEF_1");
    const EntraError e = EntraError::fromRedirectQuery(query);
    QCOMPARE(e.error, QStringLiteral("invalid_request"));
    QCOMPARE(e.aadsts, 900144);
    QVERIFY(e.description.startsWith(QStringLiteral("AADSTS900144: The request body must contain")));
    QCOMPARE(e.traceId, QStringLiteral("9bee0922-0000"));
    QCOMPARE(e.correlationId, QStringLiteral("6abae31d-0000"));
    QCOMPARE(e.timestamp, QStringLiteral("2021-07-19 23:21:09Z"));
    QCOMPARE(e.errorUri, QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=900144")));
    QCOMPARE(e.state, QStringLiteral("abc-DEF_1"));
}

void TestEntraError::parsesCancelRedirect()
{
    const EntraError e =
        EntraError::fromRedirectQuery(QStringLiteral("error=access_denied&error_subcode=cancel&state=s"));
    QCOMPARE(e.error, QStringLiteral("access_denied"));
    QCOMPARE(e.subError, QStringLiteral("cancel"));
    QCOMPARE(e.aadsts, 0);
    const Error explained = AadstsCatalog::explain(e);
    QCOMPARE(explained.code, QStringLiteral("entra.access_denied"));
    QVERIFY(explained.message.contains(QStringLiteral("cancelled")));
    QVERIFY(EntraError::fromRedirectQuery(QStringLiteral("code=abc&state=s")).isNull());
}

void TestEntraError::aadstsIsNeverNegative_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("redirectQuery");
    QTest::addColumn<int>("aadsts");
    QTest::newRow("negative code") << QByteArray(R"({"error":"x","error_codes":[-1]})") << QString() << 0;
    QTest::newRow("first positive code")
        << QByteArray(R"({"error":"x","error_codes":[-1,0,7000215,50011]})") << QString() << 7000215;
    QTest::newRow("zero, then the description")
        << QByteArray(
               R"({"error":"x","error_codes":[0],"error_description":"AADSTS90002: Tenant not found."})")
        << QString() << 90002;
    QTest::newRow("negative error_uri code")
        << QByteArray() << QStringLiteral("error=x&error_uri=https%3a%2f%2flogin%2ferror%3fcode%3d-7") << 0;
    QTest::newRow("zero error_uri code")
        << QByteArray() << QStringLiteral("error=x&error_uri=https://login/error?code=0") << 0;
}

void TestEntraError::aadstsIsNeverNegative()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, redirectQuery);
    const EntraError e =
        body.isEmpty() ? EntraError::fromRedirectQuery(redirectQuery) : EntraError::fromJsonBody(body, 400);
    QVERIFY(!e.isNull());
    QTEST(e.aadsts, "aadsts");
    QCOMPARE(e.aadstsCode().isEmpty(), e.aadsts == 0);
}

void TestEntraError::findsAadstsInPageText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("description");
    QTest::newRow("50011 page")
        << QStringLiteral(
               "Sorry, but we're having trouble signing you in.\nAADSTS50011: The redirect URI "
               "'http://localhost:4242/flexo-teams-setup' specified in the request does not match.\n"
               "Request Id: 1234\nCorrelation Id: 5678\nTimestamp: 2026-01-01T00:00:00Z")
        << 50011
        << QStringLiteral("AADSTS50011: The redirect URI 'http://localhost:4242/flexo-teams-setup' "
                          "specified in the request does not match.");
    QTest::newRow("90094 title") << QStringLiteral("Need admin approval AADSTS90094") << 90094
                                 << QStringLiteral("AADSTS90094: ");
    QTest::newRow("spaced colon") << QStringLiteral("AADSTS7000215 :  Invalid client secret provided. ")
                                  << 7000215
                                  << QStringLiteral("AADSTS7000215: Invalid client secret provided.");
    // The code alone on its line: its sentence is on the next one.
    QTest::newRow("sentence on the next line")
        << QStringLiteral("Error\r\nAADSTS700016\r\nApplication with identifier 'x' was not found.\r\nMore")
        << 700016 << QStringLiteral("AADSTS700016: Application with identifier 'x' was not found.");
    QTest::newRow("code twice") << QStringLiteral("AADSTS50020: first\nAADSTS50020: second") << 50020
                                << QStringLiteral("AADSTS50020: first");
    QTest::newRow("none") << QStringLiteral("Sorry, something went wrong") << 0 << QString();
}

void TestEntraError::findsAadstsInPageText()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, description);
    const EntraError e = EntraError::fromText(text);
    QCOMPARE(e.aadsts, code);
    QCOMPARE(e.isNull(), code == 0);
    QCOMPARE(e.description, description);
    if (code == 50011) {
        QCOMPARE(e.traceId, QStringLiteral("1234"));
        QCOMPARE(e.correlationId, QStringLiteral("5678"));
        QCOMPARE(e.timestamp, QStringLiteral("2026-01-01T00:00:00Z"));
    }
}

void TestEntraError::formDecodesPlusAsSpace()
{
    QCOMPARE(EntraError::formDecode(u"the+user+canceled%2B"), QStringLiteral("the user canceled+"));
    const auto items = EntraError::formItems(QStringLiteral("a=1&b=x%3Dy&flag&&c=%C3%A9"));
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(1).second, QStringLiteral("x=y"));
    QCOMPARE(items.at(2).first, QStringLiteral("flag"));
    QCOMPARE(items.at(3).second, QStringLiteral("\u00e9"));
}

void TestEntraError::catalogCoversEveryListedCode_data()
{
    QTest::addColumn<int>("code");
    const QList<int> listed = {90002,   900023, 700016,  7000215, 7000222, 7000218, 900144, 700025,
                               50011,   65001,  90094,   90008,   50020,   53003,   50076,  50079,
                               54005,   50148,  501481,  700082,  70008,   70043,   70011,  50194,
                               9001023, 50196,  500011,  7000112, 50126,   50034,   50053,  65004,
                               900382,  900432, 9002327, 90095,   500113};
    for (int code : listed)
        QTest::addRow("AADSTS%d", code) << code;
}

void TestEntraError::catalogCoversEveryListedCode()
{
    QFETCH(int, code);
    QVERIFY(AadstsCatalog::contains(code));
    EntraError e;
    e.aadsts = code;
    const Error explained = AadstsCatalog::explain(e);
    QCOMPARE(explained.code, QStringLiteral("AADSTS%1").arg(code));
    QVERIFY(explained.message.contains(QStringLiteral("AADSTS%1").arg(code)));
    QVERIFY(!explained.cause.isEmpty());
    QVERIFY(!explained.fix.isEmpty());
}

void TestEntraError::catalogCoversBareErrors_data()
{
    QTest::addColumn<QString>("error");
    for (const char *name : {"consent_required", "access_denied", "interaction_required", "invalid_grant"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestEntraError::catalogCoversBareErrors()
{
    QFETCH(QString, error);
    QVERIFY(AadstsCatalog::knownErrors().contains(error));
    EntraError e;
    e.error = error;
    const Error explained = AadstsCatalog::explain(e);
    QCOMPARE(explained.code, QStringLiteral("entra.") + error);
    QVERIFY(!explained.cause.isEmpty());
    QVERIFY(!explained.fix.isEmpty());
}

void TestEntraError::explainsHints_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("object id") << 700016 << QStringLiteral("Object ID");
    QTest::newRow("secret id") << 7000215 << QStringLiteral("Secret ID");
    QTest::newRow("24 months") << 7000222 << QStringLiteral("24 months");
    QTest::newRow("web platform") << 50011 << QStringLiteral("Web platform");
    QTest::newRow("public client") << 700025 << QStringLiteral("Mobile and desktop applications");
    QTest::newRow("single-page application") << 9002327 << QStringLiteral("\"Single-page application\"");
    QTest::newRow("spa moves to web") << 9002327 << QStringLiteral("Web platform");
    QTest::newRow("cross cloud 900382") << 900382 << QStringLiteral("login.microsoftonline.us");
    QTest::newRow("cross cloud 900432") << 900432 << QStringLiteral("portal.azure.us");
    QTest::newRow("consent workflow") << 90095 << QStringLiteral("Admin consent requests");
    QTest::newRow("no reply address") << 500113 << QStringLiteral("Web platform");
    QTest::newRow("65001 cloud app admin") << 65001 << QStringLiteral("Cloud Application Administrator");
    QTest::newRow("65001 app admin") << 65001 << QStringLiteral("Application Administrator");
    QTest::newRow("90094 cloud app admin") << 90094 << QStringLiteral("Cloud Application Administrator");
    QTest::newRow("resource not in tenant") << 500011 << QStringLiteral("another tenant");
}

// What earlier entries claimed without a source, or against one.
void TestEntraError::claimsNothingUnsourced_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("unsourced");
    QTest::newRow("700025 public client flows") << 700025 << QStringLiteral("Allow public client flows");
    QTest::newRow("500011 other cloud") << 500011 << QStringLiteral("tenant's cloud");
    QTest::newRow("90002 US Government unknown") << 90002 << QStringLiteral("(for example US Government)");
    QTest::newRow("65001 only global admins") << 65001 << QStringLiteral("Ask a Global Administrator");
    QTest::newRow("90094 only global admins") << 90094 << QStringLiteral("to a Global Administrator");
}

void TestEntraError::claimsNothingUnsourced()
{
    QFETCH(int, code);
    QFETCH(QString, unsourced);
    EntraError e;
    e.aadsts = code;
    const QString text = AadstsCatalog::explain(e).userText();
    QVERIFY2(!text.contains(unsourced), qPrintable(text));
}

void TestEntraError::explainsHints()
{
    QFETCH(int, code);
    QFETCH(QString, mentioned);
    EntraError e;
    e.aadsts = code;
    QVERIFY2(AadstsCatalog::explain(e).userText().contains(mentioned),
             qPrintable(AadstsCatalog::explain(e).userText()));
}

void TestEntraError::explainsContext()
{
    AadstsContext context;
    context.uriToRegister = QStringLiteral("http://localhost/flexo-teams-setup");
    context.adminConsentUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/t/adminconsent?client_id=c"));
    context.secretExpiry = QDate(2025, 1, 31);
    context.clientId = QStringLiteral("b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e");
    EntraError e;
    e.aadsts = 50011;
    QVERIFY(AadstsCatalog::explain(e, context).fix.contains(context.uriToRegister));
    e.aadsts = 90094;
    QVERIFY(AadstsCatalog::explain(e, context).fix.contains(QStringLiteral("adminconsent?client_id=c")));
    e.aadsts = 65001;
    QVERIFY(AadstsCatalog::explain(e, context).fix.contains(QStringLiteral("adminconsent?client_id=c")));
    e.aadsts = 90095;
    QVERIFY(AadstsCatalog::explain(e, context).fix.contains(QStringLiteral("adminconsent?client_id=c")));
    e.aadsts = 0;
    e.error = QStringLiteral("consent_required");
    QVERIFY(AadstsCatalog::explain(e, context).fix.contains(QStringLiteral("adminconsent?client_id=c")));
    e.error.clear();
    e.aadsts = 7000222;
    QVERIFY(AadstsCatalog::explain(e, context).cause.contains(QStringLiteral("2025")));
    e.aadsts = 700016;
    QVERIFY(AadstsCatalog::explain(e, context).cause.contains(context.clientId));
}

void TestEntraError::namesTheUriForEveryRedirectCode_data()
{
    QTest::addColumn<int>("code");
    for (int code : {50011, 500113, 700025, 9002327})
        QTest::addRow("AADSTS%d", code) << code;
}

void TestEntraError::namesTheUriForEveryRedirectCode()
{
    QFETCH(int, code);
    AadstsContext context;
    context.uriToRegister = QStringLiteral("https://flexo.stluc.example/teams/oauth/callback");
    EntraError e;
    e.aadsts = code;
    const Error explained = AadstsCatalog::explain(e, context);
    QVERIFY2(explained.fix.contains(context.uriToRegister), qPrintable(explained.fix));
    QVERIFY(!explained.fix.contains(QStringLiteral("Manifest")));
}

void TestEntraError::tellsWhere127001IsRegistered()
{
    AadstsContext context;
    context.uriToRegister = QStringLiteral("http://127.0.0.1/flexo-teams-setup");
    EntraError e;
    e.aadsts = 50011;
    const QString fix = AadstsCatalog::explain(e, context).fix;
    QVERIFY2(fix.contains(QStringLiteral("http://localhost")), qPrintable(fix));
    QVERIFY2(fix.contains(QStringLiteral("Manifest")), qPrintable(fix));
    QVERIFY(AadstsCatalog::registrationNote(QStringLiteral("http://127.0.0.1:5000/cb"))
                .contains(QStringLiteral("replyUrlsWithType")));
    QVERIFY(AadstsCatalog::registrationNote(QStringLiteral("http://localhost/flexo-teams-setup")).isEmpty());
    QVERIFY(AadstsCatalog::registrationNote(QStringLiteral("https://flexo.example/cb")).isEmpty());
}

void TestEntraError::setsTheRemedyOnce_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("fromPlatform");
    QTest::newRow("50011") << 50011 << QString() << "register-redirect-uri"
                           << "http://localhost/flexo-teams-setup"
                           << "";
    QTest::newRow("500113") << 500113 << QString() << "register-redirect-uri"
                            << "http://localhost/flexo-teams-setup"
                            << "";
    QTest::newRow("700025") << 700025 << QString() << "register-redirect-uri"
                            << "http://localhost/flexo-teams-setup"
                            << "publicClient";
    QTest::newRow("9002327") << 9002327 << QString() << "register-redirect-uri"
                             << "http://localhost/flexo-teams-setup"
                             << "spa";
    QTest::newRow("65001") << 65001 << QString() << "grant-admin-consent"
                           << ""
                           << "";
    QTest::newRow("90094") << 90094 << QString() << "grant-admin-consent"
                           << ""
                           << "";
    QTest::newRow("90095") << 90095 << QString() << "grant-admin-consent"
                           << ""
                           << "";
    QTest::newRow("consent_required") << 0 << "consent_required"
                                      << "grant-admin-consent"
                                      << ""
                                      << "";
    QTest::newRow("900382") << 900382 << QString() << "switch-cloud"
                            << ""
                            << "";
    QTest::newRow("7000222") << 7000222 << QString() << "create-new-secret"
                             << ""
                             << "";
    QTest::newRow("7000215") << 7000215 << QString() << "create-new-secret"
                             << ""
                             << "";
    QTest::newRow("700016") << 700016 << QString() << "correct-client-id"
                            << ""
                            << "";
    QTest::newRow("53003") << 53003 << QString() << "ask-conditional-access-owner"
                           << "corr-1"
                           << "";
    QTest::newRow("50126") << 50126 << QString() << "sign-in-again"
                           << ""
                           << "";
    QTest::newRow("access_denied") << 0 << "access_denied"
                                   << "sign-in-again"
                                   << ""
                                   << "";
    QTest::newRow("unknown number") << 1234567 << "invalid_request"
                                    << "none"
                                    << ""
                                    << "";
}

void TestEntraError::setsTheRemedyOnce()
{
    QFETCH(int, code);
    QFETCH(QString, error);
    QFETCH(QString, kind);
    QFETCH(QString, target);
    QFETCH(QString, fromPlatform);
    AadstsContext context;
    context.uriToRegister = QStringLiteral("http://localhost/flexo-teams-setup");
    context.adminConsentUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/t/adminconsent?client_id=c"));
    context.adminRequestText = QStringLiteral("Please grant consent.");
    EntraError e;
    e.aadsts = code;
    e.error = error;
    e.correlationId = QStringLiteral("corr-1");
    const Remedy remedy = AadstsCatalog::explain(e, context).remedy;
    QCOMPARE(Remedy::kindName(remedy.kind), kind);
    if (remedy.kind == RemedyKind::GrantAdminConsent) {
        QCOMPARE(remedy.link, context.adminConsentUrl);
        QCOMPARE(remedy.text, context.adminRequestText);
    } else {
        QCOMPARE(remedy.target, target);
    }
    QCOMPARE(remedy.fromPlatform, fromPlatform);
    if (remedy.kind == RemedyKind::RegisterRedirectUri)
        QCOMPARE(remedy.platform, QStringLiteral("web"));
}

void TestEntraError::unknownCodeFallsBackToMicrosoftsWords()
{
    const QByteArray body =
        R"({"error":"invalid_request","error_description":"AADSTS1234567: Something new.\r\nTrace ID: t","error_codes":[1234567]})";
    const Error explained = AadstsCatalog::explain(EntraError::fromJsonBody(body, 400));
    QCOMPARE(explained.code, QStringLiteral("AADSTS1234567"));
    QVERIFY(explained.cause.contains(QStringLiteral("Something new.")));
    QVERIFY(explained.fix.contains(QStringLiteral("https://login.microsoftonline.com/error?code=1234567")));
    QVERIFY(explained.detail.contains(QStringLiteral("trace_id=t")));
}

void TestEntraError::helpUrlPointsToMicrosoft()
{
    QCOMPARE(AadstsCatalog::errorPageUrl(50011),
             QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=50011")));
    QVERIFY(AadstsCatalog::errorPageUrl(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestEntraError)
#include "tst_entraerror.moc"
