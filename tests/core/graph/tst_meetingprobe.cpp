#include "GraphTestEnv.h"
#include "TinyProxy.h"

#include "cloud/TenantDiscovery.h"
#include "graph/CleanupJournal.h"
#include "graph/MeetingProbe.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace flexo;

namespace {

const QString bastien = QStringLiteral("bastien@stluc.onmicrosoft.com");
const QString bastienId = QStringLiteral("22222222-3333-4444-8555-666666666666");

// A clock whose waits are held until the test lets them go: a probe stays in the middle of its run.
class HoldingClock : public NetClock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    void wait(qint64, QObject *context, std::function<void()> done) override
    {
        held.append({QPointer<QObject>(context), std::move(done)});
    }
    void release()
    {
        const auto waits = std::exchange(held, {});
        for (const auto &wait : waits) {
            if (wait.first)
                QTimer::singleShot(0, wait.first, wait.second);
        }
    }
    QList<QPair<QPointer<QObject>, std::function<void()>>> held;
};

} // namespace

class TestMeetingProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journalFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".json")); }

    static std::unique_ptr<MeetingProbe> makeProbe(GraphTestEnv &env, CleanupJournal &journal,
                                                   NetClock *clock,
                                                   const QString &userId = fixture::camilleId)
    {
        auto probe = std::make_unique<MeetingProbe>(env.graph.get(), &journal, clock);
        probe->setAccount(fixture::tenantId, userId);
        return probe;
    }
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
    // Requests the fake saw for `endpoint`, optionally only those its service answered with `status`
    // (even when a fault then sent something else).
    static int callsTo(const GraphTestEnv &env, const QString &endpoint, int status = 0)
    {
        int calls = 0;
        for (const QJsonValue &value : env.fake.requestLog()) {
            const QJsonObject entry = value.toObject();
            const int handled = entry.value(QStringLiteral("handledStatus"))
                                    .toInt(entry.value(QStringLiteral("status")).toInt());
            if (entry.value(QStringLiteral("endpoint")).toString() == endpoint &&
                (status == 0 || handled == status))
                ++calls;
        }
        return calls;
    }
    // Meetings the fake ever made with createOrGet.
    static int meetingsMade(const GraphTestEnv &env)
    {
        return callsTo(env, QStringLiteral("graph.meetings.createOrGet"), 201);
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
        QVERIFY(result.confirmedGone);
    }
    // A meeting of `token`'s user made outside the probe, journaled as `owner`'s.
    static JournalEntry journalMeeting(GraphTestEnv &env, CleanupJournal &journal, const QString &token,
                                       const ProbeOwner &owner)
    {
        const QString externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
        const GraphResult made = waitFor<GraphResult>([&](auto done) {
            env.graph->createOrGetMeeting(token, externalId, MeetingProbe::probeSubject(), start,
                                          start.addSecs(900), &env.fake, done);
        });
        JournalEntry entry;
        entry.externalId = externalId;
        entry.created = QDateTime::currentDateTimeUtc().addSecs(-3600);
        entry.owner = owner;
        entry.subject = MeetingProbe::probeSubject();
        entry.meetingId = made.meeting.id;
        entry.joinWebUrl = made.meeting.joinWebUrl;
        entry.key = journal.add(entry).value();
        return entry;
    }
    static ProbeOwner camilleOwner(const GraphTestEnv &env)
    {
        return ProbeOwner{env.cloud.id, env.cloud.graphBase.toString(), fixture::tenantId,
                          fixture::camilleId};
    }
    // The default scenario with a second licensed user in the same tenant.
    static void addBastien(GraphTestEnv &env)
    {
        QJsonObject scenario = fake::FakeCloud::defaultScenario();
        QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
        QJsonObject stluc = tenants.at(0).toObject();
        QJsonArray users = stluc.value(QStringLiteral("users")).toArray();
        users.append(QJsonObject{{QStringLiteral("upn"), bastien},
                                 {QStringLiteral("objectId"), bastienId},
                                 {QStringLiteral("displayName"), QStringLiteral("Bastien Roy")},
                                 {QStringLiteral("teamsLicense"), true}});
        stluc.insert(QStringLiteral("users"), users);
        tenants.replace(0, stluc);
        scenario.insert(QStringLiteral("tenants"), tenants);
        QVERIFY(env.fake.loadScenario(scenario));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createDeleteVerify()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("happy")));
        auto probe = makeProbe(env, journal, &env.clock);
        QSignalSpy created(probe.get(), &MeetingProbe::meetingCreated);
        QSignalSpy steps(probe.get(), &MeetingProbe::stepFinished);
        const MeetingProbeResult result = runProbe(*probe, token);
        verifyHappyRun(result);
        QCOMPARE(created.size(), 1);
        QCOMPARE(steps.size(), 3);
        QVERIFY(result.joinWebUrl.isValid());
        QCOMPARE(result.createStatus, 201);
        QVERIFY(!result.answerLost);
        QVERIFY(!result.externalId.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 1);
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.create")), 0);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(journal.filePath()));
        // No lock file stays behind either.
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("happy.json*")}, QDir::Files).isEmpty());
    }

    // The entry, with its externalId and whose it is, is on disk before the create reaches Graph.
    void journalIsWrittenBeforeCreateAndHoldsNoToken()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("before-create")));
        auto probe = makeProbe(env, journal, &env.clock);
        QList<JournalEntry> atCreate;
        QByteArray fileAtCreate;
        QFileDevice::Permissions permissionsAtCreate;
        connect(&env.fake, &fake::FakeCloud::requestLogged, this, [&](const QJsonObject &entry) {
            if (entry.value(QStringLiteral("endpoint")).toString() !=
                QLatin1String("graph.meetings.createOrGet"))
                return;
            atCreate = journal.entries();
            QFile file(journal.filePath());
            permissionsAtCreate = file.permissions();
            if (file.open(QIODevice::ReadOnly))
                fileAtCreate = file.readAll();
        });
        QString fileAtDelete;
        connect(probe.get(), &MeetingProbe::meetingCreated, this, [&] {
            QFile file(journal.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            fileAtDelete = QString::fromUtf8(file.readAll());
        });
        const MeetingProbeResult result = runProbe(*probe, token);
        verifyHappyRun(result);

        QCOMPARE(atCreate.size(), 1);
        const JournalEntry &entry = atCreate.first();
        QVERIFY(!entry.hasMeeting());
        QCOMPARE(entry.externalId, result.externalId);
        QCOMPARE(entry.owner.tenantId, fixture::tenantId);
        QCOMPARE(entry.owner.userObjectId, fixture::camilleId);
        QCOMPARE(entry.owner.cloud, QStringLiteral("custom"));
        QCOMPARE(entry.owner.graphBase, env.cloud.graphBase.toString());
        QCOMPARE(entry.subject, MeetingProbe::probeSubject());
        QVERIFY(entry.created.isValid());
        // After the create the entry holds id and join link, and never the token.
        QVERIFY(fileAtDelete.contains(result.meetingId));
        for (const QString &text : {QString::fromUtf8(fileAtCreate), fileAtDelete}) {
            QVERIFY(!text.contains(token));
            QVERIFY(!text.contains(QLatin1String("eyJ")));
        }
        QCOMPARE(permissionsAtCreate & ~(QFileDevice::ReadUser | QFileDevice::WriteUser |
                                         QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 QFileDevice::Permissions());
        QVERIFY(permissionsAtCreate & QFileDevice::ReadOwner);
    }

    // Graph throttles the create (429: nothing made): the probe asks again with the same externalId
    // after the wait Graph asked for; throttled again, it is certain that nothing was made.
    void throttledCreate_data()
    {
        QTest::addColumn<bool>("always");
        QTest::newRow("once") << false;
        QTest::newRow("always") << true;
    }

    void throttledCreate()
    {
        QFETCH(bool, always);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject throttle = fault(QStringLiteral("graph.meetings.createOrGet"), QStringLiteral("status"));
        throttle.insert(QStringLiteral("status"), 429);
        throttle.insert(QStringLiteral("retryAfter"), QStringLiteral("3"));
        if (!always)
            throttle.insert(QStringLiteral("call"), 1);
        QVERIFY(env.fake.addFault(throttle));
        CleanupJournal journal(
            journalFile(QStringLiteral("throttled-") + QString::fromLatin1(QTest::currentDataTag())));
        auto probe = makeProbe(env, journal, &env.clock);
        const MeetingProbeResult result = runProbe(*probe, token);
        QCOMPARE(env.clock.waits, QList<qint64>{3000});
        QCOMPARE(result.steps.at(0).name, QStringLiteral("create"));
        QCOMPARE(result.steps.at(1).name, QStringLiteral("create-again"));
        QVERIFY(!result.answerLost);
        QVERIFY(!result.createUncertain);
        if (always) {
            QCOMPARE(result.error.code, QStringLiteral("graph.throttled"));
            QVERIFY(!result.created());
            QVERIFY(journal.entries().isEmpty()); // nothing to look for later
            QCOMPARE(meetingsMade(env), 0);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error.detail));
            QCOMPARE(result.createStatus, 201);
            QVERIFY(result.confirmedGone);
            QCOMPARE(meetingsMade(env), 1);
        }
        QCOMPARE(env.fake.liveMeetingCount(), 0);
    }

    // The answer to the create is lost after Graph made the meeting, or Graph answers 503: one
    // meeting only, deleted, and the run says so truthfully.
    void lostCreateAnswer_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("untilTheProbeKnows"); // every request fails until the first create did
        QTest::addColumn<bool>("madeBeforeTheLoss");
        QTest::addColumn<bool>("askedAgain"); // by the probe, with the same externalId
        auto cut = [](const QString &kind, bool once) {
            QJsonObject object = fault(QStringLiteral("graph.meetings.createOrGet"), kind);
            if (once)
                object.insert(QStringLiteral("call"), 1);
            return object;
        };
        // Qt never sends the create again on its own (its body is read once): the probe asks again.
        QTest::newRow("cut inside the headers, once")
            << cut(QStringLiteral("drop"), true) << false << true << true;
        QTest::newRow("cut inside the headers, every time")
            << cut(QStringLiteral("drop"), false) << true << true << true;
        QTest::newRow("cut before the headers, once")
            << cut(QStringLiteral("hangUp"), true) << false << true << true;
        QTest::newRow("cut before the headers, every time")
            << cut(QStringLiteral("hangUp"), false) << true << true << true;
        QTest::newRow("cut inside the body")
            << cut(QStringLiteral("truncated"), true) << false << true << true;
        QJsonObject after = cut(QStringLiteral("status"), true);
        after.insert(QStringLiteral("status"), 503);
        after.insert(QStringLiteral("afterHandling"), true);
        QTest::newRow("503 after the create") << after << false << true << true;
        QJsonObject before = cut(QStringLiteral("status"), true);
        before.insert(QStringLiteral("status"), 503);
        before.insert(QStringLiteral("retryAfter"), QStringLiteral("1"));
        QTest::newRow("503 instead of the create") << before << false << false << true;
        QTest::newRow("no answer") << cut(QStringLiteral("noAnswer"), true) << false << false << true;
    }

    void lostCreateAnswer()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, untilTheProbeKnows);
        QFETCH(bool, madeBeforeTheLoss);
        QFETCH(bool, askedAgain);
        NetworkOptions quick = GraphTestEnv::direct();
        quick.timeoutMs = 1000;
        GraphTestEnv env;
        QVERIFY(env.start(quick));
        const QString token = env.userToken();
        QVERIFY(env.fake.addFault(fault));
        CleanupJournal journal(
            journalFile(QStringLiteral("lost-") + QString::fromLatin1(QTest::currentDataTag())));
        auto probe = makeProbe(env, journal, &env.clock);
        if (untilTheProbeKnows) {
            connect(probe.get(), &MeetingProbe::stepFinished, this, [&env](const ProbeStep &step) {
                if (step.name == QLatin1String("create") && !step.ok())
                    env.fake.clearFaults();
            });
        }
        const MeetingProbeResult result = runProbe(*probe, token);

        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QVERIFY(result.confirmedGone);
        QVERIFY(!result.leftBehind);
        QVERIFY(!result.createUncertain);
        QCOMPARE(meetingsMade(env), 1);
        // The meeting made before the loss is the one found again (200), never a second one.
        if (madeBeforeTheLoss)
            QCOMPARE(result.createStatus, 200);
        else
            QCOMPARE(result.createStatus, 201);
        // The retry policy never repeats the create. The probe asks again at once after a lost answer,
        // and after the wait Graph asks for (Retry-After, else the first backoff) after a 503.
        if (result.steps.at(0).facts.status == 503)
            QCOMPARE(env.clock.waits, QList<qint64>{1000});
        else
            QVERIFY(env.clock.waits.isEmpty());
        const QList<ProbeStep> &steps = result.steps;
        QCOMPARE(steps.last().name, QStringLiteral("verify-deleted"));
        QCOMPARE(result.answerLost, askedAgain);
        if (askedAgain) {
            QCOMPARE(steps.at(0).name, QStringLiteral("create"));
            QVERIFY(!steps.at(0).ok());
            QCOMPARE(steps.at(1).name, QStringLiteral("create-again"));
            QVERIFY(steps.at(1).ok());
        }
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    // Neither the create nor the one question after it is answered: the entry stays with its
    // externalId, and the next run finds out what happened and removes the meeting.
    void uncertainCreateIsSettledByTheNextRun_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("meetingsLeft");
        QTest::addColumn<int>("foundStatus");
        QTest::newRow("made, every answer cut") << QStringLiteral("drop") << 1 << 200;
        QTest::newRow("never answered, nothing made") << QStringLiteral("noAnswer") << 0 << 201;
    }

    void uncertainCreateIsSettledByTheNextRun()
    {
        QFETCH(QString, kind);
        QFETCH(int, meetingsLeft);
        QFETCH(int, foundStatus);
        NetworkOptions quick = GraphTestEnv::direct();
        quick.timeoutMs = 500;
        GraphTestEnv env;
        QVERIFY(env.start(quick));
        const QString token = env.userToken();
        QVERIFY(env.fake.addFault(fault(QStringLiteral("graph.meetings.createOrGet"), kind)));
        CleanupJournal journal(journalFile(QStringLiteral("uncertain-") + kind));
        auto probe = makeProbe(env, journal, &env.clock);
        const MeetingProbeResult result = runProbe(*probe, token);
        QVERIFY(!result.ok());
        QVERIFY(result.createUncertain);
        QVERIFY(!result.created());
        QVERIFY(!result.confirmedGone);
        QVERIFY(result.answerLost);
        QCOMPARE(result.steps.last().name, QStringLiteral("create-again"));
        QCOMPARE(meetingsMade(env), meetingsLeft);
        QCOMPARE(env.fake.liveMeetingCount(), meetingsLeft);
        const QList<JournalEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().externalId, result.externalId);
        QVERIFY(!entries.first().hasMeeting());

        env.fake.clearFaults();
        env.fake.clearRequestLog();
        const CleanupResult cleanup = runCleanup(*probe, token);
        QVERIFY(cleanup.ok());
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(cleanup.deleted.first().externalId, result.externalId);
        QVERIFY(!cleanup.deleted.first().meetingId.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet"), foundStatus), 1);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    // A run sends no new request once kLastRequestMs have passed since its entry was written, so
    // that an entry older than kLongestRunMs is certainly not in progress.
    void noQuestionAfterTheLastRequestTime()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QVERIFY(
            env.fake.addFault(fault(QStringLiteral("graph.meetings.createOrGet"), QStringLiteral("drop"))));
        connect(&env.fake, &fake::FakeCloud::requestLogged, this, [&env](const QJsonObject &entry) {
            if (entry.value(QStringLiteral("endpoint")).toString() ==
                QLatin1String("graph.meetings.createOrGet"))
                env.clock.now = env.clock.now.addMSecs(MeetingProbe::kLastRequestMs);
        });
        CleanupJournal journal(journalFile(QStringLiteral("late")));
        auto probe = makeProbe(env, journal, &env.clock);
        const MeetingProbeResult result = runProbe(*probe, token);
        QVERIFY(result.createUncertain);
        QVERIFY(!result.answerLost);
        QCOMPARE(result.steps.size(), 1);
        QCOMPARE(result.steps.first().name, QStringLiteral("create"));
        QCOMPARE(env.fake.liveMeetingCount(), 1);

        env.fake.clearFaults();
        const CleanupResult cleanup = runCleanup(*probe, token);
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    void chinaHasNoMeetings()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        GraphClient china(env.http.get(), CloudCatalog::info(Cloud::China));
        CleanupJournal journal(journalFile(QStringLiteral("china")));
        MeetingProbe probe(&china, &journal, &env.clock);
        probe.setAccount(fixture::tenantId, fixture::camilleId);
        const MeetingProbeResult result = runProbe(probe, QStringLiteral("unused"));
        QVERIFY(result.notAvailable);
        QCOMPARE(result.error.code, QStringLiteral("cloud.meetings-not-available"));
        QVERIFY(result.steps.isEmpty());
        QVERIFY(journal.entries().isEmpty());
    }

    void unknownAccountCreatesNothing()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("no-account")));
        auto probe = makeProbe(env, journal, &env.clock, QString());
        const MeetingProbeResult result = runProbe(*probe, token);
        QCOMPARE(result.error.code, QStringLiteral("graph.probe-account-unknown"));
        QVERIFY(result.steps.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 0);
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    // When the journal cannot be written (or read), nothing is created, and the result says why.
    void unusableJournalCreatesNothing_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("code");
        QTest::newRow("folder cannot be made")
            << QStringLiteral("file-as-folder") << QStringLiteral("graph.journal-unwritable");
        QTest::newRow("journal cannot be read")
            << QStringLiteral("folder-as-journal") << QStringLiteral("graph.journal-unreadable");
        QTest::newRow("journal of a newer version")
            << QStringLiteral("newer") << QStringLiteral("graph.journal-unreadable");
    }

    void unusableJournalCreatesNothing()
    {
        QFETCH(QString, setup);
        QFETCH(QString, code);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("probe-meetings.json"));
        QByteArray before;
        if (setup == QLatin1String("file-as-folder")) {
            QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            path = blocker.fileName() + QStringLiteral("/probe-meetings.json");
        } else if (setup == QLatin1String("folder-as-journal")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile newer(path);
            QVERIFY(newer.open(QIODevice::WriteOnly));
            before = "{\"format\": \"flexo-probe-journal\", \"version\": 9, \"probeMeetings\": []}";
            newer.write(before);
        }
        CleanupJournal journal(path);
        auto probe = makeProbe(env, journal, &env.clock);
        const MeetingProbeResult result = runProbe(*probe, token);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.cause.isEmpty());
        QVERIFY(result.steps.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 0);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        if (!before.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before); // never written over
        }
    }

    // A journal that cannot be parsed is moved aside, named, and the probe goes on with a new one.
    void corruptJournalIsKeptAside()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("probe-meetings.json"));
        const QByteArray garbage =
            "{\"format\": \"flexo-probe-journal\", \"probeMeetings\": [{\"meetingId\": \"MSo";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        CleanupJournal journal(path);
        auto probe = makeProbe(env, journal, &env.clock);
        const CleanupResult cleanup = runCleanup(*probe, token);
        QVERIFY(cleanup.ok());
        QVERIFY(!cleanup.journalKeptAside.isEmpty());
        QVERIFY(cleanup.journalKeptAside.startsWith(path + QStringLiteral(".unreadable-")));
        const MeetingProbeResult result = runProbe(*probe, token);
        verifyHappyRun(result);
        QCOMPARE(result.journalKeptAside, cleanup.journalKeptAside);
        QFile kept(cleanup.journalKeptAside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(!QFile::exists(path));
    }

    void forbiddenCreateLeavesNothing()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken(fixture::dimitri);
        CleanupJournal journal(journalFile(QStringLiteral("forbidden")));
        auto probe =
            makeProbe(env, journal, &env.clock, QStringLiteral("66666666-7777-4888-9999-aaaaaaaaaaaa"));
        const MeetingProbeResult result = runProbe(*probe, token);
        QCOMPARE(result.error.code, QStringLiteral("graph.forbidden"));
        QCOMPARE(result.steps.size(), 1);
        QCOMPARE(result.steps.first().graphCode, QStringLiteral("Forbidden"));
        QVERIFY(!result.created());
        QVERIFY(!result.createUncertain);
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 1);
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
        auto probe = makeProbe(env, journal, &env.clock);
        probe->setDeleteRetries(3, 1000);
        const MeetingProbeResult result = runProbe(*probe, token);
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
        auto probe = makeProbe(env, journal, &env.clock);
        probe->setDeleteRetries(2, 100);
        const MeetingProbeResult result = runProbe(*probe, token);
        QVERIFY(!result.ok());
        QVERIFY(result.leftBehind);
        QVERIFY(!result.confirmedGone);
        QVERIFY(!result.meetingId.isEmpty());
        QVERIFY(result.joinWebUrl.isValid());
        QCOMPARE(result.error.code, QStringLiteral("graph.unavailable"));
        QCOMPARE(env.fake.liveMeetingCount(), 1);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().meetingId, result.meetingId);

        // The next run finds it and deletes it.
        env.fake.clearFaults();
        const CleanupResult cleanup = runCleanup(*probe, token);
        QVERIFY(cleanup.ok());
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(cleanup.deleted.first().meetingId, result.meetingId);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    // Deleted, but the GET that should prove it fails: not reported as gone, and the entry stays
    // until a later run sees the 404.
    void unconfirmedDeleteKeepsTheEntry()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failing = fault(QStringLiteral("graph.meetings.get"), QStringLiteral("status"));
        failing.insert(QStringLiteral("status"), 500);
        QVERIFY(env.fake.addFault(failing));
        CleanupJournal journal(journalFile(QStringLiteral("unconfirmed")));
        auto probe = makeProbe(env, journal, &env.clock);
        const MeetingProbeResult result = runProbe(*probe, token);
        QVERIFY(!result.ok());
        QVERIFY(!result.confirmedGone);
        QCOMPARE(result.steps.last().name, QStringLiteral("verify-deleted"));
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(env.fake.liveMeetingCount(), 0);

        env.fake.clearFaults();
        const CleanupResult cleanup = runCleanup(*probe, token);
        QCOMPARE(cleanup.deleted.size(), 1);
        QCOMPARE(cleanup.deleted.first().facts.status, 404);
        QVERIFY(journal.entries().isEmpty());
    }

    void leftoverThatCannotBeDeletedKeepsItsLink()
    {
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        CleanupJournal journal(journalFile(QStringLiteral("stuck")));
        JournalEntry entry;
        entry.owner = camilleOwner(env);
        entry.created = QDateTime::currentDateTimeUtc().addSecs(-3600);
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
        auto probe = makeProbe(env, journal, &env.clock);
        const CleanupResult cleanup = runCleanup(*probe, token);
        QVERIFY(!cleanup.ok());
        QCOMPARE(cleanup.remaining.size(), 1);
        QCOMPARE(cleanup.remaining.first().meetingId, id);
        QCOMPARE(cleanup.remaining.first().joinWebUrl, QUrl(QStringLiteral("https://teams.example/l/stuck")));
        QCOMPARE(journal.entries().size(), 1);
    }

    // Only the signed-in user's entries in this tenant and cloud are touched: another account's
    // meeting is neither deleted nor dropped from the journal (its 404 would prove nothing), and
    // that account removes it in its own run.
    void entriesOfOtherAccountsAreLeftAlone_data()
    {
        QTest::addColumn<QString>("whose");
        QTest::newRow("another user") << QStringLiteral("user");
        QTest::newRow("another tenant") << QStringLiteral("tenant");
        QTest::newRow("another cloud") << QStringLiteral("cloud");
    }

    void entriesOfOtherAccountsAreLeftAlone()
    {
        QFETCH(QString, whose);
        GraphTestEnv env;
        QVERIFY(env.start());
        addBastien(env);
        const QString camille = env.userToken();
        const QString theirs = whose == QLatin1String("user") ? env.userToken(bastien) : camille;
        ProbeOwner owner = camilleOwner(env);
        if (whose == QLatin1String("user"))
            owner.userObjectId = bastienId;
        else if (whose == QLatin1String("tenant"))
            owner.tenantId = fixture::otherTenantId;
        else
            owner.graphBase = QStringLiteral("https://graph.microsoft.us");
        CleanupJournal journal(journalFile(QStringLiteral("others-") + whose));
        const JournalEntry entry = journalMeeting(env, journal, theirs, owner);
        QCOMPARE(env.fake.liveMeetingCount(), 1);
        env.fake.clearRequestLog();

        auto probe = makeProbe(env, journal, &env.clock);
        const CleanupResult cleanup = runCleanup(*probe, camille);
        QVERIFY(cleanup.ok());
        QVERIFY(cleanup.deleted.isEmpty());
        QCOMPARE(cleanup.otherAccounts, 1);
        QVERIFY(!cleanup.allRemoved());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.delete")), 0);
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), 0);
        QCOMPARE(env.fake.liveMeetingCount(), 1);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().key, entry.key);

        // A whole probe of this account leaves it too.
        verifyHappyRun(runProbe(*probe, camille));
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(env.fake.liveMeetingCount(), 1);

        // Its own account removes it.
        if (whose == QLatin1String("cloud")) {
            // No Graph of that cloud here: the entry is only listed for removal by hand.
            QVERIFY(waitFor<GraphResult>([&](auto done) {
                        env.graph->deleteMeeting(camille, entry.meetingId, this, done);
                    }).ok());
        } else {
            MeetingProbe own(env.graph.get(), &journal, &env.clock);
            own.setAccount(owner.tenantId, owner.userObjectId);
            const CleanupResult theirCleanup = runCleanup(own, theirs);
            QVERIFY(theirCleanup.allRemoved());
            QCOMPARE(theirCleanup.deleted.size(), 1);
            QCOMPARE(theirCleanup.deleted.first().meetingId, entry.meetingId);
            QVERIFY(journal.entries().isEmpty());
        }
        QCOMPARE(env.fake.liveMeetingCount(), 0);
    }

    // A run in progress (its lock held by a live process) keeps its entry: another run's cleanup
    // leaves it alone, unless the entry is older than any run can last.
    void runInProgressIsLeftAlone_data()
    {
        QTest::addColumn<bool>("pastTheLongestRun");
        QTest::newRow("young entry") << false;
        QTest::newRow("older than the longest run") << true;
    }

    void runInProgressIsLeftAlone()
    {
        QFETCH(bool, pastTheLongestRun);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        QJsonObject failing = fault(QStringLiteral("graph.meetings.delete"), QStringLiteral("status"));
        failing.insert(QStringLiteral("status"), 500);
        failing.insert(QStringLiteral("call"), 1);
        QVERIFY(env.fake.addFault(failing));
        CleanupJournal journal(
            journalFile(QStringLiteral("in-progress-") + QString::number(pastTheLongestRun)));

        // The first run stops between its failed delete and the retry.
        HoldingClock holding;
        auto first = makeProbe(env, journal, &holding);
        MeetingProbeResult firstResult;
        bool firstDone = false;
        first->run(token, this, [&](const MeetingProbeResult &result) {
            firstResult = result;
            firstDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return !holding.held.isEmpty(); }, 10000));
        QCOMPARE(env.fake.liveMeetingCount(), 1);
        QCOMPARE(journal.entries().size(), 1);

        // Another run, meanwhile.
        TestClock later;
        later.now = QDateTime::currentDateTimeUtc().addMSecs(
            pastTheLongestRun ? MeetingProbe::kLongestRunMs + 1000 : 0);
        auto second = makeProbe(env, journal, &later);
        const CleanupResult cleanup = runCleanup(*second, token);
        if (pastTheLongestRun) {
            QCOMPARE(cleanup.inProgress, 0);
            QCOMPARE(cleanup.deleted.size(), 1);
            QCOMPARE(env.fake.liveMeetingCount(), 0);
        } else {
            QCOMPARE(cleanup.inProgress, 1);
            QVERIFY(cleanup.deleted.isEmpty());
            QVERIFY(!cleanup.allRemoved());
            QCOMPARE(env.fake.liveMeetingCount(), 1);
            QCOMPARE(journal.entries().size(), 1);
        }

        // The first run goes on and ends truthfully either way.
        holding.release();
        QVERIFY(QTest::qWaitFor([&] { return firstDone; }, 10000));
        QVERIFY2(firstResult.ok(), qPrintable(firstResult.error.detail));
        QVERIFY(firstResult.confirmedGone);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
    }

    // Journey 9: the run dies at the worst moment; the next run removes what it left.
    void killedAndTheNextRunCleansUp_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("killOn"); // the endpoint whose request the test kills the run at
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("meetingsAfterTheKill");
        QTest::addColumn<bool>("entryHasMeeting");
        auto slow = [](const QString &endpoint) {
            QJsonObject object = fault(endpoint, QStringLiteral("latency"));
            object.insert(QStringLiteral("latencyMs"), 20000);
            return object;
        };
        QTest::newRow("between journal write and create")
            << QStringLiteral("after-journal") << QString() << QJsonObject() << 0 << false;
        QTest::newRow("while the create is answered")
            << QStringLiteral("run") << QStringLiteral("graph.meetings.createOrGet")
            << slow(QStringLiteral("graph.meetings.createOrGet")) << 1 << false;
        QTest::newRow("between create and delete")
            << QStringLiteral("after-create") << QString() << QJsonObject() << 1 << true;
        QTest::newRow("during the delete, before Graph did it")
            << QStringLiteral("run") << QStringLiteral("graph.meetings.delete")
            << fault(QStringLiteral("graph.meetings.delete"), QStringLiteral("noAnswer")) << 1 << true;
        QTest::newRow("during the delete, after Graph did it")
            << QStringLiteral("run") << QStringLiteral("graph.meetings.delete")
            << slow(QStringLiteral("graph.meetings.delete")) << 0 << true;
    }

    void killedAndTheNextRunCleansUp()
    {
        QFETCH(QString, mode);
        QFETCH(QString, killOn);
        QFETCH(QJsonObject, fault);
        QFETCH(int, meetingsAfterTheKill);
        QFETCH(bool, entryHasMeeting);
        GraphTestEnv env;
        QVERIFY(env.start());
        const QString token = env.userToken();
        if (!fault.isEmpty())
            QVERIFY(env.fake.addFault(fault));
        const QString file =
            journalFile(QStringLiteral("killed-") + QString::fromLatin1(QTest::currentDataTag()));

        QProcess helper;
        helper.setProgram(QStringLiteral(PROBE_CRASH_HELPER));
        // The token goes through stdin.
        helper.setArguments(
            {env.fake.baseUrl().toString(), file, fixture::tenantId, fixture::camilleId, mode});
        if (!killOn.isEmpty()) {
            connect(&env.fake, &fake::FakeCloud::requestLogged, &helper,
                    [&helper, killOn](const QJsonObject &entry) {
                        if (entry.value(QStringLiteral("endpoint")).toString() == killOn)
                            helper.kill();
                    });
        }
        helper.start();
        QVERIFY(helper.waitForStarted(5000));
        helper.write(token.toLatin1() + '\n');
        helper.closeWriteChannel();
        // The fake runs in this process: keep the event loop turning while the helper works.
        QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 30000);
        if (killOn.isEmpty()) {
            QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
            QCOMPARE(helper.exitCode(), mode == QLatin1String("after-journal") ? 5 : 3);
        } else {
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(env.fake.liveMeetingCount(), meetingsAfterTheKill);

        CleanupJournal journal(file);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().hasMeeting(), entryHasMeeting);
        QVERIFY(!journal.entries().first().externalId.isEmpty());

        // The next run, right away: the dead run's lock does not hold its entry back.
        env.fake.clearFaults();
        env.fake.clearRequestLog();
        auto probe = makeProbe(env, journal, nullptr);
        const CleanupResult cleanup = runCleanup(*probe, token);
        QVERIFY(cleanup.ok());
        QVERIFY(cleanup.allRemoved());
        QCOMPARE(cleanup.inProgress, 0);
        QCOMPARE(cleanup.deleted.size(), 1);
        QVERIFY(!cleanup.deleted.first().meetingId.isEmpty());
        QCOMPARE(callsTo(env, QStringLiteral("graph.meetings.createOrGet")), entryHasMeeting ? 0 : 1);
        QCOMPARE(env.fake.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(QDir(m_dir.path())
                    .entryList({QFileInfo(file).fileName() + QStringLiteral("*")}, QDir::Files)
                    .isEmpty());
    }

    // Through a real HTTP proxy: discovery and the whole probe pass, and the proxy's log shows them.
    void throughAnExplicitProxy()
    {
        TinyProxy proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.output()));
        ConnectorConfig config;
        config.proxy = proxy.url();
        const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
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
        auto probe = makeProbe(env, journal, &env.clock);
        verifyHappyRun(runProbe(*probe, token));
        QCOMPARE(env.fake.liveMeetingCount(), 0);

        const QString log = proxy.log();
        QVERIFY2(log.contains(QLatin1String("/v2.0/.well-known/openid-configuration")), qPrintable(log));
        QVERIFY(log.contains(QLatin1String("/v1.0/me/onlineMeetings/createOrGet")));
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
