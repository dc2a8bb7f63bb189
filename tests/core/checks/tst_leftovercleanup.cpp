#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/StandardChecks.h"
#include "cloud/CloudCatalog.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace flexo;
using namespace flexo::checkstest;

namespace {

const QString kCamilleId = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString kOtherTenantId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");

} // namespace

// The meeting checks as every face runs them, against the fake cloud: what they say when a
// create's answer is lost, when a meeting cannot be confirmed gone, when the journal is corrupt or
// lists another account's meeting, and how a probe meeting left by an interrupted run is removed by
// the next interactive run, before its own probe.
class TestLeftoverCleanup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void leftoverOfAnEarlierRunIsRemoved();
    void leftoverThatCannotBeRemovedIsNamed();
    void lostCreateAnswerMakesOneMeeting_data();
    void lostCreateAnswerMakesOneMeeting();
    void uncertainCreateIsSaidAndSettledByTheNextRun();
    void unconfirmedDeleteNamesTheMeeting();
    void corruptJournalIsKeptAsideAndSaid();
    void anotherAccountsLeftoverIsLeftAlone();

private:
    std::unique_ptr<CheckRunner> makeRunner();
    QList<CheckResult> runInteractive(CheckRunner &runner);
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.json")); }
    GraphClient &graph();
    // Creates a meeting on the fake and journals it the way an interrupted probe leaves it.
    QString seedLeftover(const QString &token, const QString &tenantId = kTenantId);
    int meetingsMade() const;
    static void verifyNothingLeftSaid(const CheckResult &deleted);

    std::unique_ptr<fake::FakeCloud> m_fake;
    fake::BrowserSimulator m_browser;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLeftoverCleanup::initTestCase()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
}

void TestLeftoverCleanup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLeftoverCleanup::cleanup()
{
    m_fake->clearFaults();
    m_fake->clearRequestLog();
    QCOMPARE(m_fake->liveMeetingCount(), 0);
}

std::unique_ptr<CheckRunner> TestLeftoverCleanup::makeRunner()
{
    CheckContext context(fakeCloudConfig(m_fake->baseUrl()), &m_network);
    context.secret = kSecret;
    fake::BrowserSimulator *browser = &m_browser;
    context.openBrowser = [browser](const QUrl &url) { browser->open(url); };
    auto runner = std::make_unique<CheckRunner>(context);
    runner->addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner->check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner->check(CheckId::MeetingCreate))->setJournalPath(journalPath());
    return runner;
}

QList<CheckResult> TestLeftoverCleanup::runInteractive(CheckRunner &runner)
{
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::Interactive);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
        return {};
    return finished.at(0).at(0).value<QList<CheckResult>>();
}

GraphClient &TestLeftoverCleanup::graph()
{
    // Kept until the test ends: the client finishes its calls after their callbacks.
    auto *client = new HttpClient(&m_network, {}, nullptr, this);
    return *new GraphClient(client, CloudCatalog::custom(m_fake->baseUrl(), m_fake->baseUrl()).value(),
                            client);
}

QString TestLeftoverCleanup::seedLeftover(const QString &token, const QString &tenantId)
{
    GraphClient &client = graph();
    CleanupJournal journal(journalPath());
    JournalEntry entry;
    entry.owner = ProbeOwner{client.cloud().id, client.cloud().graphBase.toString(), tenantId, kCamilleId};
    entry.subject = MeetingProbe::probeSubject();
    const Result<QString> key = journal.add(entry);
    if (!key.ok())
        return {};
    const QString externalId = journal.entries().first().externalId;
    QString meetingId;
    bool answered = false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(600);
    client.createOrGetMeeting(
        token, externalId, entry.subject, start, start.addSecs(900), this, [&](const GraphResult &result) {
            answered = true;
            if (!result.ok())
                return;
            meetingId = result.meeting.id;
            (void)journal.recordMeeting(key.value(), meetingId, result.meeting.joinWebUrl);
        });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        return {};
    return meetingId;
}

int TestLeftoverCleanup::meetingsMade() const
{
    int made = 0;
    for (const QJsonValue &value : m_fake->requestLog()) {
        const QJsonObject entry = value.toObject();
        const int handled =
            entry.value(QStringLiteral("handledStatus")).toInt(entry.value(QStringLiteral("status")).toInt());
        if (entry.value(QStringLiteral("endpoint")).toString() ==
                QLatin1String("graph.meetings.createOrGet") &&
            handled == 201)
            ++made;
    }
    return made;
}

void TestLeftoverCleanup::verifyNothingLeftSaid(const CheckResult &deleted)
{
    QCOMPARE(deleted.status, CheckStatus::Passed);
    QCOMPARE(
        deleted.summary,
        QStringLiteral("The test meeting was deleted (204) and is gone (404): nothing was left behind."));
}

void TestLeftoverCleanup::leftoverOfAnEarlierRunIsRemoved()
{
    auto first = makeRunner();
    runInteractive(*first);
    const QString token = first->context().tokens.accessToken;
    QVERIFY(!token.isEmpty());
    QCOMPARE(first->context().tokens.userObjectId, kCamilleId);
    QCOMPARE(first->context().tokens.tenantId, kTenantId);
    QVERIFY(!seedLeftover(token).isEmpty());
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    QCOMPARE(CleanupJournal(journalPath()).entries().size(), 1);

    auto second = makeRunner();
    runInteractive(*second);
    const CheckResult create = second->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Passed);
    QVERIFY2(create.summary.contains(QLatin1String("Removed 1 probe meeting left by an earlier run.")),
             qPrintable(create.summary));
    QCOMPARE(create.facts.value(QStringLiteral("leftoversRemoved")).toInt(), 1);
    verifyNothingLeftSaid(second->result(CheckId::MeetingDelete));
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(journalPath()).entries().isEmpty());
}

void TestLeftoverCleanup::leftoverThatCannotBeRemovedIsNamed()
{
    auto first = makeRunner();
    runInteractive(*first);
    const QString token = first->context().tokens.accessToken;
    const QString leftover = seedLeftover(token);
    QVERIFY(!leftover.isEmpty());

    // The first delete of the next run is the leftover's: it fails; the new probe's own delete works.
    m_fake->addFault(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.delete")},
                                 {QStringLiteral("call"), 1},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 500}});
    auto second = makeRunner();
    runInteractive(*second);
    m_fake->clearFaults();
    const CheckResult create = second->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Warning);
    QCOMPARE(create.facts.value(QStringLiteral("leftoverMeetingIds")).toStringList(), QStringList{leftover});
    QVERIFY2(create.cause.contains(leftover), qPrintable(create.cause));
    QVERIFY(!create.fix.isEmpty());
    // This run's own meeting is gone, but the report does not claim nothing was left.
    const CheckResult deleted = second->result(CheckId::MeetingDelete);
    QCOMPARE(deleted.status, CheckStatus::Passed);
    QVERIFY2(!deleted.summary.contains(QLatin1String("nothing was left behind")),
             qPrintable(deleted.summary));
    QVERIFY2(deleted.summary.contains(leftover), qPrintable(deleted.summary));
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    QCOMPARE(CleanupJournal(journalPath()).entries().size(), 1);

    // And the run after that removes it.
    auto third = makeRunner();
    runInteractive(*third);
    QCOMPARE(third->result(CheckId::MeetingCreate).status, CheckStatus::Passed);
    verifyNothingLeftSaid(third->result(CheckId::MeetingDelete));
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(journalPath()).entries().isEmpty());
}

// The answer to the create is lost after Graph made the meeting (Qt even sends the request again on
// its own): still one meeting, deleted, and the report's "nothing was left behind" is true.
void TestLeftoverCleanup::lostCreateAnswerMakesOneMeeting_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("said");
    const QString endpoint = QStringLiteral("graph.meetings.createOrGet");
    QTest::newRow("cut inside the headers") << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                           {QStringLiteral("call"), 1},
                                                           {QStringLiteral("kind"), QStringLiteral("drop")}}
                                            << QStringLiteral("returned that same meeting (200)");
    QTest::newRow("cut before the headers") << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                           {QStringLiteral("call"), 1},
                                                           {QStringLiteral("kind"), QStringLiteral("hangUp")}}
                                            << QStringLiteral("returned that same meeting (200)");
    QTest::newRow("503 after the create") << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                                                         {QStringLiteral("call"), 1},
                                                         {QStringLiteral("kind"), QStringLiteral("status")},
                                                         {QStringLiteral("status"), 503},
                                                         {QStringLiteral("afterHandling"), true}}
                                          << QStringLiteral("returned that same meeting (200)");
    QTest::newRow("503 instead of the create")
        << QJsonObject{{QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("call"), 1},
                       {QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 503}}
        << QStringLiteral("when asked again with the same externalId");
}

void TestLeftoverCleanup::lostCreateAnswerMakesOneMeeting()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, said);
    QVERIFY(m_fake->addFault(fault));
    auto runner = makeRunner();
    runInteractive(*runner);
    const CheckResult create = runner->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Passed);
    QVERIFY2(create.summary.contains(said), qPrintable(create.summary));
    QVERIFY(create.facts.value(QStringLiteral("answerLost")).toBool());
    verifyNothingLeftSaid(runner->result(CheckId::MeetingDelete));
    QCOMPARE(meetingsMade(), 1);
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(journalPath()).entries().isEmpty());
}

// No answer says whether the meeting exists: the run says so, names the externalId, never claims
// that nothing was left, and the next run removes the meeting.
void TestLeftoverCleanup::uncertainCreateIsSaidAndSettledByTheNextRun()
{
    QVERIFY(m_fake->addFault({{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.createOrGet")},
                              {QStringLiteral("kind"), QStringLiteral("drop")}}));
    auto first = makeRunner();
    runInteractive(*first);
    const CheckResult create = first->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Failed);
    QVERIFY(create.facts.value(QStringLiteral("createUncertain")).toBool());
    const QString externalId = create.facts.value(QStringLiteral("externalId")).toString();
    QVERIFY(!externalId.isEmpty());
    QVERIFY2(create.cause.contains(
                 QLatin1String("It is not known whether Microsoft Graph created the test meeting")),
             qPrintable(create.cause));
    QVERIFY2(create.fix.contains(externalId), qPrintable(create.fix));
    const CheckResult deleted = first->result(CheckId::MeetingDelete);
    QCOMPARE(deleted.status, CheckStatus::Skipped);
    QVERIFY(!deleted.summary.contains(QLatin1String("nothing was left behind")));
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    QCOMPARE(CleanupJournal(journalPath()).entries().size(), 1);

    m_fake->clearFaults();
    auto second = makeRunner();
    runInteractive(*second);
    const CheckResult again = second->result(CheckId::MeetingCreate);
    QCOMPARE(again.status, CheckStatus::Passed);
    QVERIFY2(again.summary.contains(QLatin1String("Removed 1 probe meeting left by an earlier run.")),
             qPrintable(again.summary));
    verifyNothingLeftSaid(second->result(CheckId::MeetingDelete));
    QCOMPARE(meetingsMade(), 2); // the first run's one, and the second run's own
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(journalPath()).entries().isEmpty());
}

// Deleted, but the GET that should prove it answers 500: the report names the meeting instead of
// saying nothing was left, and the next run confirms it gone.
void TestLeftoverCleanup::unconfirmedDeleteNamesTheMeeting()
{
    QVERIFY(m_fake->addFault({{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.get")},
                              {QStringLiteral("kind"), QStringLiteral("status")},
                              {QStringLiteral("status"), 500}}));
    auto first = makeRunner();
    runInteractive(*first);
    QCOMPARE(first->result(CheckId::MeetingCreate).status, CheckStatus::Passed);
    const CheckResult deleted = first->result(CheckId::MeetingDelete);
    QCOMPARE(deleted.status, CheckStatus::Failed);
    const QString id = deleted.facts.value(QStringLiteral("meetingId")).toString();
    const QString link = deleted.facts.value(QStringLiteral("joinWebUrl")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!link.isEmpty());
    QVERIFY(deleted.facts.value(QStringLiteral("leftBehind")).toBool());
    QVERIFY2(deleted.fix.contains(id) && deleted.fix.contains(link), qPrintable(deleted.fix));
    QVERIFY(!deleted.summary.contains(QLatin1String("nothing was left behind")));
    QCOMPARE(CleanupJournal(journalPath()).entries().size(), 1);

    m_fake->clearFaults();
    auto second = makeRunner();
    runInteractive(*second);
    QVERIFY(second->result(CheckId::MeetingCreate)
                .summary.contains(QLatin1String("Removed 1 probe meeting left by an earlier run.")));
    verifyNothingLeftSaid(second->result(CheckId::MeetingDelete));
    QVERIFY(CleanupJournal(journalPath()).entries().isEmpty());
}

// An unparsable journal is kept aside, named in the report, and never written over.
void TestLeftoverCleanup::corruptJournalIsKeptAsideAndSaid()
{
    const QByteArray garbage =
        "{\"format\": \"flexo-probe-journal\", \"probeMeetings\": [{\"meetingId\": \"MSo";
    {
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto runner = makeRunner();
    runInteractive(*runner);
    const CheckResult create = runner->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Warning);
    const QString keptAside = create.facts.value(QStringLiteral("journalKeptAside")).toString();
    QVERIFY(keptAside.startsWith(journalPath() + QStringLiteral(".unreadable-")));
    QVERIFY2(create.cause.contains(keptAside), qPrintable(create.cause));
    QVERIFY2(create.fix.contains(keptAside), qPrintable(create.fix));
    QFile kept(keptAside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    verifyNothingLeftSaid(runner->result(CheckId::MeetingDelete));
    QVERIFY(!QFile::exists(journalPath()));
}

// A journal entry of another tenant (or user) is neither deleted nor dropped, even when this
// account could delete the meeting it names; the report says it was left alone.
void TestLeftoverCleanup::anotherAccountsLeftoverIsLeftAlone()
{
    auto first = makeRunner();
    runInteractive(*first);
    const QString token = first->context().tokens.accessToken;
    const QString leftover = seedLeftover(token, kOtherTenantId);
    QVERIFY(!leftover.isEmpty());
    m_fake->clearRequestLog();

    auto second = makeRunner();
    runInteractive(*second);
    const CheckResult create = second->result(CheckId::MeetingCreate);
    QCOMPARE(create.status, CheckStatus::Passed);
    QCOMPARE(create.facts.value(QStringLiteral("leftoversOfOtherAccounts")).toInt(), 1);
    QVERIFY2(
        create.summary.contains(QLatin1String("Left alone 1 probe meeting(s) of another account or tenant.")),
        qPrintable(create.summary));
    QVERIFY(!create.summary.contains(QLatin1String("Removed")));
    verifyNothingLeftSaid(second->result(CheckId::MeetingDelete));
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    const QList<JournalEntry> entries = CleanupJournal(journalPath()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().meetingId, leftover);

    // Removed by hand (it is this user's meeting under another tenant's name in the journal).
    bool done = false;
    graph().deleteMeeting(token, leftover, this, [&](const GraphResult &result) {
        QVERIFY(result.ok());
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
}

QTEST_GUILESS_MAIN(TestLeftoverCleanup)
#include "tst_leftovercleanup.moc"
