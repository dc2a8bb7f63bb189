// Two runs probing at once against one cleanup journal: a probe in this process (as the wizard runs
// it) stops in the middle of deleting its meeting while `diagnose --interactive`, the real
// executable, runs its own probe. The command line leaves the other run's meeting alone and says
// so, its own report is true, and in the end both meetings are gone and the journal is empty.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "FakeCloudScenario.h"
#include "SignIn.h"
#include "TestConfigs.h"

#include "cloud/CloudCatalog.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"
#include "net/NetClock.h"
#include "net/NetworkFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using flexo::test::CliProcess;
using flexo::test::TestConfigs;

namespace {

// Holds the probe's waits (between delete attempts) until the test lets them go.
class HoldingClock : public flexo::NetClock
{
public:
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

QJsonObject checkOf(const QByteArray &report, const QString &id)
{
    return flexo::test::TestConfigs::checkOf(report, id);
}

} // namespace

class TstCliProbeJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
        QVERIFY(m_dir.isValid());
    }

    void twoRunsProbingAtOnce()
    {
        // The journal the command line uses (the test's private XDG_DATA_HOME).
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        QVERIFY(!dataHome.isEmpty());
        const QString journalPath = dataHome + QStringLiteral("/FlexO/flexo-teams-setup/probe-meetings.json");

        // The first delete fails: this process's probe then waits, held, with its entry journaled.
        QVERIFY(m_cloud.addFault({{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.delete")},
                                  {QStringLiteral("call"), 1},
                                  {QStringLiteral("kind"), QStringLiteral("status")},
                                  {QStringLiteral("status"), 500}}));
        FakeCloudClient signIn(m_cloud.baseUrl());
        const QString token = QString::fromLatin1(SignIn::accessToken(signIn, m_cloud.baseUrl()));
        QVERIFY(!token.isEmpty());
        flexo::NetworkOptions options;
        options.proxyMode = flexo::NetworkOptions::ProxyMode::Direct;
        QNetworkAccessManager manager;
        flexo::NetworkFactory::applyProxy(&manager, options);
        flexo::HttpClient http(&manager, options);
        flexo::GraphClient graph(&http,
                                 flexo::CloudCatalog::custom(m_cloud.baseUrl(), m_cloud.baseUrl()).value());
        flexo::CleanupJournal journal(journalPath);
        HoldingClock clock;
        flexo::MeetingProbe probe(&graph, &journal, &clock);
        probe.setAccount(fixture::tenantId, fixture::camilleId);
        flexo::MeetingProbeResult ours;
        bool oursDone = false;
        probe.run(token, this, [&](const flexo::MeetingProbeResult &result) {
            ours = result;
            oursDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return !clock.held.isEmpty(); }, 20000));
        QCOMPARE(m_cloud.liveMeetingCount(), 1);
        QCOMPARE(journal.entries().size(), 1);

        // Meanwhile the command line probes, with the same account and the same journal.
        CliProcess cli;
        cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
        cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER));
        const QString config = m_dir.filePath(QStringLiteral("connector.json"));
        QVERIFY(TestConfigs::write(TestConfigs::forCloud(m_cloud.baseUrl()), config));
        const auto outcome = cli.run({QStringLiteral("diagnose"), config, QStringLiteral("--interactive"),
                                      QStringLiteral("--format"), QStringLiteral("json")},
                                     120000);
        QVERIFY2(!outcome.crashed, outcome.err.constData());
        QVERIFY2(outcome.exitCode == 0, outcome.out.constData());
        const QJsonObject create = checkOf(outcome.out, QStringLiteral("meeting-create"));
        QCOMPARE(create.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        const QJsonObject facts = create.value(QStringLiteral("facts")).toObject();
        QCOMPARE(facts.value(QStringLiteral("leftoversInProgress")).toInt(), 1);
        QVERIFY(!facts.contains(QStringLiteral("leftoversRemoved")));
        QVERIFY2(
            create.value(QStringLiteral("summary"))
                .toString()
                .contains(QLatin1String("Left alone 1 probe meeting(s) of another run still in progress.")),
            outcome.out.constData());
        const QJsonObject deleted = checkOf(outcome.out, QStringLiteral("meeting-delete"));
        QCOMPARE(deleted.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        QCOMPARE(
            deleted.value(QStringLiteral("summary")).toString(),
            QStringLiteral("The test meeting was deleted (204) and is gone (404): nothing was left behind."));
        // Ours is still there, and still journaled; the command line's is gone.
        QCOMPARE(m_cloud.liveMeetingCount(), 1);
        const QList<flexo::JournalEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().hasMeeting());

        // This process's probe goes on and ends truthfully.
        clock.release();
        QVERIFY(QTest::qWaitFor([&] { return oursDone; }, 20000));
        QVERIFY2(ours.ok(), qPrintable(ours.error.detail));
        QVERIFY(ours.confirmedGone);
        QCOMPARE(entries.first().meetingId, ours.meetingId);
        QCOMPARE(m_cloud.liveMeetingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(journalPath));
    }

private:
    flexo::fake::FakeCloud m_cloud;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCliProbeJournal)
#include "tst_cli_probejournal.moc"
