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
                                        << "secretcode" << "REDACTED";
        QTest::newRow("verifier") << "https://login/x?code_verifier=verif1er&client_id=abc" << "verif1er"
                                  << "client_id=abc";
        QTest::newRow("fragment token") << "https://app/#access_token=tok3n&token_type=Bearer" << "tok3n"
                                        << "token_type=Bearer";
        QTest::newRow("error kept") << "http://127.0.0.1/cb?error=access_denied&state=s1"
                                    << "s1" << "error=access_denied";
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
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
