#include "auth/TokenReply.h"

#include <QtTest>

using namespace flexo;

class TestTokenReply : public QObject
{
    Q_OBJECT

private slots:
    void readsAGrant();
    void readsARefusal();
    void expiresIn_data();
    void expiresIn();
    void notAGrant_data();
    void notAGrant();
};

void TestTokenReply::readsAGrant()
{
    const TokenReply reply = TokenReply::read(
        R"({"token_type":"Bearer","scope":"https://graph.microsoft.com/OnlineMeetings.ReadWrite openid",)"
        R"("expires_in":3599,"ext_expires_in":3599,"access_token":"at","refresh_token":"rt","id_token":"it"})",
        200);
    QVERIFY(reply.refusal.isNull());
    QVERIFY(reply.isJsonObject);
    QCOMPARE(reply.info.httpStatus, 200);
    QCOMPARE(reply.info.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(reply.info.expiresIn, 3599);
    QCOMPARE(reply.info.scope, QStringLiteral("https://graph.microsoft.com/OnlineMeetings.ReadWrite openid"));
    QVERIFY(reply.info.hasRefreshToken);
    QVERIFY(reply.info.hasIdToken);
    QCOMPARE(reply.values.value(QStringLiteral("access_token")).toString(), QStringLiteral("at"));
    QCOMPARE(reply.values.value(QStringLiteral("id_token")).toString(), QStringLiteral("it"));
}

void TestTokenReply::readsARefusal()
{
    const TokenReply reply = TokenReply::read(
        R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.",)"
        R"("error_codes":[7000215],"access_token":"never"})",
        401);
    QCOMPARE(reply.refusal.error, QStringLiteral("invalid_client"));
    QCOMPARE(reply.refusal.aadsts, 7000215);
    QCOMPARE(reply.refusal.httpStatus, 401);
    QVERIFY(!reply.isJsonObject);
    QVERIFY(reply.values.isEmpty());
}

void TestTokenReply::expiresIn_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expiresIn");
    QTest::newRow("number") << QByteArray("3599") << 3599;
    QTest::newRow("text") << QByteArray("\"3599\"") << 3599;
    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("not a number") << QByteArray("\"soon\"") << 0;
}

void TestTokenReply::expiresIn()
{
    QFETCH(QByteArray, value);
    const QByteArray body = value.isEmpty() ? QByteArray(R"({"access_token":"at"})")
                                            : R"({"access_token":"at","expires_in":)" + value + '}';
    QTEST(TokenReply::read(body, 200).info.expiresIn, "expiresIn");
}

void TestTokenReply::notAGrant_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Proxy login</body></html>");
    QTest::newRow("array") << QByteArray(R"([{"access_token":"at"}])");
    QTest::newRow("cut short") << QByteArray(R"({"access_token":"at","refresh)");
}

void TestTokenReply::notAGrant()
{
    QFETCH(QByteArray, body);
    const TokenReply reply = TokenReply::read(body, 200);
    QVERIFY(reply.refusal.isNull());
    QVERIFY(!reply.isJsonObject);
    QVERIFY(reply.values.isEmpty());
    QCOMPARE(reply.info.expiresIn, -1);
}

QTEST_GUILESS_MAIN(TestTokenReply)
#include "tst_tokenreply.moc"
