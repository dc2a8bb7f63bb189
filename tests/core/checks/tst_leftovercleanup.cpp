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

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;
using namespace flexo::checkstest;

// A probe meeting left in the cleanup journal by an interrupted run is removed by the next
// interactive run, before its own probe (DESIGN.md §3, "Interrupted in the middle").
class TestLeftoverCleanup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leftoverOfAnEarlierRunIsRemoved();
    void leftoverThatCannotBeRemovedIsNamed();

private:
    std::unique_ptr<CheckRunner> makeRunner();
    QList<CheckResult> runInteractive(CheckRunner &runner);
    // Creates a meeting on the fake and journals it the way an interrupted probe leaves it.
    QString seedLeftover(const QString &token);

    std::unique_ptr<fake::FakeCloud> m_fake;
    fake::BrowserSimulator m_browser;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestLeftoverCleanup::initTestCase()
{
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<CheckRunner> TestLeftoverCleanup::makeRunner()
{
    CheckContext context(fakeCloudConfig(m_fake->baseUrl()), &m_network);
    context.secret = kSecret;
    fake::BrowserSimulator *browser = &m_browser;
    context.openBrowser = [browser](const QUrl &url) { browser->open(url); };
    auto runner = std::make_unique<CheckRunner>(context);
    runner->addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner->check(QStringLiteral("flexo-endpoints")))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner->check(QStringLiteral("meeting-create")))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    return runner;
}

QList<CheckResult> TestLeftoverCleanup::runInteractive(CheckRunner &runner)
{
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::Interactive);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
        return {};
    return finished.at(0).at(0).value<QList<CheckResult>>();
}

QString TestLeftoverCleanup::seedLeftover(const QString &token)
{
    // Kept until the test ends: the client finishes its calls after their callbacks.
    auto *client = new HttpClient(&m_network, {}, nullptr, this);
    auto *graphClient =
        new GraphClient(client, CloudCatalog::custom(m_fake->baseUrl(), m_fake->baseUrl()).value(), client);
    GraphClient &graph = *graphClient;
    CleanupJournal journal(m_dir.filePath(QStringLiteral("journal.json")));
    JournalEntry entry;
    entry.graphBase = graph.cloud().graphBase.toString();
    entry.tenant = kTenantId;
    entry.subject = MeetingProbe::probeSubject();
    const Result<QString> key = journal.add(entry);
    if (!key.ok())
        return {};
    QString meetingId;
    bool answered = false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(600);
    graph.createMeeting(token, entry.subject, start, start.addSecs(900), this,
                        [&](const GraphResult &result) {
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

void TestLeftoverCleanup::leftoverOfAnEarlierRunIsRemoved()
{
    auto first = makeRunner();
    runInteractive(*first);
    const QString token = first->context().tokens.accessToken;
    QVERIFY(!token.isEmpty());
    QVERIFY(!seedLeftover(token).isEmpty());
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    QCOMPARE(CleanupJournal(m_dir.filePath(QStringLiteral("journal.json"))).entries().size(), 1);

    auto second = makeRunner();
    runInteractive(*second);
    const CheckResult create = second->result(QStringLiteral("meeting-create"));
    QCOMPARE(create.status, CheckStatus::Passed);
    QVERIFY2(create.summary.contains(QLatin1String("Removed 1 probe meeting left by an earlier run.")),
             qPrintable(create.summary));
    QCOMPARE(create.facts.value(QStringLiteral("leftoversRemoved")).toInt(), 1);
    QCOMPARE(second->result(QStringLiteral("meeting-delete")).status, CheckStatus::Passed);
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(m_dir.filePath(QStringLiteral("journal.json"))).entries().isEmpty());
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
    const CheckResult create = second->result(QStringLiteral("meeting-create"));
    QCOMPARE(create.status, CheckStatus::Warning);
    QCOMPARE(create.facts.value(QStringLiteral("leftoverMeetingIds")).toStringList(), QStringList{leftover});
    QVERIFY2(create.cause.contains(leftover), qPrintable(create.cause));
    QVERIFY(!create.fix.isEmpty());
    QCOMPARE(m_fake->liveMeetingCount(), 1);
    QCOMPARE(CleanupJournal(m_dir.filePath(QStringLiteral("journal.json"))).entries().size(), 1);

    // And the run after that removes it.
    auto third = makeRunner();
    runInteractive(*third);
    QCOMPARE(third->result(QStringLiteral("meeting-create")).status, CheckStatus::Passed);
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    QVERIFY(CleanupJournal(m_dir.filePath(QStringLiteral("journal.json"))).entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestLeftoverCleanup)
#include "tst_leftovercleanup.moc"
