#include "GraphTestEnv.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace flexo;

class TestGraphClient : public QObject
{
    Q_OBJECT

private:
    GraphResult me(GraphTestEnv &env, const QString &token)
    {
        return waitFor<GraphResult>([&](auto done) { env.graph->me(token, this, done); });
    }
    GraphResult create(GraphTestEnv &env, const QString &token,
                       const QString &externalId = QStringLiteral("0f6c2b9e-5a1d-4e3f-8b7a-2c4d6e8f0a1b"))
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
        return waitFor<GraphResult>([&](auto done) {
            env.graph->createOrGetMeeting(token, externalId,
                                          QStringLiteral("FlexO connection test - safe to delete"), start,
                                          start.addSecs(900), this, done);
        });
    }
    static int callsTo(const GraphTestEnv &env, const QString &endpoint)
    {
        int calls = 0;
        for (const QJsonValue &entry : env.fake.requestLog())
            calls += entry.toObject().value(QStringLiteral("endpoint")).toString() == endpoint ? 1 : 0;
        return calls;
    }
    GraphResult get(GraphTestEnv &env, const QString &token, const QString &id)
    {
        return waitFor<GraphResult>([&](auto done) { env.graph->getMeeting(token, id, this, done); });
    }
    GraphResult remove(GraphTestEnv &env, const QString &token, const QString &id)
    {
        return waitFor<GraphResult>([&](auto done) { env.graph->deleteMeeting(token, id, this, done); });
    }
    static QJsonObject fault(const QString &endpoint, const QString &kind, int call = 0)
    {
        QJsonObject object{{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("kind"), kind}};
        if (call > 0)
            object.insert(QStringLiteral("call"), call);
        return object;
    }

private slots:
    void meAndMeetingRoundTrip()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QVERIFY(!token.isEmpty());

        const GraphResult profile = me(env, token);
        QVERIFY2(profile.ok(), qPrintable(profile.error.detail));
        QCOMPARE(profile.facts.status, 200);
        QVERIFY(!profile.requestId().isEmpty());
        QVERIFY(!profile.facts.clientRequestId.isEmpty());
        QCOMPARE(profile.body.value(QLatin1String("userPrincipalName")).toString(), fixture::camille);

        const GraphResult created = create(env, token);
        QVERIFY2(created.ok(), qPrintable(created.error.detail));
        QCOMPARE(created.facts.status, 201);
        QVERIFY(!created.meeting.id.isEmpty());
        QVERIFY(created.meeting.joinWebUrl.isValid());
        QCOMPARE(created.meeting.externalId, QStringLiteral("0f6c2b9e-5a1d-4e3f-8b7a-2c4d6e8f0a1b"));
        QCOMPARE(env.fake.liveMeetingCount(), 1);

        // The same externalId again: the same meeting (200), not a second one.
        const GraphResult again = create(env, token);
        QVERIFY2(again.ok(), qPrintable(again.error.detail));
        QCOMPARE(again.facts.status, 200);
        QCOMPARE(again.meeting.id, created.meeting.id);
        QCOMPARE(env.fake.liveMeetingCount(), 1);

        const GraphResult fetched = get(env, token, created.meeting.id);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.meeting.id, created.meeting.id);

        const GraphResult deleted = remove(env, token, created.meeting.id);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.detail));
        QCOMPARE(deleted.facts.status, 204);
        QCOMPARE(env.fake.liveMeetingCount(), 0);

        const GraphResult gone = get(env, token, created.meeting.id);
        QCOMPARE(gone.facts.status, 404);
        QCOMPARE(gone.error.code, QStringLiteral("graph.not-found"));
        QCOMPARE(gone.graphCode, QStringLiteral("NotFound"));

        // The token went in the Authorization header only.
        for (const GraphResult &result : {profile, created, fetched, deleted, gone}) {
            QVERIFY(!result.facts.url.contains(token));
            QVERIFY(!result.error.detail.contains(token));
        }
    }

    void forbiddenWithEmptyMessageIsExplained()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken(fixture::dimitri); // no Teams licence
        QVERIFY(!token.isEmpty());
        const GraphResult result = create(env, token);
        QCOMPARE(result.facts.status, 403);
        QCOMPARE(result.error.code, QStringLiteral("graph.forbidden"));
        QCOMPARE(result.graphCode, QStringLiteral("Forbidden"));
        QVERIFY(result.graphMessage.isEmpty());
        QVERIFY(result.error.cause.contains(QLatin1String("OnlineMeetings.ReadWrite")));
        QVERIFY(result.error.cause.contains(QLatin1String("licence")));
        QVERIFY(result.error.cause.contains(QLatin1String("guest")));
        // The sign-in has proven the permission granted by then: the licence is what to give.
        QCOMPARE(result.error.remedy.kind, RemedyKind::AssignTeamsLicence);
        QVERIFY(!result.requestId().isEmpty());
        QCOMPARE(env.fake.liveMeetingCount(), 0);
    }

    void expiredTokenIsExplained()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        env.fake.expireAccessTokens();
        const GraphResult result = me(env, token);
        QCOMPARE(result.facts.status, 401);
        QCOMPARE(result.error.code, QStringLiteral("graph.token-rejected"));
        QCOMPARE(result.graphCode, QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(result.wwwAuthenticate.startsWith(QLatin1String("Bearer")));
        QVERIFY(result.error.detail.contains(QLatin1String("WWW-Authenticate")));
    }

    void missingTokenIsRejected()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const GraphResult result = me(env, QString());
        QCOMPARE(result.facts.status, 401);
        QCOMPARE(result.error.code, QStringLiteral("graph.token-rejected"));
    }

    void appOnlyTokenOnMe()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.appToken();
        QVERIFY(!token.isEmpty());
        const GraphResult result = me(env, token);
        QCOMPARE(result.facts.status, 400);
        QCOMPARE(result.error.code, QStringLiteral("graph.app-only-token"));
    }

    void corruptedAndUnknownMeetingIds()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        const GraphResult corrupted = get(env, token, QStringLiteral("not-a-meeting-id"));
        QCOMPARE(corrupted.facts.status, 400);
        QCOMPARE(corrupted.error.code, QStringLiteral("graph.meeting-id-corrupted"));

        const QString unknown = QString::fromLatin1(
            QByteArray("1*11111111-2222-4333-8444-555555555555*0**19:meeting_unknown@thread.v2").toBase64());
        const GraphResult missing = remove(env, token, unknown);
        QCOMPARE(missing.facts.status, 404);
        QCOMPARE(missing.error.code, QStringLiteral("graph.not-found"));
    }

    void throttlingHonoursRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<qint64>("expectedWait");
        QTest::newRow("429 seconds") << 429 << QStringLiteral("2") << qint64(2000);
        QTest::newRow("429 fractional") << 429 << QStringLiteral("0.5") << qint64(500);
        QTest::newRow("429 http date")
            << 429 << QStringLiteral("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(2000);
        QTest::newRow("503 seconds") << 503 << QStringLiteral("1") << qint64(1000);
    }

    void throttlingHonoursRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(qint64, expectedWait);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject throttle = fault(QStringLiteral("graph.meetings.get"), QStringLiteral("status"), 1);
        throttle.insert(QStringLiteral("status"), status);
        throttle.insert(QStringLiteral("retryAfter"), retryAfter);
        const GraphResult created = create(env, token);
        QVERIFY(env.fake.addFault(throttle));
        const GraphResult result = get(env, token, created.meeting.id);
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.facts.attempts, 2);
        QCOMPARE(env.clock.waits, QList<qint64>{expectedWait});
    }

    // Once sent, the create is never repeated by the retry policy, whatever the status: the probe
    // decides itself whether to ask again (with the same externalId).
    void createIsNotRepeatedByTheRetryPolicy_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("afterHandling");
        QTest::addColumn<int>("meetings");
        QTest::newRow("429") << 429 << false << 0;
        QTest::newRow("503 before the create") << 503 << false << 0;
        QTest::newRow("503 after the create") << 503 << true << 1;
    }

    void createIsNotRepeatedByTheRetryPolicy()
    {
        QFETCH(int, status);
        QFETCH(bool, afterHandling);
        QFETCH(int, meetings);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failure =
            fault(QStringLiteral("graph.meetings.createOrGet"), QStringLiteral("status"), 1);
        failure.insert(QStringLiteral("status"), status);
        failure.insert(QStringLiteral("retryAfter"), QStringLiteral("1"));
        failure.insert(QStringLiteral("afterHandling"), afterHandling);
        QVERIFY(env.fake.addFault(failure));
        const GraphResult result = create(env, token);
        QCOMPARE(result.facts.status, status);
        QVERIFY(!result.ok());
        QCOMPARE(result.facts.attempts, 1);
        QVERIFY(env.clock.waits.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 1);
        QCOMPARE(env.fake.liveMeetingCount(), meetings);
    }

    void throttlingIsBounded()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject throttle = fault(QStringLiteral("graph.me"), QStringLiteral("status"));
        throttle.insert(QStringLiteral("status"), 429);
        throttle.insert(QStringLiteral("retryAfter"), QStringLiteral("1"));
        QVERIFY(env.fake.addFault(throttle));
        const GraphResult result = me(env, token);
        QCOMPARE(result.facts.status, 429);
        QCOMPARE(result.error.code, QStringLiteral("graph.throttled"));
        QCOMPARE(result.error.remedy.kind, RemedyKind::RetryLater);
        QCOMPARE(result.facts.attempts, 4); // the first try and three repeats
        QCOMPARE(env.clock.waits.size(), 3);
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503 without Retry-After, every time") << 503;
    }

    void serverErrors()
    {
        QFETCH(int, status);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failure = fault(QStringLiteral("graph.me"), QStringLiteral("status"));
        failure.insert(QStringLiteral("status"), status);
        QVERIFY(env.fake.addFault(failure));
        const GraphResult result = me(env, token);
        QCOMPARE(result.facts.status, status);
        QCOMPARE(result.error.code, QStringLiteral("graph.unavailable"));
        QCOMPARE(result.facts.attempts, status == 503 ? 4 : 1);
    }

    void transportFaults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("net.connection-dropped");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("net.json-malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("net.json-truncated");
        QTest::newRow("no answer") << QStringLiteral("noAnswer") << QStringLiteral("net.timeout");
    }

    void transportFaults()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        NetworkOptions options = GraphTestEnv::direct();
        options.timeoutMs = 500;
        GraphTestEnv env;
        QVERIFY(env.start(options));
        const QString token = env.userToken();
        QVERIFY(env.fake.addFault(fault(QStringLiteral("graph.me"), kind)));
        const GraphResult result = me(env, token);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.facts.clientRequestId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
