#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "TappingNetworkAccessManager.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/JsonReport.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/ReportRenderer.h"
#include "checks/StandardChecks.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace flexo;
using namespace flexo::checkstest;

namespace {

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                   message;
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

// Where a value must not be found, and the forms it could take there.
QStringList forms(const QString &value)
{
    QStringList all = {value, QString::fromLatin1(QUrl::toPercentEncoding(value))};
    QString formEncoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    all << formEncoded.replace(QLatin1String("%20"), QLatin1String("+"));
    all.removeDuplicates();
    return all;
}

} // namespace

// Every check, the interactive ones included, against the fake cloud at debug log level: the secret,
// the tokens, the authorization codes and the PKCE verifiers reach no log line, no result and no
// report, in any format.
class TestChecksLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingRan();
    void sensitiveValuesWereSeenOnTheWire();
    void noLogLineHoldsThem();
    void noResultHoldsThem();
    void noReportHoldsThem_data();
    void noReportHoldsThem();

private:
    void runEverything(const QString &secret);
    void verifyAbsent(const QString &where, const QString &text) const;

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<TappingNetworkAccessManager> m_network;
    QTemporaryDir m_dir;
    QList<QList<CheckResult>> m_runs;
    QStringList m_sensitive;
    QStringList m_codes;
};

void TestChecksLeak::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flexo.*=true\nqt.*=true"));
    g_previous = qInstallMessageHandler(record);
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    m_network = std::make_unique<TappingNetworkAccessManager>();
    QVERIFY(m_dir.isValid());

    runEverything(kSecret);
    // A wrong and an expired secret go through the error paths too.
    runEverything(QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcd"));
    runEverything(kExpiredSecret);

    m_sensitive = m_network->sensitiveValues();
    for (const QString &secret :
         {kSecret, kExpiredSecret, QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcd")}) {
        if (!m_sensitive.contains(secret))
            m_sensitive << secret;
    }
    for (const QString &code : std::as_const(m_codes)) {
        if (!m_sensitive.contains(code))
            m_sensitive << code;
    }
}

void TestChecksLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestChecksLeak::runEverything(const QString &secret)
{
    fake::BrowserSimulator browser;
    connect(&browser, &fake::BrowserSimulator::finished, this,
            [this](const QUrl &finalUrl, int, const QString &) {
                // The authorization code travels through the browser, never through the product's network.
                const QString code =
                    QUrlQuery(finalUrl).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                if (!code.isEmpty())
                    m_codes << code;
            });
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.secretHint = secret.left(3);
    CheckContext context(config, m_network.get());
    context.secret = secret;
    context.openBrowser = [&browser](const QUrl &url) { browser.open(url); };
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(QStringLiteral("flexo-endpoints")))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner.check(QStringLiteral("meeting-create")))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::Interactive);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    m_runs << finished.at(0).at(0).value<QList<CheckResult>>();
    // The tokens the context held are sensitive too (also those never seen in a response body).
    const QStringList held = runner.context().sensitiveValues();
    for (const QString &value : held) {
        if (!m_sensitive.contains(value))
            m_sensitive << value;
    }
}

void TestChecksLeak::everythingRan()
{
    QCOMPARE(m_runs.size(), 3);
    const QList<CheckResult> &good = m_runs.at(0);
    QCOMPARE(good.size(), 9);
    for (const CheckResult &result : good) {
        if (result.id != QLatin1String("flexo-endpoints"))
            QVERIFY2(result.status == CheckStatus::Passed,
                     qPrintable(result.id + QLatin1Char(' ') + result.summary));
    }
    QCOMPARE(m_runs.at(1).at(4).id, QStringLiteral("app-credentials"));
    QCOMPARE(m_runs.at(1).at(4).observed.aadsts, QStringLiteral("AADSTS7000215"));
    QCOMPARE(m_runs.at(2).at(4).observed.aadsts, QStringLiteral("AADSTS7000222"));
    QVERIFY(!g_lines.isEmpty());
}

void TestChecksLeak::sensitiveValuesWereSeenOnTheWire()
{
    // Without these the test would prove nothing. Seen here: the secrets (in the client-credentials
    // requests), the app-only access token (in its response), the authorization codes (in the
    // browser's final address) and the delegated access tokens (Graph's Authorization headers and the
    // context). The sign-in's own token requests use a network manager of the auth module, so their
    // PKCE verifiers, refresh tokens and ID tokens are not visible to this test.
    int secretsSent = 0;
    for (const QByteArray &body : m_network->requestBodies()) {
        if (QUrlQuery(QString::fromLatin1(body)).hasQueryItem(QStringLiteral("client_secret")))
            ++secretsSent;
    }
    QVERIFY(secretsSent >= 3);
    int accessTokens = 0;
    for (const QByteArray &body : m_network->responseBodies())
        accessTokens +=
            QJsonDocument::fromJson(body).object().contains(QStringLiteral("access_token")) ? 1 : 0;
    QVERIFY(accessTokens >= 1);
    QVERIFY(m_codes.size() >= 1);
    QVERIFY(!m_network->bearerTokens().isEmpty());
    for (const QString &secret : {kSecret, kExpiredSecret})
        QVERIFY(m_sensitive.contains(secret));
    QVERIFY(m_sensitive.size() >= 6);
}

void TestChecksLeak::verifyAbsent(const QString &where, const QString &text) const
{
    for (const QString &value : m_sensitive) {
        const QStringList variants = forms(value);
        for (const QString &variant : variants) {
            if (text.contains(variant, Qt::CaseInsensitive)) {
                QFAIL(qPrintable(QStringLiteral("%1 holds a sensitive value (%2 characters, starts %3): %4")
                                     .arg(where)
                                     .arg(value.size())
                                     .arg(value.left(3), text.left(300))));
            }
        }
    }
}

void TestChecksLeak::noLogLineHoldsThem()
{
    QVERIFY(g_lines.size() > 20);
    for (const QString &line : std::as_const(g_lines))
        verifyAbsent(QStringLiteral("log line"), line);
}

void TestChecksLeak::noResultHoldsThem()
{
    for (const QList<CheckResult> &run : std::as_const(m_runs)) {
        for (const CheckResult &result : run) {
            const QString json = QString::fromUtf8(QJsonDocument(JsonReport::toJson(result)).toJson());
            verifyAbsent(QStringLiteral("result ") + result.id, json);
        }
    }
}

void TestChecksLeak::noReportHoldsThem_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("text") << int(ReportRenderer::Format::Text);
    QTest::newRow("json") << int(ReportRenderer::Format::Json);
    QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown);
    QTest::newRow("html") << int(ReportRenderer::Format::Html);
}

void TestChecksLeak::noReportHoldsThem()
{
    QFETCH(int, format);
    QList<ReportRun> runs;
    for (const QList<CheckResult> &results : std::as_const(m_runs)) {
        ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
        config.secret = kSecret;
        runs << ReportRun::fromConfig(config, results, QStringLiteral("stluc.json"));
    }
    // No list of values to scrub: the results and the report model must be clean by themselves.
    const QString report = ReportRenderer::render(ReportRenderer::Format(format), runs, ReportOptions{});
    QVERIFY(report.contains(QStringLiteral("Zx8")));
    verifyAbsent(ReportRenderer::formatName(ReportRenderer::Format(format)), report);
}

QTEST_GUILESS_MAIN(TestChecksLeak)
#include "tst_checksleak.moc"
