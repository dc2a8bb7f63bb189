#include "common/Redaction.h"

#include <QTest>

using namespace flexo;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void secretKeepsHintAndLength()
    {
        const QString secret = QStringLiteral("Abc8Q~fake.secret_value-0123456789abcdef");
        const QString shown = redactSecret(secret);
        QVERIFY(shown.startsWith(QStringLiteral("Abc")));
        QVERIFY(shown.contains(QString::number(secret.size())));
        QVERIFY(!shown.contains(QStringLiteral("fake.secret")));
        QCOMPARE(redactSecret(QString()), QStringLiteral("(none)"));
    }

    void tokenKeepsNothing()
    {
        const QString token = QStringLiteral("eyJ0eXAiOiJKV1QifQ.payload.signature");
        QVERIFY(!redactToken(token).contains(QStringLiteral("eyJ")));
    }

    void userMasksLocalPart()
    {
        QCOMPARE(redactUser(QStringLiteral("camille@stluc.onmicrosoft.com")),
                 QStringLiteral("c***@stluc.onmicrosoft.com"));
        QCOMPARE(redactUser(QStringLiteral("nobody")), QStringLiteral("***"));
    }

    void urlSensitiveItems_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("code and state") << "http://127.0.0.1:5000/cb?code=0.AXYZsecretcode&state=st4te"
                                        << "secretcode"
                                        << "REDACTED";
        QTest::newRow("verifier") << "https://login/x?code_verifier=verif1er&client_id=abc"
                                  << "verif1er"
                                  << "client_id=abc";
        QTest::newRow("fragment token") << "https://app/#access_token=tok3n&token_type=Bearer"
                                        << "tok3n"
                                        << "token_type=Bearer";
        QTest::newRow("error kept") << "http://127.0.0.1/cb?error=access_denied&state=s1"
                                    << "s1"
                                    << "error=access_denied";
    }

    void urlSensitiveItems()
    {
        QFETCH(QString, url);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, mustContain);
        const QString shown = redactUrl(QUrl(url));
        QVERIFY2(!shown.contains(mustNotContain), qPrintable(shown));
        QVERIFY2(shown.contains(mustContain), qPrintable(shown));
    }

    void formBody()
    {
        const QString shown =
            redactForm("client_id=cid&client_secret=a%2Bb&grant_type=client_credentials&scope=x");
        QVERIFY(!shown.contains(QStringLiteral("a%2Bb")));
        QVERIFY(shown.contains(QStringLiteral("grant_type=client_credentials")));
    }

    void scrubRemovesPlainAndEncoded()
    {
        const QString secret = QStringLiteral("s3cr+t/=&x");
        const QString text = QStringLiteral("body: client_secret=s3cr%2Bt%2F%3D%26x and s3cr+t/=&x");
        const QString clean = scrub(text, {secret});
        QVERIFY(!clean.contains(secret));
        QVERIFY(!clean.contains(QStringLiteral("s3cr%2Bt")));
    }

    // Every form a secret takes on its way through URLs, JSON, HTML and Markdown, and mixes of them.
    void scrubCoversEveryEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("raw") << QStringLiteral("secret: Zx8Q~a+b/c&d_e<f>g\"h'i j");
        QTest::newRow("fully percent-encoded, upper case") << QStringLiteral(
            "client_secret=%5A%78%38%51%7E%61%2B%62%2F%63%26%64%5F%65%3C%66%3E%67%22%68%27%69%20%6A");
        QTest::newRow("partly percent-encoded, lower case")
            << QStringLiteral("client_secret=Zx8Q~a%2bb%2fc%26d_e%3cf%3eg%22h%27i+j&x=1");
        QTest::newRow("percent-encoded twice")
            << QStringLiteral("redirect=Zx8Q%7Ea%252Bb%252Fc%2526d_e%253Cf%253Eg%2522h%2527i%2520j");
        QTest::newRow("JSON escaped")
            << QStringLiteral("{\"v\":\"Zx8Q~a+b\\/c\\u0026d_e\\u003cf\\u003Eg\\\"h\\u0027i j\"}");
        QTest::newRow("HTML escaped")
            << QStringLiteral("<td>Zx8Q~a+b/c&amp;d_e&lt;f&gt;g&quot;h&#39;i j</td>");
        QTest::newRow("HTML numeric entities")
            << QStringLiteral("<td>&#90;x8Q&#x7e;a+b/c&#x26;d_e&#60;f&#0062;g&#34;h&#X27;i&#32;j</td>");
        QTest::newRow("Markdown escaped") << QStringLiteral("| Zx8Q\\~a\\+b/c&d\\_e\\<f\\>g\\\"h\\'i j |");
    }

    void scrubCoversEveryEncoding()
    {
        QFETCH(QString, text);
        const QString secret = QStringLiteral("Zx8Q~a+b/c&d_e<f>g\"h'i j");
        const QString clean = scrub(text, {secret});
        QVERIFY2(clean.contains(QStringLiteral("REDACTED")), qPrintable(clean));
        QVERIFY2(!clean.contains(QStringLiteral("Zx8")) && !clean.contains(QStringLiteral("%5A%78")) &&
                     !clean.contains(QStringLiteral("&#90;")),
                 qPrintable(clean));
    }

    void scrubKeepsOrdinaryText()
    {
        const QString text = QStringLiteral("a%20b &amp; c \\_d %zz &#; &#x; \\u00 +");
        QCOMPARE(scrub(text, {QStringLiteral("Zx8Q~secret")}), text);
    }

    void scrubIncludesRegisteredValues()
    {
        const QString token = QStringLiteral("1.fakerefresh.registered-token-value");
        registerSensitiveValue(token);
        registerSensitiveValue(QStringLiteral("abc")); // too short: never registered
        QVERIFY(registeredSensitiveValues().contains(token));
        QVERIFY(!registeredSensitiveValues().contains(QStringLiteral("abc")));
        QCOMPARE(scrub(QStringLiteral("refresh_token=1.fakerefresh.registered%2Dtoken-value&abc")),
                 QStringLiteral("refresh_token=REDACTED&abc"));
    }

    void plainTextMakesControlsVisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ESC colour") << QStringLiteral("a\x1b[31mb") << int(TextLines::Single)
                                    << QStringLiteral("a\\x1b[31mb");
        QTest::newRow("OSC 8 link") << QStringLiteral("\x1b]8;;http://x\x07y") << int(TextLines::Multi)
                                    << QStringLiteral("\\x1b]8;;http://x\\x07y");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << int(TextLines::Terminal)
                                << QStringLiteral("a\\u009b2Jb");
        QTest::newRow("newline, single")
            << QStringLiteral("a\r\nb\tc") << int(TextLines::Single) << QStringLiteral("a\\x0d\\x0ab\\x09c");
        QTest::newRow("newline, multi")
            << QStringLiteral("a\r\nb\rc\td") << int(TextLines::Multi) << QStringLiteral("a\nb\\x0dc\td");
        QTest::newRow("progress, terminal")
            << QStringLiteral("\r[1/2]\n") << int(TextLines::Terminal) << QStringLiteral("\r[1/2]\n");
        QTest::newRow("bidi override")
            << QStringLiteral("txt.\u202egnp") << int(TextLines::Multi) << QStringLiteral("txt.\\u202egnp");
        QTest::newRow("DEL and separators")
            << QStringLiteral("a\x7f\u2028b") << int(TextLines::Multi) << QStringLiteral("a\\u007f\\u2028b");
        QTest::newRow("ordinary") << QStringLiteral("Zürich — ok") << int(TextLines::Single)
                                  << QStringLiteral("Zürich — ok");
    }

    void plainTextMakesControlsVisible()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(QString, expected);
        QCOMPARE(plainText(text, TextLines(lines)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
