#include "AuthTestSupport.h"
#include "RecordingNetworkAccessManager.h"

#include "cloud/EntraError.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

using namespace flexo;
using namespace authtest;

namespace {

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                   message;
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

QString resultText(const AuthResult &r)
{
    QStringList parts = {
        r.error.code,        r.error.message, r.error.cause,          r.error.fix,
        r.error.detail,      r.summary,       r.observed.description, r.observed.errorUri.toString(),
        r.helpUrl.toString()};
    for (auto it = r.facts.cbegin(); it != r.facts.cend(); ++it)
        parts << it.key() << it.value().toString() << it.value().toStringList().join(QLatin1Char(' '));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

// Runs the flows at debug log level and checks that no log line and no result carries the secret,
// an authorization code, a token or the PKCE verifier.
class TestAuthLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingSensitiveIsLoggedOrReported();
    void tokenRequestsAreEncodedRight();
    void sessionsRegisterEverySecretTheyMet();

private:
    void runFlows();

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<RecordingNetworkAccessManager> m_network;
    QList<AuthResult> m_results;
    QStringList m_accessTokens;
    // SignInSession::sensitiveValues() of every session, and how often sensitiveValueCreated came.
    QStringList m_registered;
    int m_createdSignals = 0;
};

void TestAuthLeaks::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flexo.*=true\nqt.networkauth*=true"));
    g_previous = qInstallMessageHandler(record);
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    QString error;
    QVERIFY2(m_fake->loadScenario(scenarioWithLegacySecret(), &error), qPrintable(error));
    m_network = std::make_unique<RecordingNetworkAccessManager>();
    runFlows();
}

void TestAuthLeaks::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestAuthLeaks::runFlows()
{
    const auto clientCredentials = [this](const QString &secret) {
        HttpClient client(m_network.get());
        ClientCredentialsService service(&client);
        QSignalSpy done(&service, &ClientCredentialsService::finished);
        ClientCredentialsRequest request = clientCredentialsRequest(*m_fake);
        request.clientSecret = secret;
        service.start(request);
        QVERIFY(done.wait(10000));
        m_results << done.at(0).at(0).value<AuthResult>();
    };
    clientCredentials(kSecret);
    clientCredentials(kLegacySecret);
    clientCredentials(kSecretId);

    fake::BrowserSimulator browser;
    const auto signIn = [&](const QString &secret, bool paste) {
        SignInSession session(m_network.get());
        QSignalSpy finished(&session, &SignInSession::finished);
        QSignalSpy browserDone(&browser, &fake::BrowserSimulator::finished);
        QSignalSpy created(&session, &SignInSession::sensitiveValueCreated);
        connect(&session, &SignInSession::signInFinished, this,
                [this](const AuthResult &r) { m_results << r; });
        connect(&session, &SignInSession::refreshFinished, this,
                [this](const AuthResult &r) { m_results << r; });
        browser.followRedirectToLoopback = !paste;
        session.setBrowserOpener([&browser](const QUrl &url) {
            browser.open(url);
            return true;
        });
        SignInRequest request = signInRequest(*m_fake);
        request.clientSecret = secret;
        session.start(request);
        if (paste) {
            QVERIFY(browserDone.wait(10000));
            QVERIFY(session.submitPastedAnswer(browserDone.at(0).at(0).toUrl().toString()).isNull());
        }
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000));
        if (!session.accessToken().isEmpty())
            m_accessTokens << session.accessToken();
        m_registered << session.sensitiveValues();
        m_createdSignals += int(created.size());
        for (const QList<QVariant> &arguments : std::as_const(created))
            QVERIFY(session.sensitiveValues().contains(arguments.at(0).toString()));
    };
    signIn(kSecret, false);
    signIn(kLegacySecret, true);
    signIn(kSecretId, false); // refused at the code redemption
    m_fake->setConsentMode(kClientId, QStringLiteral("page"));
    browser.setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Cancel);
    signIn(kSecret, false);
}

void TestAuthLeaks::nothingSensitiveIsLoggedOrReported()
{
    QStringList sensitive = {kSecret, kLegacySecret, kSecretId};
    sensitive << m_accessTokens;
    int codes = 0;
    int verifiers = 0;
    int refreshTokens = 0;
    for (const auto &sent : std::as_const(m_network->sent)) {
        const auto items = EntraError::formItems(QString::fromLatin1(sent.body));
        for (const auto &item : items) {
            if (item.first == QLatin1String("code")) {
                sensitive << item.second;
                ++codes;
            } else if (item.first == QLatin1String("code_verifier")) {
                sensitive << item.second;
                ++verifiers;
            } else if (item.first == QLatin1String("refresh_token")) {
                sensitive << item.second;
                ++refreshTokens;
            }
        }
    }
    QVERIFY(codes >= 3);
    QVERIFY(verifiers >= 3);
    QVERIFY(refreshTokens >= 2);
    QVERIFY(m_accessTokens.size() >= 2);
    // The fake's token formats, whatever their value.
    const QStringList markers = {QStringLiteral("fakecode."), QStringLiteral("fakerefresh."),
                                 QStringLiteral("fakeaccess."), QStringLiteral("eyJ")};

    QVERIFY(g_lines.size() > 20);
    // The debug output of both our category and Qt's OAuth categories was really produced.
    QVERIFY(!g_lines.filter(QStringLiteral("qt.networkauth")).isEmpty());
    QVERIFY(!g_lines.filter(QStringLiteral("flexo.auth: Token endpoint answered")).isEmpty());
    QVERIFY(m_results.size() >= 8);
    QStringList texts = g_lines;
    for (const AuthResult &r : std::as_const(m_results))
        texts << resultText(r);
    for (const QString &text : std::as_const(texts)) {
        for (const QString &value : std::as_const(sensitive)) {
            QVERIFY2(!text.contains(value), qPrintable(QStringLiteral("leak in: ") + text.left(300)));
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
            QVERIFY2(!text.contains(encoded),
                     qPrintable(QStringLiteral("encoded leak in: ") + text.left(300)));
        }
        for (const QString &marker : markers)
            QVERIFY2(!text.contains(marker), qPrintable(QStringLiteral("token in: ") + text.left(300)));
    }
}

void TestAuthLeaks::tokenRequestsAreEncodedRight()
{
    const QByteArray legacyEncoded = QUrl::toPercentEncoding(kLegacySecret);
    QVERIFY(legacyEncoded.contains("%2B"));
    bool sawLegacyRedeem = false;
    bool sawRefresh = false;
    for (const auto &sent : std::as_const(m_network->sent)) {
        const QByteArray &body = sent.body;
        if (body.contains("grant_type=authorization_code") && body.contains(legacyEncoded)) {
            sawLegacyRedeem = true;
            QVERIFY(!body.contains("%25")); // nothing encoded twice
            QVERIFY(body.contains("code_verifier="));
            QVERIFY(body.contains("redirect_uri=http%3A%2F%2Flocalhost%3A"));
        }
        if (body.contains("grant_type=refresh_token")) {
            sawRefresh = true;
            QVERIFY2(!body.contains("redirect_uri"), body.constData());
            QVERIFY(body.contains("scope="));
            QVERIFY(!body.contains("client_secret=&"));
        }
        // A raw '+' in any token-endpoint body would reach the server as a space.
        if (sent.url.path().endsWith(QLatin1String("/token")))
            QVERIFY2(!body.contains('+'), body.constData());
    }
    QVERIFY(sawLegacyRedeem);
    QVERIFY(sawRefresh);
}

void TestAuthLeaks::sessionsRegisterEverySecretTheyMet()
{
    // Everything secret that went to the token endpoint, found on the wire independently of the product.
    int onTheWire = 0;
    for (const auto &sent : std::as_const(m_network->sent)) {
        if (!sent.url.path().endsWith(QLatin1String("/token")) ||
            sent.body.contains("grant_type=client_credentials"))
            continue;
        const auto items = EntraError::formItems(QString::fromLatin1(sent.body));
        for (const auto &item : items) {
            if (item.first == QLatin1String("code") || item.first == QLatin1String("code_verifier") ||
                item.first == QLatin1String("refresh_token") ||
                item.first == QLatin1String("client_secret")) {
                ++onTheWire;
                QVERIFY2(m_registered.contains(item.second),
                         qPrintable(item.first + QStringLiteral(" was sent but not registered")));
            }
        }
    }
    QVERIFY(onTheWire >= 10);
    for (const QString &token : std::as_const(m_accessTokens))
        QVERIFY(m_registered.contains(token));
    // The ID tokens never go out again, so they are recognised by their audience.
    int idTokens = 0;
    for (const QString &value : std::as_const(m_registered)) {
        const QStringList parts = value.split(QLatin1Char('.'));
        if (parts.size() != 3)
            continue;
        const QByteArray payload =
            QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
        idTokens +=
            QJsonDocument::fromJson(payload).object().value(QStringLiteral("aud")).toString() == kClientId;
    }
    QVERIFY(idTokens >= 2);
    QCOMPARE(m_createdSignals, int(m_registered.size()));
}

QTEST_GUILESS_MAIN(TestAuthLeaks)
#include "tst_authleaks.moc"
