// The fault matrix: every endpoint the tool calls x every transient fault x {once, always}, each
// cell with the verdict it must give, run against the fake cloud through the real checks. Every cell
// also ends with no crash, no check stopped by its time limit (nothing hangs beyond the request
// time-outs and the policy's waits), no probe meeting left (or, where none could be deleted, none
// after the next run), and no secret in a log line, a result or a report.
#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/ReportRenderer.h"
#include "checks/StandardChecks.h"
#include "cloud/CloudCatalog.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "net/HttpClient.h"
#include "net/NetClock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace flexo;
using namespace flexo::checkstest;

namespace {

// What each endpoint is to the fake cloud, and which check reports on it (graph.me: no check calls
// it; GraphClient::me is asked directly).
struct Endpoint
{
    const char *id;
    const char *fakeEndpoint;
    const char *grantType;
    const char *check;
};

const Endpoint kEndpoints[] = {
    {"discovery", "discovery", nullptr, "discovery"},
    {"token client-credentials", "token", "client_credentials", "app-credentials"},
    {"token code redemption", "token", "authorization_code", "sign-in"},
    {"token refresh", "token", "refresh_token", "refresh"},
    {"graph me", "graph.me", nullptr, nullptr},
    {"graph createOrGet", "graph.meetings.createOrGet", nullptr, "meeting-create"},
    {"graph get", "graph.meetings.get", nullptr, "meeting-delete"},
    {"graph delete", "graph.meetings.delete", nullptr, "meeting-delete"},
};

struct Fault
{
    const char *id;
    const char *kind;
    int status;
    const char *retryAfter;
};

const Fault kFaults[] = {
    {"500", "status", 500, nullptr},
    {"502", "status", 502, nullptr},
    {"503 Retry-After", "status", 503, "1"},
    {"504", "status", 504, nullptr},
    {"429 Retry-After", "status", 429, "1"},
    {"reset", "hangUp", 0, nullptr},          // the connection closes before the answer (after the work)
    {"no answer", "noAnswer", 0, nullptr},    // nothing until the request's time-out
    {"malformed", "malformed", 0, nullptr},   // the work is done, the JSON answer cut
    {"html page", "proxyPage", 502, nullptr}, // a corporate proxy's own error page, instead of the work
};

// The verdict of each cell, once and always:
//   passed   the check passes (a GET cut before its answer may be repeated by Qt itself, unseen)
//   retried  the check passes and its summary says "Passed after …" with what was retried
//   <code>   the check fails with this error code, naming what it tried
//   +left    a probe meeting stays until the next run, which removes it (no answer said it was
//            made, or no delete went through)
struct Verdict
{
    const char *endpoint;
    const char *fault;
    const char *once;
    const char *always;
};

// clang-format off
const Verdict kVerdicts[] = {
    // Discovery and every token request: once more after a 5xx, a reset or a time-out (MSAL's rule).
    {"discovery", "500",             "retried", "discovery.unavailable"},
    {"discovery", "502",             "retried", "discovery.unavailable"},
    {"discovery", "503 Retry-After", "retried", "discovery.unavailable"},
    {"discovery", "504",             "retried", "discovery.unavailable"},
    {"discovery", "429 Retry-After", "discovery.unavailable", "discovery.unavailable"},
    {"discovery", "reset",           "passed",  "net.connection-dropped"},
    {"discovery", "no answer",       "retried", "net.timeout"},
    {"discovery", "malformed",       "net.json-malformed", "net.json-malformed"},
    {"discovery", "html page",       "retried", "net.proxy-error-page"},

    {"token client-credentials", "500",             "retried", "auth.token.unavailable"},
    {"token client-credentials", "502",             "retried", "auth.token.unavailable"},
    {"token client-credentials", "503 Retry-After", "retried", "auth.token.unavailable"},
    {"token client-credentials", "504",             "retried", "auth.token.unavailable"},
    {"token client-credentials", "429 Retry-After", "auth.token.unavailable", "auth.token.unavailable"},
    {"token client-credentials", "reset",           "retried", "net.connection-dropped"},
    {"token client-credentials", "no answer",       "retried", "net.timeout"},
    {"token client-credentials", "malformed",       "net.json-malformed", "net.json-malformed"},
    {"token client-credentials", "html page",       "retried", "net.proxy-error-page"},

    // The code is single-use: a redemption that was handled and lost cannot be repeated with success,
    // and the verdict says that it was the lost answer, not the registration.
    {"token code redemption", "500",             "retried", "auth.token.unavailable"},
    {"token code redemption", "502",             "retried", "auth.token.unavailable"},
    {"token code redemption", "503 Retry-After", "retried", "auth.token.unavailable"},
    {"token code redemption", "504",             "retried", "auth.token.unavailable"},
    {"token code redemption", "429 Retry-After", "auth.token.unavailable", "auth.token.unavailable"},
    {"token code redemption", "reset",           "auth.signin.code-used-by-lost-answer", "net.connection-dropped"},
    {"token code redemption", "no answer",       "retried", "net.timeout"},
    {"token code redemption", "malformed",       "net.json-malformed", "net.json-malformed"},
    {"token code redemption", "html page",       "retried", "net.proxy-error-page"},

    {"token refresh", "500",             "retried", "auth.token.unavailable"},
    {"token refresh", "502",             "retried", "auth.token.unavailable"},
    {"token refresh", "503 Retry-After", "retried", "auth.token.unavailable"},
    {"token refresh", "504",             "retried", "auth.token.unavailable"},
    {"token refresh", "429 Retry-After", "auth.token.unavailable", "auth.token.unavailable"},
    {"token refresh", "reset",           "retried", "net.connection-dropped"},
    {"token refresh", "no answer",       "retried", "net.timeout"},
    {"token refresh", "malformed",       "net.json-malformed", "net.json-malformed"},
    {"token refresh", "html page",       "retried", "net.proxy-error-page"},

    // Graph reads: up to three more after 429, 503, 504, a reset, a time-out or a proxy's page (the
    // Graph SDKs' rule); 500 and Graph's own 502 are answers.
    {"graph me", "500",             "graph.unavailable", "graph.unavailable"},
    {"graph me", "502",             "graph.unavailable", "graph.unavailable"},
    {"graph me", "503 Retry-After", "retried", "graph.unavailable"},
    {"graph me", "504",             "retried", "graph.unavailable"},
    {"graph me", "429 Retry-After", "retried", "graph.throttled"},
    {"graph me", "reset",           "passed",  "net.connection-dropped"},
    {"graph me", "no answer",       "retried", "net.timeout"},
    {"graph me", "malformed",       "net.json-malformed", "net.json-malformed"},
    {"graph me", "html page",       "retried", "net.proxy-error-page"},

    // The create is never repeated by a policy: the probe asks once more with the same externalId
    // (after Graph's Retry-After for 429, 503, 504), which finds the meeting a lost answer made.
    {"graph createOrGet", "500",             "retried", "graph.unavailable"},
    {"graph createOrGet", "502",             "retried", "graph.unavailable"},
    {"graph createOrGet", "503 Retry-After", "retried", "graph.unavailable"},
    {"graph createOrGet", "504",             "retried", "graph.unavailable"},
    {"graph createOrGet", "429 Retry-After", "retried", "graph.throttled"},
    {"graph createOrGet", "reset",           "retried", "net.connection-dropped+left"},
    {"graph createOrGet", "no answer",       "retried", "net.timeout"},
    {"graph createOrGet", "malformed",       "retried", "net.json-malformed+left"},
    {"graph createOrGet", "html page",       "retried", "net.proxy-error-page"},

    // The check that the meeting is gone: a 404 is all it needs, even with a cut body.
    {"graph get", "500",             "graph.unavailable", "graph.unavailable"},
    {"graph get", "502",             "graph.unavailable", "graph.unavailable"},
    {"graph get", "503 Retry-After", "retried", "graph.unavailable"},
    {"graph get", "504",             "retried", "graph.unavailable"},
    {"graph get", "429 Retry-After", "retried", "graph.throttled"},
    {"graph get", "reset",           "passed",  "net.connection-dropped"},
    {"graph get", "no answer",       "retried", "net.timeout"},
    {"graph get", "malformed",       "passed",  "passed"},
    {"graph get", "html page",       "retried", "net.proxy-error-page"},

    // The delete: Graph's policy for its statuses, and the probe's own repeats for the rest (a
    // repeated delete only finds the meeting gone).
    {"graph delete", "500",             "retried", "graph.unavailable+left"},
    {"graph delete", "502",             "retried", "graph.unavailable+left"},
    {"graph delete", "503 Retry-After", "retried", "graph.unavailable+left"},
    {"graph delete", "504",             "retried", "graph.unavailable+left"},
    {"graph delete", "429 Retry-After", "retried", "graph.throttled+left"},
    {"graph delete", "reset",           "passed",  "net.connection-dropped"},
    {"graph delete", "no answer",       "retried", "net.timeout+left"},
    {"graph delete", "malformed",       "retried", "retried"},
    {"graph delete", "html page",       "retried", "net.proxy-error-page+left"},
};
// clang-format on

// Real time, but the retry waits are recorded and run at once: no cell sleeps for a Retry-After.
class InstantWaits : public NetClock
{
public:
    QList<qint64> waits;
    void wait(qint64 ms, QObject *context, std::function<void()> done) override
    {
        waits.append(ms);
        QTimer::singleShot(0, context, std::move(done));
    }
    double randomFraction() override { return 0.5; }
};

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                   message;
    if (g_previous && type >= QtCriticalMsg)
        g_previous(type, context, message);
}

constexpr qint64 kLongestWaitMs = 30000; // Graph's Retry-After cap; the identity policy's is 5 s
constexpr int kNoAnswerTimeoutMs = 400;  // the request time-out of the "no answer" cells
constexpr int kTimeoutMs = 10000;        // of the others: never reached

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyCellHasAVerdict();
    void cell_data();
    void cell();

private:
    struct Outcome
    {
        bool ended = false;
        QList<CheckResult> results;
        QStringList sensitive;
    };
    Outcome runChecks(const QString &journal, int timeoutMs);
    GraphResult askMe(int timeoutMs);
    void verifyNoSecret(const QStringList &sensitive, const QList<CheckResult> &results);
    [[nodiscard]] int requestsTo(const QString &endpoint) const;

    std::unique_ptr<fake::FakeCloud> m_fake;
    QNetworkAccessManager m_network;
    InstantWaits m_clock;
    QTemporaryDir m_dir;
    QString m_delegatedToken; // for GET /me, from a sign-in without faults
    int m_cells = 0;
};

void TestFaultMatrix::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flexo.*=true\nflexo.fake.debug=false"));
    g_previous = qInstallMessageHandler(record);
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    QVERIFY(m_dir.isValid());
    // A clean run first: everything passes, and its delegated token serves the GET /me cells.
    const Outcome clean = runChecks(m_dir.filePath(QStringLiteral("clean.json")), kTimeoutMs);
    QVERIFY(clean.ended);
    for (const CheckResult &result : clean.results) {
        if (result.id != CheckId::FlexoEndpoints)
            QVERIFY2(result.status == CheckStatus::Passed,
                     qPrintable(checkName(result.id) + QLatin1Char(' ') + result.summary));
    }
    QVERIFY(!m_delegatedToken.isEmpty());
    QCOMPARE(m_fake->liveMeetingCount(), 0);
}

void TestFaultMatrix::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestFaultMatrix::everyCellHasAVerdict()
{
    int rows = 0;
    for (const Endpoint &endpoint : kEndpoints) {
        for (const Fault &fault : kFaults) {
            int found = 0;
            for (const Verdict &verdict : kVerdicts)
                found += qstrcmp(verdict.endpoint, endpoint.id) == 0 && qstrcmp(verdict.fault, fault.id) == 0;
            QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 x %2").arg(QLatin1String(endpoint.id),
                                                                          QLatin1String(fault.id))));
            ++rows;
        }
    }
    QCOMPARE(int(std::size(kVerdicts)), rows);
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("always");
    QTest::addColumn<QString>("expected");
    for (const Verdict &verdict : kVerdicts) {
        int endpoint = 0;
        while (qstrcmp(kEndpoints[endpoint].id, verdict.endpoint) != 0)
            ++endpoint;
        int fault = 0;
        while (qstrcmp(kFaults[fault].id, verdict.fault) != 0)
            ++fault;
        for (const bool always : {false, true}) {
            QTest::addRow("%s, %s, %s", verdict.endpoint, verdict.fault, always ? "always" : "once")
                << endpoint << fault << always << QString::fromLatin1(always ? verdict.always : verdict.once);
        }
    }
}

TestFaultMatrix::Outcome TestFaultMatrix::runChecks(const QString &journal, int timeoutMs)
{
    Outcome outcome;
    fake::BrowserSimulator browser;
    CheckContext context(fakeCloudConfig(m_fake->baseUrl()), &m_network);
    context.secret = kSecret;
    context.netClock = &m_clock;
    context.requestTimeoutMs = timeoutMs;
    context.openBrowser = [&browser](const QUrl &url) { browser.open(url); };
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner.check(CheckId::MeetingCreate))->setJournalPath(journal);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::Interactive);
    // Far beyond every time-out and wait of a cell: reaching it would be a hang.
    // An event loop, not qWaitFor: that one sleeps 10 ms between rounds, a second per cell.
    outcome.ended = finished.wait(60000);
    if (!outcome.ended) {
        runner.cancel();
        return outcome;
    }
    outcome.results = finished.at(0).at(0).value<QList<CheckResult>>();
    outcome.sensitive = runner.context().sensitiveValues();
    if (m_delegatedToken.isEmpty())
        m_delegatedToken = runner.context().tokens.accessToken;
    return outcome;
}

GraphResult TestFaultMatrix::askMe(int timeoutMs)
{
    NetworkOptions options;
    options.proxyMode = NetworkOptions::ProxyMode::Direct;
    options.timeoutMs = timeoutMs;
    HttpClient client(&m_network, options, &m_clock);
    GraphClient graph(&client, CloudCatalog::forConfig(fakeCloudConfig(m_fake->baseUrl())).value());
    GraphResult result;
    bool done = false;
    QEventLoop loop;
    graph.me(m_delegatedToken, this, [&](const GraphResult &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        result.error = Error::make(QStringLiteral("test.hang"), QStringLiteral("GET /me never ended"));
    return result;
}

void TestFaultMatrix::verifyNoSecret(const QStringList &sensitive, const QList<CheckResult> &results)
{
    ReportRun run =
        ReportRun::fromConfig(fakeCloudConfig(m_fake->baseUrl()), results, QStringLiteral("matrix"));
    const QString output = g_lines.join(QLatin1Char('\n')) +
                           ReportRenderer::render(ReportRenderer::Format::Text, run) +
                           ReportRenderer::render(ReportRenderer::Format::Json, run);
    for (const QString &value : sensitive) {
        if (value.size() < 8)
            continue;
        for (const QString &form : {value, QString::fromLatin1(QUrl::toPercentEncoding(value))})
            QVERIFY2(!output.contains(form),
                     qPrintable(QStringLiteral("a secret of %1 characters, starting %2")
                                    .arg(value.size())
                                    .arg(value.left(3))));
    }
}

int TestFaultMatrix::requestsTo(const QString &endpoint) const
{
    int count = 0;
    for (const QJsonValue &entry : m_fake->requestLog())
        count += entry.toObject().value(QStringLiteral("endpoint")).toString() == endpoint;
    return count;
}

void TestFaultMatrix::cell()
{
    QFETCH(int, endpoint);
    QFETCH(int, fault);
    QFETCH(bool, always);
    QFETCH(QString, expected);
    const Endpoint &e = kEndpoints[endpoint];
    const Fault &f = kFaults[fault];
    const bool left = expected.endsWith(QLatin1String("+left"));
    const QString verdict = left ? expected.chopped(5) : expected;

    m_fake->clearFaults();
    m_fake->clearRequestLog();
    QJsonObject json{{QStringLiteral("endpoint"), QLatin1String(e.fakeEndpoint)},
                     {QStringLiteral("kind"), QLatin1String(f.kind)},
                     {QStringLiteral("call"), always ? 0 : 1}};
    if (e.grantType)
        json.insert(QStringLiteral("grantType"), QLatin1String(e.grantType));
    if (f.status)
        json.insert(QStringLiteral("status"), f.status);
    if (f.retryAfter)
        json.insert(QStringLiteral("retryAfter"), QLatin1String(f.retryAfter));
    QVERIFY(m_fake->addFault(json));
    g_lines.clear();
    m_clock.waits.clear();
    const int timeoutMs = qstrcmp(f.kind, "noAnswer") == 0 ? kNoAnswerTimeoutMs : kTimeoutMs;
    const QString journal = m_dir.filePath(QStringLiteral("cell-%1.json").arg(++m_cells));

    CheckStatus status = CheckStatus::Pending;
    QString summary;
    QString cause;
    QVariantMap facts;
    QStringList sensitive{kSecret, m_delegatedToken};
    QList<CheckResult> results;
    if (!e.check) {
        const GraphResult me = askMe(timeoutMs);
        QVERIFY2(me.error.code != QLatin1String("test.hang"), "no hang");
        status = me.ok() ? CheckStatus::Passed : CheckStatus::Failed;
        summary = me.facts.wasRetried() ? QStringLiteral("Passed after") : QString();
        facts.insert(QStringLiteral("errorCode"), me.error.code);
        facts.insert(QStringLiteral("attempts"), me.facts.attempts);
        cause = me.error.cause;
    } else {
        const Outcome outcome = runChecks(journal, timeoutMs);
        QVERIFY2(outcome.ended, "the run never ended");
        results = outcome.results;
        sensitive << outcome.sensitive;
        for (const CheckResult &result : results) {
            // Every check ended by itself, within its requests' time-outs and waits.
            QVERIFY2(!result.facts.contains(QStringLiteral("timeoutSeconds")),
                     qPrintable(checkName(result.id)));
            if (checkName(result.id) == QLatin1String(e.check)) {
                status = result.status;
                summary = result.summary;
                cause = result.cause;
                facts = result.facts;
            }
        }
    }
    const QString said =
        QStringLiteral("%1: %2 | %3 | %4")
            .arg(statusName(status), summary, cause, facts.value(QStringLiteral("errorCode")).toString());
    if (verdict == QLatin1String("passed") || verdict == QLatin1String("retried")) {
        QVERIFY2(status == CheckStatus::Passed, qPrintable(said));
        if (verdict == QLatin1String("retried"))
            QVERIFY2(summary.contains(QLatin1String("Passed after")), qPrintable(said));
    } else {
        QVERIFY2(status == CheckStatus::Failed, qPrintable(said));
        QCOMPARE(facts.value(QStringLiteral("errorCode")).toString(), verdict);
        if (e.check && verdict != QLatin1String("net.json-malformed")) {
            // A failure on a fault names the endpoint, the attempts and how long FlexO tried.
            QVERIFY2(facts.contains(QStringLiteral("endpoint")) && facts.contains(QStringLiteral("triedMs")),
                     qPrintable(said));
            QVERIFY2(cause.contains(QLatin1String("FlexO tried")), qPrintable(said));
        }
    }

    verifyNoSecret(sensitive, results);

    // Every wait was one the policy allows (Retry-After capped, backoff bounded): nothing waits on.
    for (const qint64 wait : std::as_const(m_clock.waits))
        QVERIFY2(wait >= 0 && wait <= kLongestWaitMs, qPrintable(QString::number(wait)));
    // The create is never repeated by a policy: once, and once more with the same externalId.
    QVERIFY2(requestsTo(QStringLiteral("graph.meetings.createOrGet")) <= 2,
             qPrintable(QString::number(requestsTo(QStringLiteral("graph.meetings.createOrGet")))));

    // No probe meeting left behind, and never two; where the run could not remove it, the next
    // one does.
    m_fake->clearFaults();
    QCOMPARE(m_fake->liveMeetingCount(), left ? 1 : 0);
    if (!CleanupJournal(journal).entries().isEmpty()) {
        const Outcome next = runChecks(journal, kTimeoutMs);
        QVERIFY(next.ended);
        QCOMPARE(m_fake->liveMeetingCount(), 0);
        QVERIFY(CleanupJournal(journal).entries().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
