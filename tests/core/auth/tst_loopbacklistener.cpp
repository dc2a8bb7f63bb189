#include "auth/LoopbackListener.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace flexo;
using namespace std::chrono_literals;

namespace {

// Sends `chunks` one after the other (flushing and pausing in between, like a slow client) and
// returns everything the listener answered before closing the connection.
QByteArray exchange(quint16 port, const QList<QByteArray> &chunks,
                    const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        socket.flush();
        QTest::qWait(50);
    }
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer += socket.readAll();
    return closed ? answer : answer + "\n(connection still open)";
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\n\r\n";
}

const QString kState = QStringLiteral("Xy9_-state0123456789abc");

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private slots:
    void bindsLoopbackOnly();
    void otherAddressesCannotConnect();
    void acceptsTheCallbackOnceAndCloses();
    void listensOnIpv6LoopbackToo();
    void capsConcurrentConnections();
    void countsStrayRequestsAndLogsThemOnce();
    void ignoresStrayRequests_data();
    void ignoresStrayRequests();
    void rejectsWrongOrMissingState_data();
    void rejectsWrongOrMissingState();
    void handlesRequestsInPieces();
    void timesOut();
    void closeStopsListening();
    void pageIsSelfContainedAndEscaped();
};

void TestLoopbackListener::bindsLoopbackOnly()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QVERIFY(listener.isListening());
    QVERIFY(listener.port() != 0);
    // Not the 6.4 handler trap (port 2 on every interface): a random port on 127.0.0.1 only.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.port());
    QTRY_COMPARE(probe.state(), QAbstractSocket::ConnectedState);
}

void TestLoopbackListener::otherAddressesCannotConnect()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    int tried = 0;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++tried;
        QTcpSocket socket;
        socket.connectToHost(address, listener.port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState ||
                                     socket.state() == QAbstractSocket::ConnectedState,
                                 5000);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(socket.error() != QAbstractSocket::UnknownSocketError);
    }
    qInfo("checked %d non-loopback IPv4 address(es)", tried);
}

void TestLoopbackListener::acceptsTheCallbackOnceAndCloses()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    const quint16 port = listener.port();
    const QByteArray answer = exchange(
        port, {get("/flexo-teams-setup?code=C0de%2B1&state=" + kState.toLatin1() + "&session_state=s")});
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
    QCOMPARE(callbacks.size(), 1);
    QCOMPARE(callbacks.at(0).at(0).toString(),
             QStringLiteral("code=C0de%2B1&state=") + kState + QStringLiteral("&session_state=s"));
    QVERIFY(!listener.isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE(late.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(callbacks.size(), 1);
}

namespace {

// Whether this machine has an IPv6 loopback to bind (containers may have none).
bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
}

QStringList s_messages;

void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_messages << message;
}

} // namespace

// Browsers try http://localhost on ::1 first: the answer must arrive there too, on the same port,
// so that no other local user can take [::1]:PORT and receive the code.
void TestLoopbackListener::listensOnIpv6LoopbackToo()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    if (!hasIpv6Loopback()) {
        // Nothing to take on this machine: 127.0.0.1 alone is right, and says so.
        QVERIFY(!listener.isListeningOnIpv6());
        qInfo("this machine has no IPv6 loopback");
        return;
    }
    QVERIFY(listener.isListeningOnIpv6());
    // Nobody else can bind [::1] on the listener's port.
    QTcpServer squatter;
    QVERIFY(!squatter.listen(QHostAddress(QHostAddress::LocalHostIPv6), listener.port()));
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    const QByteArray answer =
        exchange(listener.port(), {get("/flexo-teams-setup?code=c6&state=" + kState.toLatin1())},
                 QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
    QCOMPARE(callbacks.size(), 1);
    QVERIFY(!listener.isListening());
    QVERIFY(!listener.isListeningOnIpv6());
}

void TestLoopbackListener::capsConcurrentConnections()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    const int extra = 10;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < LoopbackListener::kMaxConnections + extra; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), listener.port());
    }
    // The listener keeps at most its limit open and closes the rest at once.
    QTRY_COMPARE_WITH_TIMEOUT(listener.refusedConnections(), extra, 10000);
    QVERIFY(listener.openConnections() <= LoopbackListener::kMaxConnections);
    QTRY_COMPARE_WITH_TIMEOUT(int(std::count_if(idle.begin(), idle.end(),
                                                [](const auto &socket) {
                                                    return socket->state() ==
                                                           QAbstractSocket::UnconnectedState;
                                                })),
                              extra, 10000);
    // Once the flood goes away, the real answer gets through.
    idle.clear();
    QTRY_COMPARE_WITH_TIMEOUT(listener.openConnections(), 0, 10000);
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    const QByteArray answer =
        exchange(listener.port(), {get("/flexo-teams-setup?code=c&state=" + kState.toLatin1())});
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
    QCOMPARE(callbacks.size(), 1);
}

void TestLoopbackListener::countsStrayRequestsAndLogsThemOnce()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    s_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
    for (int i = 0; i < 5; ++i)
        exchange(listener.port(), {get("/favicon.ico")});
    exchange(listener.port(), {QByteArray("garbage\r\n\r\n")});
    const QStringList during = s_messages;
    listener.close();
    const QStringList after = s_messages.mid(during.size());
    qInstallMessageHandler(previous);
    QCOMPARE(listener.strayRequests(), 6);
    QCOMPARE(during.filter(QStringLiteral("ignored")).size(), 1);
    QCOMPARE(after.filter(QStringLiteral("ignored 6 stray")).size(), 1);
}

void TestLoopbackListener::ignoresStrayRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("favicon") << get("/favicon.ico");
    QTest::newRow("root") << get("/?code=x&state=" + kState.toLatin1());
    QTest::newRow("prefix") << get("/flexo-teams-setupx?code=x&state=" + kState.toLatin1());
    QTest::newRow("post") << QByteArray("POST /flexo-teams-setup HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n");
}

void TestLoopbackListener::ignoresStrayRequests()
{
    QFETCH(QByteArray, request);
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::stateRejected);
    const QByteArray answer = exchange(listener.port(), {request});
    QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.constData());
    QCOMPARE(callbacks.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::rejectsWrongOrMissingState_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("wrong") << QByteArray("/flexo-teams-setup?code=abc&state=other");
    QTest::newRow("missing") << QByteArray("/flexo-teams-setup?code=abc");
    QTest::newRow("error without state") << QByteArray("/flexo-teams-setup?error=access_denied");
}

void TestLoopbackListener::rejectsWrongOrMissingState()
{
    QFETCH(QByteArray, target);
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::stateRejected);
    const QByteArray answer = exchange(listener.port(), {get(target)});
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(answer.contains("does not belong"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(callbacks.size(), 0);
    // Still waiting for the real answer.
    QVERIFY(listener.isListening());
    exchange(listener.port(), {get("/flexo-teams-setup?code=abc&state=" + kState.toLatin1())});
    QCOMPARE(callbacks.size(), 1);
}

void TestLoopbackListener::handlesRequestsInPieces()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    const QByteArray request = get("/flexo-teams-setup?code=abc&state=" + kState.toLatin1());
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < request.size(); i += 7)
        chunks << request.mid(i, 7);
    const QByteArray answer = exchange(listener.port(), chunks);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());
    QCOMPARE(callbacks.size(), 1);
}

void TestLoopbackListener::timesOut()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 200ms));
    QSignalSpy timedOut(&listener, &LoopbackListener::timedOut);
    QTRY_COMPARE(timedOut.size(), 1);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::closeStopsListening()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    QTcpSocket pending;
    pending.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.port());
    QTRY_COMPARE(pending.state(), QAbstractSocket::ConnectedState);
    QSignalSpy timedOut(&listener, &LoopbackListener::timedOut);
    listener.close();
    QVERIFY(!listener.isListening());
    QTRY_COMPARE(pending.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(timedOut.size(), 0);
}

void TestLoopbackListener::pageIsSelfContainedAndEscaped()
{
    LoopbackListener listener;
    QVERIFY(listener.listen(QStringLiteral("/flexo-teams-setup"), kState, 5min));
    const QByteArray answer =
        exchange(listener.port(), {get("/flexo-teams-setup?code=<b>&state=" + kState.toLatin1())});
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    QVERIFY(body.contains("return to"));
    QVERIFY(answer.contains("Content-Type: text/html; charset=utf-8"));
    for (const char *external : {"<script", "<img", "<link", "src=", "http://", "https://", "<b>"})
        QVERIFY2(!body.contains(external), external);
    QVERIFY(!body.contains("code"));
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
