// The Nagios/Icinga plugin output: the state for every kind of run, one status line with performance
// data in the Monitoring Plugins syntax, long output per config, and the state of several configs.
#include "MonitoringRuns.h"
#include "checks/MonitoringState.h"
#include "checks/NagiosReport.h"
#include "checks/ReportRenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace flexo;
using namespace flexo::test;

Q_DECLARE_METATYPE(flexo::ReportRun)

namespace {

QString render(const QList<ReportRun> &runs)
{
    return ReportRenderer::render(ReportRenderer::Format::Nagios, runs, monitoredOptions());
}

QString statusLine(const QString &output)
{
    return output.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

class TestNagiosReport : public QObject
{
    Q_OBJECT

private slots:
    void stateOfOneRun_data()
    {
        QTest::addColumn<ReportRun>("run");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("every check passed")
            << monitoredRun(QStringLiteral("a.json"), completeResults()) << int(MonitoringState::Ok)
            << QStringLiteral("a probe meeting was created");
        QTest::newRow("secret expires soon")
            << monitoredRun(QStringLiteral("a.json"), completeResults(CheckStatus::Warning),
                            QDate(2026, 12, 11))
            << int(MonitoringState::Warning) << QStringLiteral("secret-expiry warning");
        QTest::newRow("a check failed")
            << monitoredRun(QStringLiteral("a.json"), failedResults()) << int(MonitoringState::Critical)
            << QStringLiteral("app-credentials failed");
        QTest::newRow("nobody to sign in")
            << monitoredRun(QStringLiteral("a.json"), withoutPersonResults()) << int(MonitoringState::Unknown)
            << QStringLiteral("not everything could be checked: sign-in needs a person");
        ReportRun noSecret = monitoredRun(QStringLiteral("a.json"), withoutPersonResults());
        noSecret.results[1] =
            monitoredResult(CheckId::AppCredentials, CheckStatus::Skipped, 0, SkipReason::NeedsSecret);
        QTest::newRow("no secret (no keychain)")
            << noSecret << int(MonitoringState::Unknown) << QStringLiteral("needs the client secret");
        ReportRun stopped = monitoredRun(QStringLiteral("a.json"), completeResults());
        stopped.interrupted = true;
        QTest::newRow("stopped") << stopped << int(MonitoringState::Unknown) << QStringLiteral("stopped");
        ReportRun unreadable;
        unreadable.source = QStringLiteral("broken.json");
        unreadable.error = QStringLiteral("The file is not JSON.");
        QTest::newRow("unreadable config")
            << unreadable << int(MonitoringState::Unknown) << QStringLiteral("The file is not JSON.");
    }

    void stateOfOneRun()
    {
        QFETCH(ReportRun, run);
        QFETCH(int, state);
        QFETCH(QString, words);
        QCOMPARE(int(MonitoringStates::of(run)), state);
        const QString line = statusLine(render({run}));
        QVERIFY2(line.startsWith(
                     QStringLiteral("FLEXO TEAMS %1 - ").arg(MonitoringStates::name(MonitoringState(state)))),
                 qPrintable(line));
        QVERIFY2(line.section(QLatin1Char('|'), 0, 0).contains(words), qPrintable(line));
    }

    void performanceDataSyntax()
    {
        const QString line = statusLine(render({monitoredRun(QStringLiteral("a.json"), completeResults())}));
        const QString perf = line.section(QStringLiteral(" | "), 1);
        QVERIFY2(!perf.isEmpty(), qPrintable(line));
        // 'label'=value[UOM];[warn];[crit];[min];[max], space separated (Monitoring Plugins guidelines).
        static const QRegularExpression item(
            QStringLiteral(R"(^('[^']+'|[^' =]+)=-?[0-9.]+(s|%|B|KB|MB|TB|c)?(;[0-9.:~@-]*){0,4}$)"));
        const QStringList items = perf.split(QLatin1Char(' '));
        for (const QString &one : items)
            QVERIFY2(item.match(one).hasMatch(), qPrintable(one));
        QVERIFY2(items.contains(QStringLiteral("secret_days_left=40;30:;0:")), qPrintable(perf));
        QVERIFY2(items.contains(QStringLiteral("check_app_credentials_seconds=0.120s;;;0")),
                 qPrintable(perf));
        QVERIFY2(items.contains(QStringLiteral("check_meeting_create_seconds=0.120s;;;0")), qPrintable(perf));
    }

    void skippedChecksHaveNoDurationAndAreListed()
    {
        const QString out = render({monitoredRun(QStringLiteral("a.json"), withoutPersonResults())});
        QVERIFY2(!out.contains(QStringLiteral("check_sign_in_seconds")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("check_app_credentials_seconds=1.500s")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(
                     "\nnot verified: meeting-create (needs a person at the keyboard to sign in)\n")),
                 qPrintable(out));
    }

    void severalConfigsWorstStateOneLine_data()
    {
        QTest::addColumn<QList<ReportRun>>("runs");
        QTest::addColumn<int>("state");
        const ReportRun ok = monitoredRun(QStringLiteral("/etc/flexo/ok.json"), completeResults());
        const ReportRun warning =
            monitoredRun(QStringLiteral("/etc/flexo/soon.json"), completeResults(CheckStatus::Warning));
        const ReportRun unknown =
            monitoredRun(QStringLiteral("/etc/flexo/nobody.json"), withoutPersonResults());
        const ReportRun critical =
            monitoredRun(QStringLiteral("/etc/flexo/broken secret.json"), failedResults());
        QTest::newRow("all ok") << QList<ReportRun>{ok, ok} << int(MonitoringState::Ok);
        QTest::newRow("warning beats ok") << QList<ReportRun>{ok, warning} << int(MonitoringState::Warning);
        QTest::newRow("unknown beats warning")
            << QList<ReportRun>{warning, unknown, ok} << int(MonitoringState::Unknown);
        QTest::newRow("critical beats all")
            << QList<ReportRun>{unknown, ok, critical, warning} << int(MonitoringState::Critical);
    }

    void severalConfigsWorstStateOneLine()
    {
        QFETCH(QList<ReportRun>, runs);
        QFETCH(int, state);
        QCOMPARE(int(MonitoringStates::of(runs)), state);
        const QString out = render(runs);
        QStringList lines = out.split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString()); // ends with a line break
        QVERIFY2(lines.first().startsWith(QStringLiteral("FLEXO TEAMS ") +
                                          MonitoringStates::name(MonitoringState(state))),
                 qPrintable(out));
        QCOMPARE(lines.first().count(QLatin1Char('|')), 1);
        // Then one long-output line per config, in the order given.
        QCOMPARE(lines.size(), runs.size() + 1);
        for (int i = 0; i < runs.size(); ++i) {
            const QString expected = QStringLiteral("%1: %2 - ")
                                         .arg(runs.at(i).source.section(QLatin1Char('/'), -1),
                                              MonitoringStates::name(MonitoringStates::of(runs.at(i))));
            QVERIFY2(lines.at(i + 1).startsWith(expected), qPrintable(out));
        }
        // Labels are unique per config; one with a space is quoted.
        if (state == int(MonitoringState::Critical))
            QVERIFY2(out.contains(QStringLiteral("'broken secret.json:secret_days_left'=40;30:;0:")),
                     qPrintable(out));
    }

    // A fleet kept as one folder per customer has the same file name everywhere: each config is
    // named by as much of its path as tells it apart, in the long output and the performance data.
    void configNamesTellConfigsApart_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("different file names")
            << QStringList{QStringLiteral("/etc/flexo/a.json"), QStringLiteral("/srv/b.json")}
            << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")};
        QTest::newRow("one folder per customer")
            << QStringList{QStringLiteral("/srv/acme/connector.json"),
                           QStringLiteral("/srv/contoso/connector.json"), QStringLiteral("/srv/other.json")}
            << QStringList{QStringLiteral("acme/connector.json"), QStringLiteral("contoso/connector.json"),
                           QStringLiteral("other.json")};
        QTest::newRow("deeper") << QStringList{QStringLiteral("/a/x/c.json"), QStringLiteral("/b/x/c.json"),
                                               QStringLiteral("/b/y/c.json")}
                                << QStringList{QStringLiteral("/a/x/c.json"), QStringLiteral("/b/x/c.json"),
                                               QStringLiteral("y/c.json")};
        QTest::newRow("relative beside absolute")
            << QStringList{QStringLiteral("x/c.json"), QStringLiteral("/y/x/c.json")}
            << QStringList{QStringLiteral("x/c.json"), QStringLiteral("/y/x/c.json")};
    }

    void configNamesTellConfigsApart()
    {
        QFETCH(QStringList, sources);
        QFETCH(QStringList, names);
        QList<ReportRun> runs;
        for (const QString &source : sources)
            runs << monitoredRun(source, failedResults());
        const QString out = render(runs);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), sources.size() + 1);
        for (qsizetype i = 0; i < names.size(); ++i)
            QVERIFY2(lines.at(i + 1).startsWith(names.at(i) + QStringLiteral(": CRITICAL - ")),
                     qPrintable(out));
        QStringList labels;
        for (const QString &item :
             lines.first().section(QLatin1Char('|'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            labels << item.section(QLatin1Char('='), 0, 0);
        QVERIFY(!labels.isEmpty());
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    }

    void noPipeOrLineBreakInTheSummary()
    {
        QList<CheckResult> results = failedResults();
        results[1].summary = QStringLiteral("refused | see\nthe log");
        const QString line = statusLine(render({monitoredRun(QStringLiteral("a.json"), results)}));
        QCOMPARE(line.count(QLatin1Char('|')), 1);
        QVERIFY2(line.contains(QStringLiteral("refused / see the log")), qPrintable(line));
    }

    void labelQuoting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("plain") << QStringLiteral("secret_days_left") << QStringLiteral("secret_days_left");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("quote doubled") << QStringLiteral("it's") << QStringLiteral("'it''s'");
        QTest::newRow("equals dropped") << QStringLiteral("a=b") << QStringLiteral("'ab'");
    }

    void labelQuoting()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        QCOMPARE(NagiosReport::label(name), label);
    }
};

QTEST_GUILESS_MAIN(TestNagiosReport)
#include "tst_nagiosreport.moc"
