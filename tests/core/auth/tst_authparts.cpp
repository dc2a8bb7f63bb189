#include "DefaultScenarioValues.h"
#include "auth/BrowserOpener.h"
#include "auth/IdTokenClaims.h"
#include "auth/SignInSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace flexo;

namespace {

QString jwt(const QJsonObject &payload)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"RS256","typ":"JWT"})") + QLatin1Char('.') +
           part(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace

class TestAuthParts : public QObject
{
    Q_OBJECT

private slots:
    void decodesIdToken();
    void rejectsBrokenIdTokens_data();
    void rejectsBrokenIdTokens();
    void browserCommand_data();
    void browserCommand();
    void adminConsentUrl();
};

void TestAuthParts::decodesIdToken()
{
    const IdTokenClaims claims =
        IdTokenClaims::decode(jwt({{QStringLiteral("tid"), flexo::fake::defaults::tenantId},
                                   {QStringLiteral("oid"), flexo::fake::defaults::signInUserId},
                                   {QStringLiteral("preferred_username"), flexo::fake::defaults::signInUser},
                                   {QStringLiteral("name"), QStringLiteral("Camille Martin \u00e9")}}));
    QVERIFY(claims.valid);
    QCOMPARE(claims.tenantId, flexo::fake::defaults::tenantId);
    QCOMPARE(claims.objectId, flexo::fake::defaults::signInUserId);
    QCOMPARE(claims.preferredUsername, flexo::fake::defaults::signInUser);
    QCOMPARE(claims.name, QStringLiteral("Camille Martin \u00e9"));
}

void TestAuthParts::rejectsBrokenIdTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("one part") << QStringLiteral("abc");
    QTest::newRow("not base64") << QStringLiteral("a.!!!.c");
    QTest::newRow("not json") << QStringLiteral("a.") + QString::fromLatin1(QByteArray("hello").toBase64()) +
                                     QStringLiteral(".c");
}

void TestAuthParts::rejectsBrokenIdTokens()
{
    QFETCH(QString, token);
    QVERIFY(!IdTokenClaims::decode(token).valid);
}

void TestAuthParts::browserCommand_data()
{
    QTest::addColumn<QString>("browserVariable");
    QTest::addColumn<QStringList>("expected");
    const QString url = QStringLiteral("https://login.example/t/oauth2/v2.0/authorize?a=1&b=2");
    QTest::newRow("unset") << QString() << QStringList{QStringLiteral("xdg-open"), url};
    QTest::newRow("program") << QStringLiteral("firefox") << QStringList{QStringLiteral("firefox"), url};
    QTest::newRow("arguments") << QStringLiteral("firefox --private-window")
                               << QStringList{QStringLiteral("firefox"), QStringLiteral("--private-window"),
                                              url};
    QTest::newRow("quoted") << QStringLiteral("\"/opt/my browser/run\" -x")
                            << QStringList{QStringLiteral("/opt/my browser/run"), QStringLiteral("-x"), url};
    QTest::newRow("no shell") << QStringLiteral("echo; rm -rf /")
                              << QStringList{QStringLiteral("echo;"), QStringLiteral("rm"),
                                             QStringLiteral("-rf"), QStringLiteral("/"), url};
}

void TestAuthParts::browserCommand()
{
    QFETCH(QString, browserVariable);
    QFETCH(QStringList, expected);
    const QUrl url(QStringLiteral("https://login.example/t/oauth2/v2.0/authorize?a=1&b=2"));
    QCOMPARE(BrowserOpeners::commandFor(browserVariable, url), expected);
}

void TestAuthParts::adminConsentUrl()
{
    const QUrl url = SignInSession::adminConsentUrl(
        QUrl(QStringLiteral("https://login.microsoftonline.us/")), flexo::fake::defaults::tenantId,
        flexo::fake::defaults::clientId, QStringLiteral("http://localhost/flexo-teams-setup"));
    QCOMPARE(url.host(), QStringLiteral("login.microsoftonline.us"));
    QCOMPARE(url.path(),
             QLatin1Char('/') + flexo::fake::defaults::tenantId + QStringLiteral("/adminconsent"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), flexo::fake::defaults::clientId);
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://localhost/flexo-teams-setup"));
    QVERIFY(url.toString(QUrl::FullyEncoded)
                .contains(QStringLiteral("redirect_uri=http%3A%2F%2Flocalhost%2Fflexo-teams-setup")));
}

QTEST_GUILESS_MAIN(TestAuthParts)
#include "tst_authparts.moc"
