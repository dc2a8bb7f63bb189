#include "auth/LoopbackRequest.h"

#include <QtTest>

using namespace flexo;

using Status = LoopbackRequest::Status;

class TestLoopbackRequest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheRequestHead_data();
    void readsTheRequestHead();
    void waitsForTheEndOfTheHead_data();
    void waitsForTheEndOfTheHead();
    void refusesAHeadWithoutEnd();
    void refusesMalformedRequestLines_data();
    void refusesMalformedRequestLines();
    void state_data();
    void state();
};

void TestLoopbackRequest::readsTheRequestHead_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rawQuery");
    QTest::newRow("callback") << QByteArray("GET /flexo-teams-setup?code=C0de%2B1&state=s HTTP/1.1\r\nHost: "
                                            "localhost\r\n\r\n")
                              << QByteArray("GET") << QStringLiteral("/flexo-teams-setup")
                              << QStringLiteral("code=C0de%2B1&state=s");
    QTest::newRow("no query") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << QByteArray("GET")
                              << QStringLiteral("/favicon.ico") << QString();
    QTest::newRow("bare line feeds") << QByteArray("POST /x?a HTTP/1.0\nHost: h\n\n") << QByteArray("POST")
                                     << QStringLiteral("/x") << QStringLiteral("a");
    QTest::newRow("path percent-decoded, query as received")
        << QByteArray("GET /flexo%2Dteams-setup?state=%E2%82%AC+x HTTP/1.1\r\n\r\n") << QByteArray("GET")
        << QStringLiteral("/flexo-teams-setup") << QStringLiteral("state=%E2%82%AC+x");
    QTest::newRow("body after the head") << QByteArray("GET /p HTTP/1.1\r\n\r\nGET /q HTTP/1.1\r\n\r\n")
                                         << QByteArray("GET") << QStringLiteral("/p") << QString();
}

void TestLoopbackRequest::readsTheRequestHead()
{
    QFETCH(QByteArray, received);
    const LoopbackRequest request = LoopbackRequest::parse(received);
    QCOMPARE(request.status, Status::Complete);
    QTEST(request.method, "method");
    QTEST(request.path, "path");
    QTEST(request.rawQuery, "rawQuery");
}

void TestLoopbackRequest::waitsForTheEndOfTheHead_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("request line only") << QByteArray("GET /flexo-teams-setup?code=x HTTP/1.1\r\n");
    QTest::newRow("headers cut") << QByteArray("GET / HTTP/1.1\r\nHost: local");
    QTest::newRow("exactly the limit") << QByteArray(LoopbackRequest::kMaxHeaderBytes, 'a');
}

void TestLoopbackRequest::waitsForTheEndOfTheHead()
{
    QFETCH(QByteArray, received);
    QCOMPARE(LoopbackRequest::parse(received).status, Status::Incomplete);
}

void TestLoopbackRequest::refusesAHeadWithoutEnd()
{
    QCOMPARE(LoopbackRequest::parse(QByteArray(LoopbackRequest::kMaxHeaderBytes + 1, 'a')).status,
             Status::TooLarge);
}

void TestLoopbackRequest::refusesMalformedRequestLines_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::newRow("no version") << QByteArray("GET /flexo-teams-setup\r\n\r\n");
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.0\r\n\r\n");
    QTest::newRow("double space") << QByteArray("GET  /x HTTP/1.1\r\n\r\n");
    QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01 hello\r\n\r\n");
    QTest::newRow("empty line") << QByteArray("\r\n\r\n");
}

void TestLoopbackRequest::refusesMalformedRequestLines()
{
    QFETCH(QByteArray, received);
    QCOMPARE(LoopbackRequest::parse(received).status, Status::Malformed);
}

void TestLoopbackRequest::state_data()
{
    QTest::addColumn<QString>("rawQuery");
    QTest::addColumn<bool>("hasState");
    QTest::addColumn<QString>("state");
    QTest::newRow("none") << QStringLiteral("code=x") << false << QString();
    QTest::newRow("empty") << QStringLiteral("code=x&state=") << true << QString();
    QTest::newRow("decoded") << QStringLiteral("state=a%2Bb+c") << true << QStringLiteral("a+b c");
    QTest::newRow("last wins") << QStringLiteral("state=a&state=b") << true << QStringLiteral("b");
}

void TestLoopbackRequest::state()
{
    QFETCH(QString, rawQuery);
    QFETCH(bool, hasState);
    LoopbackRequest request;
    request.rawQuery = rawQuery;
    const std::optional<QString> state = request.state();
    QCOMPARE(state.has_value(), hasState);
    if (hasState)
        QTEST(*state, "state");
}

QTEST_GUILESS_MAIN(TestLoopbackRequest)
#include "tst_loopbackrequest.moc"
