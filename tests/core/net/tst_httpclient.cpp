#include "ScriptedServer.h"
#include "TestClock.h"
#include "net/RetryReport.h"

#include "net/HostPauses.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"
#include "net/NetworkPolicy.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace flexo;

// Sends a large body in 64 KiB pieces, each only once the previous one left, and counts what it got
// out before the client hung up.
class StreamingServer : public QTcpServer
{
public:
    StreamingServer(qint64 total, bool announced)
        : m_total(total)
        , m_announced(announced)
    {}

    qint64 sent = 0;
    bool finished = false;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->readAll();
            if (m_started)
                return;
            m_started = true;
            socket->write(m_announced ? "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                                            QByteArray::number(m_total) + "\r\n\r\n"
                                      : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                                   "Transfer-Encoding: chunked\r\n\r\n"));
            sendMore(socket);
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
            if (socket->bytesToWrite() == 0)
                sendMore(socket);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            finished = true;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [this] { finished = true; });
    }

private:
    void sendMore(QTcpSocket *socket)
    {
        if (m_queued >= m_total) {
            if (!m_announced && !m_ended) {
                m_ended = true;
                socket->write("0\r\n\r\n");
            }
            if (socket->bytesToWrite() == 0)
                finished = true;
            return;
        }
        const QByteArray piece(qMin<qint64>(64 * 1024, m_total - m_queued), 'x');
        m_queued += piece.size();
        if (m_announced)
            socket->write(piece);
        else
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        sent = m_queued - piece.size(); // what certainly left before this piece
    }

    qint64 m_total;
    bool m_announced;
    bool m_started = false;
    bool m_ended = false;
    qint64 m_queued = 0;
};

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    NetworkOptions directOptions() const
    {
        NetworkOptions options;
        options.proxyMode = NetworkOptions::ProxyMode::Direct;
        options.timeoutMs = 5000;
        return options;
    }

    // Sends `request` and waits for its result (the event loop runs; the test never sleeps).
    HttpResult run(HttpRequest request, TestClock *clock = nullptr, HttpCall **callOut = nullptr)
    {
        QNetworkAccessManager manager;
        const NetworkOptions options = directOptions();
        NetworkFactory::applyProxy(&manager, options);
        HttpClient client(&manager, options, clock);
        HttpResult result;
        bool done = false;
        HttpCall *call = client.send(request, this, [&](const HttpResult &r) {
            result = r;
            done = true;
        });
        if (callOut) {
            *callOut = call;
            call->cancel();
        }
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("request did not finish");
        return result;
    }

    static HttpRequest get(const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        request.operation = QStringLiteral("test");
        return request;
    }

private slots:
    // One redirect policy for every request: never follow. A 307 would post the body (a secret, a
    // code) again to wherever the answer points.
    void redirectIsNeverFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectIsNeverFollowed()
    {
        QFETCH(int, status);
        ScriptedServer elsewhere;
        elsewhere.addResponse(200, R"({"access_token":"x"})");
        ScriptedServer server;
        server.add(ScriptedServer::Action::Respond,
                   ScriptedServer::response(
                       status, {}, {"Location: " + elsewhere.url(QStringLiteral("/t")).toEncoded()}));
        HttpRequest request = get(server.url(QStringLiteral("/token")));
        request.method = "POST";
        request.body = "client_secret=s3cret-in-the-body";
        request.contentType = "application/x-www-form-urlencoded";
        const HttpResult result = run(request);
        QCOMPARE(result.error.code, QStringLiteral("net.redirect-refused"));
        QVERIFY2(result.error.message.contains(QString::number(status)), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.serverPort())),
                 qPrintable(result.error.message));
        QCOMPARE(result.status(), status);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(elsewhere.requests.isEmpty());
    }

    // A server that sends more than the limit is cut off as soon as it passes it, also when it does
    // not announce its length: the answer is never held whole in memory.
    void oversizedBodyIsRefused_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("chunked, no length") << false;
    }

    void oversizedBodyIsRefused()
    {
        QFETCH(bool, announced);
        const qint64 total = 10 * 1024 * 1024;
        StreamingServer server(total, announced);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const HttpResult result =
            run(get(QUrl(QStringLiteral("http://127.0.0.1:%1/big").arg(server.serverPort()))));
        QCOMPARE(result.error.code, QStringLiteral("net.body-too-large"));
        QVERIFY2(result.error.message.contains(QLatin1String("1 MiB")), qPrintable(result.error.message));
        QVERIFY(result.body.isEmpty());
        // The client hung up long before the 10 MiB were out.
        QVERIFY(QTest::qWaitFor([&] { return server.finished; }, 20000));
        QVERIFY2(server.sent < total, qPrintable(QString::number(server.sent)));
    }

    void bodyUpToTheLimitIsRead()
    {
        const qint64 total = NetworkPolicy::kMaxBodyBytes;
        StreamingServer server(total, true);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        HttpRequest request = get(QUrl(QStringLiteral("http://127.0.0.1:%1/big").arg(server.serverPort())));
        request.parseJson = false;
        const HttpResult result = run(request);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.body.size(), total);
    }

    void jsonAnswerWithFacts()
    {
        ScriptedServer server;
        server.addResponse(200, R"({"hello":"world"})", {"request-id: 11112222-0000-4000-8000-000000000001"});
        HttpRequest request = get(server.url(QStringLiteral("/v1.0/me")));
        request.bearerToken = QStringLiteral("eyJ0eXAi.secret-token.value");
        const HttpResult result = run(request);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.status(), 200);
        QCOMPARE(result.jsonObject().value(QLatin1String("hello")).toString(), QStringLiteral("world"));
        QCOMPARE(result.facts.requestId, QStringLiteral("11112222-0000-4000-8000-000000000001"));
        QCOMPARE(result.facts.attempts, 1);
        QCOMPARE(result.facts.method, QStringLiteral("GET"));
        QVERIFY(!result.facts.clientRequestId.isEmpty());
        QCOMPARE(server.requests.size(), 1);
        const QByteArray head = server.requests.first().toLower();
        const QByteArray expectedHeader = "client-request-id: " + result.facts.clientRequestId.toLatin1();
        QVERIFY(head.contains(expectedHeader));
        QVERIFY(head.contains("authorization: bearer eyj0exai.secret-token.value"));
        QVERIFY(!result.facts.url.contains(QLatin1String("secret-token")));
    }

    void freshClientRequestIdPerCall()
    {
        ScriptedServer server;
        server.addResponse(200, "{}");
        server.addResponse(200, "{}");
        const HttpResult first = run(get(server.url()));
        const HttpResult second = run(get(server.url()));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.facts.clientRequestId != second.facts.clientRequestId);
    }

    void httpErrorStatusIsNotATransportError()
    {
        ScriptedServer server;
        server.addResponse(500, R"({"error":{"code":"generalException","message":"boom"}})");
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY(result.ok());
        QCOMPARE(result.status(), 500);
        QCOMPARE(result.facts.attempts, 1); // 500 is not repeated
        QCOMPARE(result.jsonObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("generalException"));
    }

    void retryHonoursRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedWait");
        QTest::newRow("429 seconds") << 429 << QByteArray("2") << qint64(2000);
        QTest::newRow("429 fractional") << 429 << QByteArray("0.5") << qint64(500);
        QTest::newRow("503 http date") << 503 << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(2000);
        QTest::newRow("429 without header: backoff") << 429 << QByteArray() << qint64(1000);
    }

    void retryHonoursRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedWait);
        ScriptedServer server;
        QList<QByteArray> headers;
        if (!retryAfter.isEmpty())
            headers << "Retry-After: " + retryAfter;
        server.addResponse(
            status, R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})", headers);
        server.addResponse(200, R"({"ok":true})");
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.status(), 200);
        QCOMPARE(result.facts.attempts, 2);
        QCOMPARE(clock.waits, QList<qint64>{expectedWait});
        QCOMPARE(result.facts.retryWaitsMs, QList<qint64>{expectedWait});
        QCOMPARE(server.requests.size(), 2);
    }

    // A 429 with Retry-After to one request holds back every later request of the run to that host
    // (another client, another config), but not requests to other hosts.
    void retryAfterPausesTheHostForTheWholeRun()
    {
        ScriptedServer throttled;
        throttled.addResponse(429, R"({"error":{"code":"TooManyRequests","message":""}})",
                              {"Retry-After: 2"});
        throttled.addResponse(200, R"({"ok":true})");
        ScriptedServer other;
        other.addResponse(200, R"({"ok":true})");
        TestClock clock;
        NetworkOptions options = directOptions();
        options.hostPauses = std::make_shared<HostPauses>();
        QNetworkAccessManager manager;
        NetworkFactory::applyProxy(&manager, options);
        auto send = [&](const QUrl &url) {
            HttpClient client(&manager, options, &clock);
            HttpResult result;
            bool done = false;
            client.send(get(url), this, [&](const HttpResult &r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 20000))
                qWarning("request did not finish");
            return result;
        };
        QCOMPARE(send(throttled.url()).status(), 429); // RetryPolicy::none(): not repeated itself
        QVERIFY(clock.waits.isEmpty());
        QCOMPARE(send(other.url()).status(), 200);
        QVERIFY(clock.waits.isEmpty());
        const HttpResult held = send(throttled.url());
        QCOMPARE(held.status(), 200);
        QCOMPARE(clock.waits, QList<qint64>{2000});
        // Reported as held back, not as a retry of its own.
        QCOMPARE(held.facts.heldBackMs, qint64(2000));
        QVERIFY(held.facts.retryWaitsMs.isEmpty());
        // Once the time named has passed, requests go at once.
        clock.now = clock.now.addSecs(3);
        throttled.addResponse(200, R"({"ok":true})");
        const HttpResult free = send(throttled.url());
        QCOMPARE(free.status(), 200);
        QCOMPARE(free.facts.heldBackMs, qint64(0));
        QCOMPARE(clock.waits, QList<qint64>{2000});
    }

    void retryAfterPauseIsBounded()
    {
        HostPauses pauses;
        const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 0), QTimeZone::utc());
        const QUrl host(QStringLiteral("https://graph.microsoft.com/v1.0/me"));
        pauses.pause(host, 3600 * 1000, now);
        QCOMPARE(pauses.remainingMs(host, now), HostPauses::maxPauseMs);
        // A shorter pause does not end a longer one; another host or port is not paused.
        pauses.pause(host, 1000, now);
        QCOMPARE(pauses.remainingMs(host, now), HostPauses::maxPauseMs);
        QCOMPARE(pauses.remainingMs(QUrl(QStringLiteral("https://login.microsoftonline.com/x")), now),
                 qint64(0));
        QCOMPARE(pauses.remainingMs(QUrl(QStringLiteral("https://graph.microsoft.com:8443/x")), now),
                 qint64(0));
        QCOMPARE(pauses.remainingMs(host, now.addSecs(61)), qint64(0));
    }

    void retriesAreBounded()
    {
        ScriptedServer server;
        for (int i = 0; i < 4; ++i)
            server.addResponse(429, R"({"error":{"code":"TooManyRequests","message":""}})",
                               {"Retry-After: 1"});
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph();
        request.retry.maxRetries = 2;
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY(result.ok());
        QCOMPARE(result.status(), 429);
        QCOMPARE(result.facts.attempts, 3);
        QCOMPARE(clock.waits, (QList<qint64>{1000, 1000}));
        QCOMPARE(result.facts.retryAfterMs, qint64(1000));
    }

    void backoffDoubles()
    {
        ScriptedServer server;
        for (int i = 0; i < 3; ++i)
            server.addResponse(503, "{}");
        server.addResponse(200, "{}");
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph();
        request.retry.firstWaitMs = 100;
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QCOMPARE(result.status(), 200);
        QCOMPARE(clock.waits, (QList<qint64>{100, 200, 400}));
    }

    void retryAfterBeyondCapIsNotWaited()
    {
        ScriptedServer server;
        server.addResponse(429, "{}", {"Retry-After: 3600"});
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QCOMPARE(result.status(), 429);
        QCOMPARE(result.facts.attempts, 1);
        QVERIFY(clock.waits.isEmpty());
        QCOMPARE(result.facts.retryAfterMs, qint64(3600000));
    }

    // The token endpoint's and discovery's rule (MSAL's): one repeat after any 5xx, after the
    // Retry-After given (never more than the cap) or one second.
    void identityRetriesServerErrorsOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedWait");
        QTest::newRow("500, no Retry-After") << 500 << QByteArray() << qint64(1000);
        QTest::newRow("502") << 502 << QByteArray() << qint64(1000);
        QTest::newRow("503 Retry-After 2") << 503 << QByteArray("2") << qint64(2000);
        QTest::newRow("504") << 504 << QByteArray() << qint64(1000);
        QTest::newRow("599") << 599 << QByteArray() << qint64(1000);
        QTest::newRow("503 Retry-After 120: the cap") << 503 << QByteArray("120") << qint64(5000);
    }

    void identityRetriesServerErrorsOnce()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedWait);
        ScriptedServer server;
        QList<QByteArray> headers;
        if (!retryAfter.isEmpty())
            headers << "Retry-After: " + retryAfter;
        server.addResponse(status, R"({"error":"temporarily_unavailable","error_codes":[90033]})", headers);
        server.addResponse(200, R"({"token_type":"Bearer"})");
        HttpRequest request = get(server.url(QStringLiteral("/token")));
        request.method = "POST";
        request.body = "grant_type=client_credentials";
        request.retry = RetryPolicy::identity();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.status(), 200);
        QCOMPARE(result.facts.attempts, 2);
        QCOMPARE(clock.waits, QList<qint64>{expectedWait});
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(result.facts.retried.size(), 1);
        QCOMPARE(result.facts.retried.first().status, status);
        QCOMPARE(result.facts.retried.first().serviceCode, QStringLiteral("AADSTS90033"));
    }

    void identityRetriesOnlyOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503 twice: one repeat") << 503 << 2;
        QTest::newRow("429: not a server error") << 429 << 1;
        QTest::newRow("400: an answer") << 400 << 1;
    }

    void identityRetriesOnlyOnce()
    {
        QFETCH(int, status);
        QFETCH(int, attempts);
        ScriptedServer server;
        for (int i = 0; i < 3; ++i)
            server.addResponse(status, R"({"error":"x"})", {"Retry-After: 1"});
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::identity();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QCOMPARE(result.status(), status);
        QCOMPARE(result.facts.attempts, attempts);
        QCOMPARE(server.requests.size(), attempts);
    }

    // Qt's HTTP stack would send a POST again on its own after a connection closed before the
    // answer; here only the policy repeats, and says so.
    void postIsSentAgainOnlyByThePolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("retryAfterSent");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("code");
        QTest::newRow("no policy") << QStringLiteral("none") << true << 1
                                   << QStringLiteral("net.connection-dropped");
        QTest::newRow("identity: once more") << QStringLiteral("identity") << true << 2 << QString();
        QTest::newRow("identity, but never after sent")
            << QStringLiteral("identity") << false << 1 << QStringLiteral("net.connection-dropped");
    }

    void postIsSentAgainOnlyByThePolicy()
    {
        QFETCH(QString, policy);
        QFETCH(bool, retryAfterSent);
        QFETCH(int, requests);
        QFETCH(QString, code);
        ScriptedServer server;
        server.add(ScriptedServer::Action::Drop);
        server.addResponse(200, R"({"ok":true})");
        server.addResponse(200, R"({"ok":true})");
        HttpRequest request = get(server.url(QStringLiteral("/token")));
        request.method = "POST";
        request.body = "grant_type=authorization_code&code=once-only";
        request.contentType = "application/x-www-form-urlencoded";
        request.retry = policy == QLatin1String("identity") ? RetryPolicy::identity() : RetryPolicy::none();
        request.retryAfterSent = retryAfterSent;
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QCOMPARE(result.error.code, code);
        QCOMPARE(server.requests.size(), requests);
        QCOMPARE(result.facts.attempts, requests);
        if (requests == 2) {
            QCOMPARE(result.facts.retried.size(), 1);
            QCOMPARE(result.facts.retried.first().failure, QStringLiteral("net.connection-dropped"));
            QCOMPARE(RetryReport::retries(result.facts),
                     QStringLiteral("one retry: the connection closed before the answer"));
        }
    }

    void noAnswerIsRetriedForReads()
    {
        ScriptedServer server;
        server.add(ScriptedServer::Action::Silent);
        server.addResponse(200, R"({"ok":true})");
        HttpRequest request = get(server.url());
        request.timeoutMs = 300;
        request.retry = RetryPolicy::graph();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.facts.attempts, 2);
        QCOMPARE(result.facts.retried.first().failure, QStringLiteral("net.timeout"));
        QCOMPARE(clock.waits, QList<qint64>{1000});
    }

    // What the retried answers said is kept for the report: status, Entra's code, the ids.
    void retriedAnswersAreDescribed()
    {
        ScriptedServer server;
        server.addResponse(503,
                           R"({"error":"temporarily_unavailable","error_codes":[90033],)"
                           R"("correlation_id":"c0ffee00-0000-4000-8000-000000000002"})",
                           {"Retry-After: 1", "x-ms-request-id: 5eed0000-0000-4000-8000-000000000001"});
        server.addResponse(200, R"({"ok":true})");
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::identity();
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(RetryReport::retries(result.facts),
                 QStringLiteral("one retry: HTTP 503, AADSTS90033, request id "
                                "5eed0000-0000-4000-8000-000000000001, correlation id "
                                "c0ffee00-0000-4000-8000-000000000002, Retry-After 1 s"));
        QCOMPARE(result.facts.retried.first().waitMs, qint64(1000));
        QCOMPARE(RetryReport::tried(result.facts).left(10), QStringLiteral("2 attempt("));
    }

    // A corporate proxy's own page is not Microsoft's answer: named as the proxy's, and like no
    // answer at all for the policy.
    void proxyErrorPageIsTheProxys_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("intermediary");
        QTest::newRow("Server header")
            << QList<QByteArray>{"Server: squid/5.7"} << QStringLiteral("squid/5.7");
        QTest::newRow("Via header") << QList<QByteArray>{"Via: 1.1 bluecoat (ProxySG)"}
                                    << QStringLiteral("1.1 bluecoat (ProxySG)");
        QTest::newRow("title only") << QList<QByteArray>{} << QStringLiteral("ERROR: Gateway Timeout");
        QTest::newRow("Microsoft's edge page")
            << QList<QByteArray>{"x-azure-ref: 0abc", "Server: nginx"} << QString();
    }

    void proxyErrorPageIsTheProxys()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, intermediary);
        ScriptedServer server;
        const QByteArray page = "<!DOCTYPE html><html><head><title>ERROR: Gateway Timeout</title></head>"
                                "<body><h1>The requested URL could not be retrieved</h1></body></html>";
        server.add(ScriptedServer::Action::Respond,
                   ScriptedServer::response(504, page, headers, "text/html"));
        HttpRequest request = get(server.url());
        const HttpResult result = run(request);
        QCOMPARE(result.status(), 504);
        QCOMPARE(result.facts.intermediary, intermediary);
        if (intermediary.isEmpty()) {
            QVERIFY(result.ok());
            return;
        }
        QCOMPARE(result.error.code, QStringLiteral("net.proxy-error-page"));
        QVERIFY2(result.error.message.contains(intermediary), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QLatin1String("127.0.0.1")), qPrintable(result.error.message));
    }

    // A request that reads HTML pages itself (the authorize endpoint's) gets the page: Entra's own
    // error pages are HTML too.
    void htmlPageIsTheAnswerOfARequestForHtml()
    {
        ScriptedServer server;
        const QByteArray page = "<!DOCTYPE html><html><head><title>Sign in to your account</title></head>"
                                "<body><p>AADSTS50011: The redirect URI does not match.</p></body></html>";
        server.add(ScriptedServer::Action::Respond, ScriptedServer::response(400, page, {}, "text/html"));
        HttpRequest request = get(server.url());
        request.parseJson = false;
        const HttpResult result = run(request);
        QVERIFY2(result.ok(), qPrintable(result.error.code));
        QCOMPARE(result.status(), 400);
        QVERIFY(result.body.contains("AADSTS50011"));
        QCOMPARE(result.facts.intermediary, QStringLiteral("Sign in to your account"));
    }

    void proxyErrorPageIsRetriedLikeNoAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::newRow("502 page: retried") << 502 << 2;
        QTest::newRow("403 page: a refusal, not retried") << 403 << 1;
    }

    void proxyErrorPageIsRetriedLikeNoAnswer()
    {
        QFETCH(int, status);
        QFETCH(int, attempts);
        ScriptedServer server;
        server.add(ScriptedServer::Action::Respond,
                   ScriptedServer::response(status, "<html><body>Bad Gateway</body></html>",
                                            {"Server: squid/5.7"}, "text/html"));
        server.addResponse(200, R"({"ok":true})");
        HttpRequest request = get(server.url());
        request.retry = RetryPolicy::graph(); // 502 and 403 are no Graph statuses to retry
        TestClock clock;
        const HttpResult result = run(request, &clock);
        QCOMPARE(result.facts.attempts, attempts);
        QCOMPARE(result.ok(), attempts == 2);
        if (attempts == 2)
            QCOMPARE(result.facts.retried.first().intermediary, QStringLiteral("squid/5.7"));
    }

    void failures_data()
    {
        QTest::addColumn<int>("action"); // ScriptedServer::Action, or -1 for a raw response
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("dropped") << int(ScriptedServer::Action::Drop) << QByteArray()
                                 << QStringLiteral("net.connection-dropped");
        QTest::newRow("malformed") << int(ScriptedServer::Action::Respond)
                                   << ScriptedServer::response(
                                          200, "<html><body>Access denied by policy</body></html>", {},
                                          "text/html")
                                   << QStringLiteral("net.json-malformed");
        QTest::newRow("half json") << int(ScriptedServer::Action::Respond)
                                   << ScriptedServer::response(200,
                                                               "{\"id\":\"abc\",\"joinWebUrl\":\"https://te")
                                   << QStringLiteral("net.json-malformed");
        QTest::newRow("half json error body")
            << int(ScriptedServer::Action::Respond)
            << ScriptedServer::response(400, "{\"error\":\"invalid_tenant\",")
            << QStringLiteral("net.json-malformed");
        QTest::newRow("cut short")
            << int(ScriptedServer::Action::Respond)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n"
                          "Connection: close\r\n\r\n{\"id\":\"abc\",\"joinWebUrl\":")
            << QStringLiteral("net.json-truncated");
        QTest::newRow("no answer") << int(ScriptedServer::Action::Silent) << QByteArray()
                                   << QStringLiteral("net.timeout");
    }

    void failures()
    {
        QFETCH(int, action);
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        ScriptedServer server;
        server.add(ScriptedServer::Action(action), raw);
        HttpRequest request = get(server.url());
        request.timeoutMs = 300;
        const HttpResult result = run(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.fix.isEmpty());
        QCOMPARE(result.timedOut, code == QLatin1String("net.timeout"));
        QVERIFY(!result.cancelled);
        QVERIFY(!result.facts.clientRequestId.isEmpty());
    }

    void cancelIsNotATimeout()
    {
        ScriptedServer server;
        server.add(ScriptedServer::Action::Silent);
        HttpCall *call = nullptr;
        const HttpResult result = run(get(server.url()), nullptr, &call);
        QCOMPARE(result.error.code, QStringLiteral("net.cancelled"));
        QVERIFY(result.cancelled);
        QVERIFY(!result.timedOut);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const HttpResult result = run(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
        QCOMPARE(result.error.code, QStringLiteral("net.connection-refused"));
        QVERIFY(result.error.message.contains(QLatin1String("127.0.0.1")));
    }

    void proxyRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ScriptedServer server;
        server.addResponse(200, "{}");
        QNetworkAccessManager manager;
        const NetworkOptions options =
            NetworkFactory::parseProxy(QStringLiteral("http://127.0.0.1:%1").arg(port)).value();
        NetworkFactory::applyProxy(&manager, options);
        HttpClient client(&manager, options);
        HttpResult result;
        bool done = false;
        client.send(get(server.url()), this, [&](const HttpResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(result.error.code, QStringLiteral("net.proxy-unreachable"));
        QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QVERIFY(server.requests.isEmpty());
    }

    void hostNotFound()
    {
        const HttpResult result = run(get(QUrl(QStringLiteral("https://flexo-no-such-host.invalid/x"))));
        QCOMPARE(result.error.code, QStringLiteral("net.host-not-found"));
        QVERIFY(result.error.message.contains(QLatin1String("flexo-no-such-host.invalid")));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
