#include "GraphTestEnv.h"
#include "TinyProxy.h"

#include "cloud/TenantDiscovery.h"
#include "graph/CleanupJournal.h"
#include "graph/MeetingProbe.h"

#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace flexo;

class TestMeetingProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journalFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".json")); }

    MeetingProbeResult runProbe(MeetingProbe &probe, const QString &token)
    {
        return waitFor<MeetingProbeResult>([&](auto done) { probe.run(token, this, done); });
    }
    CleanupResult runCleanup(MeetingProbe &probe, const QString &token)
    {
        return waitFor<CleanupResult>([&](auto done) { probe.cleanupLeftovers(token, this, done); });
    }
    static QJsonObject fault(const QString &endpoint, const QString &kind)
    {
        return QJsonObject{{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("kind"), kind}};
    }
    static void verifyHappyRun(const MeetingProbeResult &result)
    {
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.steps.size(), 3);
        QCOMPARE(result.steps.at(0).name, QStringLiteral("create"));
        QCOMPARE(result.steps.at(0).facts.status, 201);
        QCOMPARE(result.steps.at(1).name, QStringLiteral("delete"));
        QCOMPARE(result.steps.at(1).facts.status, 204);
        QCOMPARE(result.steps.at(2).name, QStringLiteral("verify-deleted"));
        QCOMPARE(result.steps.at(2).facts.status, 404);
        for (const ProbeStep &step : result.steps) {
            QVERIFY(step.ok());
            QVERIFY(!step.facts.requestId.isEmpty());
            QVERIFY(!step.facts.clientRequestId.isEmpty());
        }
        QVERIFY(!result.leftBehind);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createDeleteVerify()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("happy")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        QSignalSpy created(&probe, &MeetingProbe::meetingCreated);
        QSignalSpy steps(&probe, &MeetingProbe::stepFinished);
        const MeetingProbeResult result = runProbe(probe, token);
        verifyHappyRun(result);
        QCOMPARE(created.size(), 1);
        QCOMPARE(steps.size(), 3);
        QVERIFY(result.joinWebUrl.isValid());
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void journalIsWrittenBeforeCreateAndHoldsNoToken()
    {
        NetworkOptions quick = GraphTestEnv::direct();
        quick.timeoutMs = 500;
        GraphTestEnv env;
        QVERIFY(env.start(quick));
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("before-create")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        QString contentAtCreate;
        connect(&probe, &MeetingProbe::meetingCreated, this, [&] {
            QFile file(journal.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            contentAtCreate = QString::fromUtf8(file.readAll());
        });
        // The create is never answered: the entry written before it stays, without an id.
        QVERIFY(
            env.fake.addFault(fault(QStringLiteral("graph.meetings.create"), QStringLiteral("noAnswer"))));
        const MeetingProbeResult result = runProbe(probe, token);
        QCOMPARE(result.error.code, QStringLiteral("net.timeout"));
        QList<JournalEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.first().hasMeeting());
        QCOMPARE(entries.first().subject, MeetingProbe::probeSubject());

        // After a successful create the entry holds id and join link, and never the token.
        env.fake.clearFaults();
        const MeetingProbeResult second = runProbe(probe, token);
        verifyHappyRun(second);
        QVERIFY(contentAtCreate.contains(second.meetingId));
        QVERIFY(!contentAtCreate.contains(token));
        QVERIFY(!contentAtCreate.contains(QLatin1String("eyJ")));

        // The next cleanup reports the unidentifiable entry and drops it.
        const CleanupResult cleanup = runCleanup(probe, token);
        QCOMPARE(cleanup.unidentified, 1);
        QVERIFY(journal.entries().isEmpty());
    }

    void chinaHasNoMeetings()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        GraphClient china(env.http.get(), CloudCatalog::info(Cloud::China));
        CleanupJournal journal(journalFile(QStringLiteral("china")));
        MeetingProbe probe(&china, &journal, &env.clock);
        const MeetingProbeResult result = runProbe(probe, QStringLiteral("unused"));
        QVERIFY(result.notAvailable);
        QCOMPARE(result.error.code, QStringLiteral("cloud.meetings-not-available"));
        QVERIFY(result.steps.isEmpty());
        QVERIFY(journal.entries().isEmpty());
    }

    void forbiddenCreateLeavesNothing()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken(fixture::dimitri);
        CleanupJournal journal(journalFile(QStringLiteral("forbidden")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        const MeetingProbeResult result = runProbe(probe, token);
        QCOMPARE(result.error.code, QStringLiteral("graph.forbidden"));
        QCOMPARE(result.steps.size(), 1);
        QCOMPARE(result.steps.first().graphCode, QStringLiteral("Forbidden"));
        QVERIFY(!result.created());
        QVERIFY(journal.entries().isEmpty());
    }

    void failedDeleteIsRetriedWithBackoff()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failing = fault(QStringLiteral("graph.meetings.delete"), QStringLiteral("status"));
        failing.insert(QStringLiteral("status"), 500);
        failing.insert(QStringLiteral("call"), 1);
        failing.insert(QStringLiteral("times"), 2);
        QVERIFY(env.fake.addFault(failing));
        CleanupJournal journal(journalFile(QStringLiteral("retry")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        probe.setDeleteRetries(3, 1000);
        const MeetingProbeResult result = runProbe(probe, token);
        verifyHappyRun(result);
        QCOMPARE(env.clock.waits, (QList<qint64>{1000, 2000}));
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    void undeletableMeetingIsReportedThenCleanedUp()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failing = fault(QStringLiteral("graph.meetings.delete"), QStringLiteral("status"));
        failing.insert(QStringLiteral("status"), 500); // every call, and the meeting stays
        QVERIFY(env.fake.addFault(failing));
        CleanupJournal journal(journalFile(QStringLiteral("leftover")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        probe.setDeleteRetries(2, 100);
        const MeetingProbeResult result = runProbe(probe, token);
        QVERIFY(!result.ok());
        QVERIFY(result.leftBehind);
        QVERIFY(!result.meetingId.isEmpty());
        QVERIFY(result.joinWebUrl.isValid());
        QCOMPARE(result.error.code, QStringLiteral("graph.unavailable"));
        QCOMPARE(env.fake.liveMeetingCount(), 1);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().meetingId, result.meetingId);

        // The next run finds it and deletes it.
        env.fake.clearFaults();
        const CleanupResult cleanup = runCleanup(probe, token);
        QVERIFY(cleanup.ok());
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(cleanup.deleted.first().meetingId, result.meetingId);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    void leftoverThatCannotBeDeletedKeepsItsLink()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("stuck")));
        JournalEntry entry;
        entry.graphBase = env.cloud.graphBase.toString();
        entry.subject = MeetingProbe::probeSubject();
        const Result<QString> key = journal.add(entry);
        QVERIFY(key.ok());
        const QString id = QString::fromLatin1(
            QByteArray("1*11111111-2222-4333-8444-555555555555*0**19:meeting_stuck@thread.v2").toBase64());
        QVERIFY(journal.recordMeeting(key.value(), id, QUrl(QStringLiteral("https://teams.example/l/stuck")))
                    .isNull());
        QJsonObject failing = fault(QStringLiteral("graph.meetings.delete"), QStringLiteral("status"));
        failing.insert(QStringLiteral("status"), 500); // every call, and the meeting stays
        QVERIFY(env.fake.addFault(failing));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        const CleanupResult cleanup = runCleanup(probe, token);
        QVERIFY(!cleanup.ok());
        QCOMPARE(cleanup.remaining.size(), 1);
        QCOMPARE(cleanup.remaining.first().meetingId, id);
        QCOMPARE(cleanup.remaining.first().joinWebUrl, QUrl(QStringLiteral("https://teams.example/l/stuck")));
        QCOMPARE(journal.entries().size(), 1);
    }

    // Journey 9: the run dies between create and delete; the next run removes the meeting.
    void killedBetweenCreateAndDelete()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        const QString file = journalFile(QStringLiteral("killed"));

        QProcess helper;
        helper.setProgram(QStringLiteral(PROBE_CRASH_HELPER));
        helper.setArguments({env.fake.baseUrl().toString(), file}); // the token goes through stdin
        helper.start();
        QVERIFY(helper.waitForStarted(5000));
        helper.write(token.toLatin1() + '\n');
        helper.closeWriteChannel();
        // The fake runs in this process: keep the event loop turning while the helper works.
        QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 30000);
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 3); // died right after the create
        QCOMPARE(env.fake.liveMeetingCount(), 1);

        CleanupJournal journal(file);
        QCOMPARE(journal.entries().size(), 1);
        QVERIFY(journal.entries().first().hasMeeting());

        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        const CleanupResult cleanup = runCleanup(probe, token);
        QVERIFY(cleanup.ok());
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    // Through a real HTTP proxy: discovery and the whole probe pass, and the proxy's log shows them.
    void throughAnExplicitProxy()
    {
        TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.output()));
        ConnectorConfig config;
        config.proxy = proxy.url();
        const Result<NetworkOptions> options = NetworkFactory::optionsFromConfig(config);
        QVERIFY(options.ok());
        GraphTestEnv env;
        QVERIFY(env.start(options.value()));
        const QString token = env.userToken();

        TenantDiscovery discovery(env.http.get());
        const DiscoveryResult discovered = waitFor<DiscoveryResult>([&](auto done) {
            discovery.discover(env.cloud, QStringLiteral("stluc.onmicrosoft.com"), this, done);
        });
        QVERIFY2(discovered.ok(), qPrintable(discovered.error.detail));

        CleanupJournal journal(journalFile(QStringLiteral("proxy")));
        MeetingProbe probe(env.graph.get(), &journal, &env.clock);
        verifyHappyRun(runProbe(probe, token));
        QCOMPARE(env.fake.liveMeetingCount(), 0);

        const QString log = proxy.log();
        QVERIFY2(log.contains(QLatin1String("/v2.0/.well-known/openid-configuration")), qPrintable(log));
        QVERIFY(log.contains(QLatin1String("/v1.0/me/onlineMeetings")));
    }

    void proxyDemandingALogin()
    {
        TinyProxy proxy;
        proxy.requireLogin();
        QVERIFY2(proxy.start(), qPrintable(proxy.output()));
        GraphTestEnv env;
        QVERIFY(env.start(NetworkFactory::parseProxy(proxy.url()).value()));
        const GraphResult me = waitFor<GraphResult>([&](auto done) { env.graph->me(QString(), this, done); });
        QCOMPARE(me.error.code, QStringLiteral("net.proxy-auth-required"));
        QVERIFY(me.error.message.contains(QLatin1String("407")));
    }

    // The same through the https_proxy / http_proxy environment (system settings, no_proxy cleared).
    void throughTheEnvironmentProxy()
    {
        TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.output()));
        GraphTestEnv env;
        QVERIFY(env.start(NetworkOptions{})); // system settings
        const QString token = env.userToken();

        const QByteArray savedNoProxy = qgetenv("no_proxy");
        const QByteArray savedNoProxyUpper = qgetenv("NO_PROXY");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        qputenv("http_proxy", proxy.url().toLatin1());
        qputenv("https_proxy", proxy.url().toLatin1());
        auto restore = qScopeGuard([&] {
            qunsetenv("http_proxy");
            qunsetenv("https_proxy");
            qputenv("no_proxy", savedNoProxy);
            qputenv("NO_PROXY", savedNoProxyUpper);
        });

        const GraphResult me = waitFor<GraphResult>([&](auto done) { env.graph->me(token, this, done); });
        QVERIFY2(me.ok(), qPrintable(me.error.detail));
        QVERIFY2(proxy.log().contains(QLatin1String("/v1.0/me")), qPrintable(proxy.log()));
    }
};

QTEST_GUILESS_MAIN(TestMeetingProbe)
#include "tst_meetingprobe.moc"
