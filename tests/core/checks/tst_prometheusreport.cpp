// The Prometheus text exposition format, read back by the reference parser (Debian's
// python3-prometheus-client): families, labels (escaped), values for every outcome.
#include "MonitoringRuns.h"
#include "checks/PrometheusReport.h"
#include "checks/ReportRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace flexo;
using namespace flexo::test;

namespace {

// The parser's view of the text: {family: {"type": ..., "samples": [{"name", "labels", "value"}]}}.
const char *const parserScript = R"(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
out = {}
for family in text_string_to_metric_families(sys.stdin.read()):
    out[family.name] = {"type": family.type, "help": family.documentation,
                        "samples": [{"name": s.name, "labels": s.labels, "value": s.value} for s in family.samples]}
print(json.dumps(out))
)";

QJsonObject parse(const QString &text, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(parserScript)});
    if (!python.waitForStarted(10000)) {
        *error = QStringLiteral("python3 did not start");
        return {};
    }
    python.write(text.toUtf8());
    python.closeWriteChannel();
    python.waitForFinished(30000);
    if (python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The value of the sample of `family` whose labels include all of `labels`; NaN when there is none.
double valueOf(const QJsonObject &families, const QString &family, const QJsonObject &labels)
{
    const QJsonArray samples = families.value(family).toObject().value(QStringLiteral("samples")).toArray();
    for (const QJsonValue &sample : samples) {
        const QJsonObject got = sample.toObject().value(QStringLiteral("labels")).toObject();
        bool match = true;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            match = match && got.value(it.key()) == it.value();
        if (match)
            return sample.toObject().value(QStringLiteral("value")).toDouble();
    }
    return qQNaN();
}

int sampleCount(const QJsonObject &families, const QString &family)
{
    return int(families.value(family).toObject().value(QStringLiteral("samples")).toArray().size());
}

struct Label
{
    Label(const char *k, const char *v)
        : key(QString::fromUtf8(k))
        , value(QString::fromUtf8(v))
    {}
    Label(const char *k, const QString &v)
        : key(QString::fromUtf8(k))
        , value(v)
    {}
    QString key;
    QString value;
};

QJsonObject labels(std::initializer_list<Label> pairs)
{
    QJsonObject object;
    for (const Label &label : pairs)
        object.insert(label.key, label.value);
    return object;
}

} // namespace

class TestPrometheusReport : public QObject
{
    Q_OBJECT

private slots:
    void parsedByTheReferenceParser()
    {
        const QString hostile = QStringLiteral("/srv/c\"q\\uote d.json");
        ReportRun unreadable;
        unreadable.source = QStringLiteral("broken.json");
        unreadable.error = QStringLiteral("not JSON");
        const QList<ReportRun> runs{
            monitoredRun(QStringLiteral("ok.json"), completeResults()),
            monitoredRun(QStringLiteral("nobody.json"), withoutPersonResults(), QDate(2026, 11, 20)),
            monitoredRun(hostile, failedResults(), QDate()), unreadable};
        const QString text =
            ReportRenderer::render(ReportRenderer::Format::Prometheus, runs, monitoredOptions());
        QString error;
        const QJsonObject families = parse(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + text));

        const QStringList expected{QStringLiteral("flexo_teams_check_status"),
                                   QStringLiteral("flexo_teams_check_not_verified"),
                                   QStringLiteral("flexo_teams_check_duration_seconds"),
                                   QStringLiteral("flexo_teams_secret_expiry_days"),
                                   QStringLiteral("flexo_teams_state"),
                                   QStringLiteral("flexo_teams_last_run_timestamp_seconds")};
        QStringList names = families.keys();
        names.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(names, sortedExpected);
        for (const QString &name : expected) {
            QCOMPARE(families.value(name).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("gauge"));
            QVERIFY(!families.value(name).toObject().value(QStringLiteral("help")).toString().isEmpty());
        }

        // Status: 1 passed, 0 failed, -1 did not run.
        const QString status = QStringLiteral("flexo_teams_check_status");
        QCOMPARE(valueOf(families, status, labels({{"config", "ok.json"}, {"check", "meeting-create"}})),
                 1.0);
        QCOMPARE(valueOf(families, status, labels({{"config", hostile}, {"check", "app-credentials"}})), 0.0);
        QCOMPARE(valueOf(families, status, labels({{"config", "nobody.json"}, {"check", "sign-in"}})), -1.0);
        QCOMPARE(sampleCount(families, status), 8 + 6 + 3);

        // What did not run although nothing failed, with the reason; a skip after a failure is not listed.
        const QString notVerified = QStringLiteral("flexo_teams_check_not_verified");
        QCOMPARE(
            valueOf(
                families, notVerified,
                labels({{"config", "nobody.json"}, {"check", "meeting-create"}, {"reason", "needs-person"}})),
            1.0);
        QCOMPARE(sampleCount(families, notVerified), 4);

        const QString duration = QStringLiteral("flexo_teams_check_duration_seconds");
        QCOMPARE(
            valueOf(families, duration, labels({{"config", "nobody.json"}, {"check", "app-credentials"}})),
            1.5);
        QVERIFY(
            qIsNaN(valueOf(families, duration, labels({{"config", "nobody.json"}, {"check", "sign-in"}}))));

        const QString expiry = QStringLiteral("flexo_teams_secret_expiry_days");
        QCOMPARE(valueOf(families, expiry, labels({{"config", "ok.json"}})), 40.0);
        QCOMPARE(valueOf(families, expiry, labels({{"config", "nobody.json"}})), -11.0);
        QCOMPARE(sampleCount(families, expiry), 2); // unknown expiry: no sample rather than a made-up one

        const QString state = QStringLiteral("flexo_teams_state");
        QCOMPARE(valueOf(families, state, labels({{"config", "ok.json"}})), 0.0);
        QCOMPARE(valueOf(families, state, labels({{"config", "nobody.json"}})), 3.0);
        QCOMPARE(valueOf(families, state, labels({{"config", hostile}})), 2.0);
        QCOMPARE(valueOf(families, state, labels({{"config", "broken.json"}})), 3.0);

        QCOMPARE(valueOf(families, QStringLiteral("flexo_teams_last_run_timestamp_seconds"),
                         labels({{"config", "ok.json"}})),
                 double(monitoredOptions().generatedAt.toSecsSinceEpoch()));
    }

    void escapeLabel_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("/etc/a.json") << QStringLiteral("/etc/a.json");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("a\\\"b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    }

    void escapeLabel()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(PrometheusReport::escapeLabel(value), escaped);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusReport)
#include "tst_prometheusreport.moc"
