#include "DefaultScenarioValues.h"
#include "JsonSchemaValidator.h"
#include "checks/FactLabels.h"
#include "checks/JsonReport.h"
#include "checks/MarkdownReport.h"
#include "checks/ReportRenderer.h"
#include "checks/ReportSummary.h"
#include "checks/Verification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace flexo;

namespace {

const QString secret = fake::defaults::secret;
const QString accessToken =
    QStringLiteral("eyJ0eXAiOiJKV1QiLCJub25jZSI6IkFCQyJ9.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJl");
const QString hostileDomain = QStringLiteral("<script>alert('x')</script>\"&.example");

CheckResult result(CheckId id, const QString &title, CheckStatus status, const QString &summary)
{
    CheckResult r;
    r.id = id;
    r.title = title;
    r.status = status;
    r.summary = summary;
    r.durationMs = 42;
    r.finishedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc());
    return r;
}

QList<ReportRun> sampleRuns()
{
    ConnectorConfig config;
    config.tenantId = fake::defaults::tenantId;
    config.tenantDomain = fake::defaults::tenantDomain;
    config.clientId = fake::defaults::clientId;
    config.secret = secret;
    config.secretExpiry = QDate(2027, 6, 30);
    CheckResult app =
        result(CheckId::AppCredentials, QStringLiteral("Application credentials"), CheckStatus::Failed,
               QStringLiteral("The secret was refused (sent ") + secret + u')');
    app.cause = QStringLiteral("The Secret ID | not the Value\nwas pasted.");
    app.fix = QStringLiteral("Create a new secret and paste its Value.");
    app.helpUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=7000215"));
    app.observed.httpStatus = 401;
    app.observed.aadsts = QStringLiteral("AADSTS7000215");
    app.observed.traceId = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    app.facts.insert(QStringLiteral("account"), fake::defaults::signInUser);
    app.facts.insert(QStringLiteral("token"), accessToken);
    app.remedy = Remedy::make(RemedyKind::CreateNewSecret);
    CheckResult redirects =
        result(CheckId::RedirectUris, QStringLiteral("Redirect URIs"), CheckStatus::Failed,
               QStringLiteral("https://flexo.stluc.example/cb is not registered."));
    redirects.remedy =
        Remedy::registerRedirectUri(QStringLiteral("https://flexo.stluc.example/cb"), QStringLiteral("spa"));
    CheckResult signIn = result(CheckId::SignIn, QStringLiteral("Test sign-in"), CheckStatus::Skipped,
                                QStringLiteral("skipped because 'Application credentials' failed"));
    ReportRun failed =
        ReportRun::fromConfig(config,
                              {result(CheckId::Config, QStringLiteral("Configuration"), CheckStatus::Passed,
                                      QStringLiteral("Signed in as camille@stluc.onmicrosoft.com")),
                               app, redirects, signIn},
                              QStringLiteral("stluc.json"));

    ConnectorConfig other;
    other.cloud = Cloud::UsGovHigh;
    other.tenantDomain = hostileDomain;
    other.clientId = fake::defaults::otherTenantId;
    other.secretHint = QStringLiteral("Old");
    other.secretExpiry = QDate(2025, 1, 31);
    ReportRun passed =
        ReportRun::fromConfig(other,
                              {result(CheckId::Config, QStringLiteral("Configuration"), CheckStatus::Passed,
                                      QStringLiteral("Tenant ") + hostileDomain + QStringLiteral(" | ok"))},
                              QStringLiteral("other.json"));
    return {passed, failed};
}

// A run without a person at the keyboard whose secret expires in 19 days.
ReportRun notVerifiedRun()
{
    ConnectorConfig config;
    config.tenantId = fake::defaults::tenantId;
    config.clientId = fake::defaults::clientId;
    config.secretHint = QStringLiteral("Zx8");
    config.secretExpiry = QDate(2026, 12, 20);
    QList<CheckResult> results;
    for (const CheckId id : {CheckId::Config, CheckId::SecretExpiry, CheckId::FlexoEndpoints,
                             CheckId::Discovery, CheckId::AppCredentials, CheckId::RedirectUris})
        results << result(id, checkName(id), CheckStatus::Passed, QStringLiteral("fine"));
    results[3].facts.insert(QStringLiteral("tenantRegionScope"), QStringLiteral("EU"));
    CheckResult signIn =
        result(CheckId::SignIn, QStringLiteral("Test sign-in"), CheckStatus::Skipped, QString());
    signIn.skipReason = SkipReason::NeedsPerson;
    results << signIn;
    for (const CheckId id : {CheckId::Refresh, CheckId::MeetingCreate, CheckId::MeetingDelete}) {
        CheckResult skipped = result(id, checkName(id), CheckStatus::Skipped, QString());
        skipped.skipReason = SkipReason::PrerequisiteSkipped;
        results << skipped;
    }
    return ReportRun::fromConfig(config, results, QStringLiteral("nightly.json"));
}

// `text` as the format writes it.
QString inFormat(ReportRenderer::Format format, const QString &text)
{
    switch (format) {
    case ReportRenderer::Format::Markdown:
        return MarkdownReport::escape(text);
    case ReportRenderer::Format::Html:
        return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
    case ReportRenderer::Format::Text:
    case ReportRenderer::Format::Json:
    case ReportRenderer::Format::Nagios:
    case ReportRenderer::Format::Prometheus:
        break;
    }
    return text;
}

ReportOptions options(bool redactUsers = false)
{
    ReportOptions o;
    o.redactUsers = redactUsers;
    o.sensitiveValues = {secret, accessToken};
    o.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 30), QTimeZone::utc());
    return o;
}

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(FLEXO_SCHEMA_DIR "/flexo-report.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The members the schema requires, checked by hand: every required key present, no undocumented one.
QStringList shapeProblems(const QJsonObject &object, const QJsonObject &schema, const QString &path)
{
    QStringList problems;
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &key : required) {
        if (!object.contains(key.toString()))
            problems << path + QLatin1Char('/') + key.toString() + QStringLiteral(" missing");
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!properties.contains(it.key()))
            problems << path + QLatin1Char('/') + it.key() + QStringLiteral(" not documented");
    }
    return problems;
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void parseFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("format");
        QTest::newRow("text") << QStringLiteral("text") << true << int(ReportRenderer::Format::Text);
        QTest::newRow("json") << QStringLiteral("JSON") << true << int(ReportRenderer::Format::Json);
        QTest::newRow("markdown") << QStringLiteral("markdown") << true
                                  << int(ReportRenderer::Format::Markdown);
        QTest::newRow("md") << QStringLiteral("md") << true << int(ReportRenderer::Format::Markdown);
        QTest::newRow("html") << QStringLiteral("html") << true << int(ReportRenderer::Format::Html);
        QTest::newRow("nagios") << QStringLiteral("nagios") << true << int(ReportRenderer::Format::Nagios);
        QTest::newRow("prometheus") << QStringLiteral("Prometheus") << true
                                    << int(ReportRenderer::Format::Prometheus);
        QTest::newRow("pdf") << QStringLiteral("pdf") << false << -1;
    }

    void parseFormat()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(int, format);
        ReportRenderer::Format parsed = ReportRenderer::Format::Text;
        QCOMPARE(ReportRenderer::parseFormat(name, &parsed), ok);
        if (ok) {
            QCOMPARE(int(parsed), format);
            QCOMPARE(ReportRenderer::formatName(parsed),
                     name.toLower() == QLatin1String("md") ? QStringLiteral("markdown") : name.toLower());
        }
    }

    void text()
    {
        const QString out = ReportRenderer::render(ReportRenderer::Format::Text, sampleRuns(), options());
        QVERIFY(out.contains(QStringLiteral("First failing check")));
        QVERIFY(out.contains(QStringLiteral("app-credentials (AADSTS7000215)")));
        QVERIFY(out.contains(QStringLiteral("[FAIL] Application credentials")));
        QVERIFY(out.contains(QStringLiteral("Zx8… (39 characters)")));
        QVERIFY(out.contains(QStringLiteral("2025-01-31 (expired")));
        QVERIFY(out.contains(QStringLiteral("US Government GCC High")));
        QVERIFY(out.contains(QStringLiteral("Seen: HTTP 401, AADSTS7000215")));
        QVERIFY(out.contains(QStringLiteral("Fix: Create a new secret")));
        // The remedy from its value, with its target.
        QVERIFY(out.contains(QStringLiteral("Next step: Create a new client secret and enter its Value.")));
        QVERIFY2(out.contains(QStringLiteral("Next step: Move https://flexo.stluc.example/cb from the "
                                             "Single-page application platform to the Web platform")),
                 qPrintable(out));
        // The failed config comes first in the summary table (after the expired secret's notice).
        const qsizetype table = out.indexOf(QStringLiteral("Meetings"));
        QVERIFY(out.indexOf(QStringLiteral("other.json: The client secret expired on 2025-01-31")) < table);
        QVERIFY(out.indexOf(QStringLiteral("stluc.json"), table) <
                out.indexOf(QStringLiteral("other.json"), table));
        // One config: no summary table.
        const QString single =
            ReportRenderer::render(ReportRenderer::Format::Text, sampleRuns().at(1), options());
        QVERIFY(!single.contains(QStringLiteral("First failing check  ")));
        QVERIFY(single.contains(QStringLiteral("first failing check: app-credentials")));
    }

    void jsonShape()
    {
        const QString out = ReportRenderer::render(ReportRenderer::Format::Json, sampleRuns(), options());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject report = document.object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("flexo-teams-report"));
        QCOMPARE(report.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("generatedAt")).toString(),
                 QStringLiteral("2026-12-01T03:30:00Z"));

        const QJsonObject schema = loadSchema();
        QVERIFY(!schema.isEmpty());
        const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
        const QJsonObject runSchema = defs.value(QStringLiteral("run")).toObject();
        const QJsonObject checkSchema = defs.value(QStringLiteral("check")).toObject();
        QStringList problems = shapeProblems(report, schema, QString());
        const QJsonArray runs = report.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        for (int i = 0; i < runs.size(); ++i) {
            const QJsonObject run = runs.at(i).toObject();
            problems << shapeProblems(run, runSchema, QStringLiteral("/runs/%1").arg(i));
            const QJsonArray checks = run.value(QStringLiteral("checks")).toArray();
            for (int c = 0; c < checks.size(); ++c)
                problems << shapeProblems(checks.at(c).toObject(), checkSchema,
                                          QStringLiteral("/runs/%1/checks/%2").arg(i).arg(c));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList violations = test::validateJson(report, schema);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        // The schema does reject a report of another shape.
        QJsonObject broken = report;
        broken.insert(QStringLiteral("version"), 2);
        QJsonArray brokenRuns = broken.value(QStringLiteral("runs")).toArray();
        QJsonObject brokenRun = brokenRuns.at(0).toObject();
        brokenRun.remove(QStringLiteral("worstStatus"));
        brokenRuns.replace(0, brokenRun);
        broken.insert(QStringLiteral("runs"), brokenRuns);
        QCOMPARE(test::validateJson(broken, schema).size(), 2);

        const QJsonObject stluc = runs.at(1).toObject();
        QCOMPARE(stluc.value(QStringLiteral("cloud")).toString(), QStringLiteral("global"));
        QCOMPARE(stluc.value(QStringLiteral("worstStatus")).toString(), QStringLiteral("failed"));
        QCOMPARE(stluc.value(QStringLiteral("firstFailingCheck")).toString(),
                 QStringLiteral("app-credentials"));
        const QJsonObject secretJson = stluc.value(QStringLiteral("secret")).toObject();
        QCOMPARE(secretJson.value(QStringLiteral("hint")).toString(), QStringLiteral("Zx8"));
        QCOMPARE(secretJson.value(QStringLiteral("length")).toInt(), int(secret.size()));
        QCOMPARE(secretJson.value(QStringLiteral("expires")).toString(), QStringLiteral("2027-06-30"));
        const QJsonObject app = stluc.value(QStringLiteral("checks")).toArray().at(1).toObject();
        QCOMPARE(app.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(app.value(QStringLiteral("observed")).toObject().value(QStringLiteral("aadsts")).toString(),
                 QStringLiteral("AADSTS7000215"));
        QCOMPARE(app.value(QStringLiteral("observed")).toObject().value(QStringLiteral("httpStatus")).toInt(),
                 401);
        QCOMPARE(app.value(QStringLiteral("remedy")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("create-new-secret"));
        const QJsonObject move = stluc.value(QStringLiteral("checks"))
                                     .toArray()
                                     .at(2)
                                     .toObject()
                                     .value(QStringLiteral("remedy"))
                                     .toObject();
        QCOMPARE(move.value(QStringLiteral("kind")).toString(), QStringLiteral("register-redirect-uri"));
        QCOMPARE(move.value(QStringLiteral("target")).toString(),
                 QStringLiteral("https://flexo.stluc.example/cb"));
        QCOMPARE(move.value(QStringLiteral("platform")).toString(), QStringLiteral("web"));
        QCOMPARE(move.value(QStringLiteral("fromPlatform")).toString(), QStringLiteral("spa"));
        QVERIFY(move.value(QStringLiteral("summary"))
                    .toString()
                    .contains(QLatin1String("Single-page application")));
        // No remedy is null, not an empty object.
        QCOMPARE(stluc.value(QStringLiteral("checks"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("remedy"))
                     .type(),
                 QJsonValue::Null);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("cloud")).toString(),
                 QStringLiteral("usgov-high"));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("tenantId")).type(), QJsonValue::Null);
        QCOMPARE(ReportRenderer::toJson(sampleRuns(), options()), report);
    }

    // The JSON report is written as text directly (a fleet's report is large); it must be exactly the
    // text Qt writes for the same document: same layout, key order, escaping and numbers.
    void jsonIsWhatQtWrites()
    {
        CheckResult odd =
            result(CheckId::Discovery, QStringLiteral("Discovery \"quoted\" \\ back"), CheckStatus::Warning,
                   QStringLiteral("tab\there, bell\x07, del\x7f, C1 ") + QChar(0x85) +
                       QStringLiteral(" emoji ") + QString::fromUcs4(U"\U0001F600") +
                       QStringLiteral(" lone ") + QChar(0xD800) + QStringLiteral(" low ") + QChar(0xDC00));
        odd.cause = QStringLiteral("line one\r\nline two\b\f/slash");
        odd.observed.httpStatus = 503;
        odd.observed.requestId = QStringLiteral("r-1");
        odd.observed.timestamp = QStringLiteral("2026-12-01 03:00:00Z");
        odd.observed.oauthError = QStringLiteral("invalid_grant");
        odd.observed.graphCode = QStringLiteral("ErrorAccessDenied");
        odd.observed.correlationId = QStringLiteral("c-1");
        odd.remedy = Remedy::make(RemedyKind::CreateNewSecret);
        odd.remedy.link = QUrl(QStringLiteral("https://portal.azure.com/#blade/x?a=1&b=%20"));
        odd.remedy.text = QStringLiteral("Do \"this\".");
        odd.facts.insert(QStringLiteral("count"), 3);
        odd.facts.insert(QStringLiteral("big"), qint64(9007199254740993LL));
        odd.facts.insert(QStringLiteral("ratio"), 0.1);
        odd.facts.insert(QStringLiteral("huge"), 1e21);
        odd.facts.insert(QStringLiteral("tiny"), -1.5e-7);
        odd.facts.insert(QStringLiteral("whole"), 5.0);
        odd.facts.insert(QStringLiteral("flag"), true);
        odd.facts.insert(QStringLiteral("url"), QUrl(QStringLiteral("https://a.example/p?q=1")));
        odd.facts.insert(QStringLiteral("list"), QStringList{QStringLiteral("a"), QString()});
        odd.facts.insert(QStringLiteral("empty list"), QVariantList());
        odd.facts.insert(QStringLiteral("empty map"), QVariantMap());
        odd.facts.insert(QStringLiteral("Upper"), QStringLiteral("sorts before lower"));
        odd.facts.insert(QStringLiteral("nested"),
                         QVariantMap{{QStringLiteral("b"), QVariantList{1, QStringLiteral("x"), QVariant()}},
                                     {QStringLiteral("a"), QVariantMap{{QStringLiteral("z"), false}}}});
        odd.facts.insert(QStringLiteral("nothing"), QVariant());
        odd.finishedAt = QDateTime();
        ReportRun run = ReportRun::fromConfig(ConnectorConfig(), {odd}, QStringLiteral("odd.json"));
        run.error = QStringLiteral("could not \"read\"");
        run.interrupted = true;

        for (const QList<ReportRun> &runs : {sampleRuns(), QList<ReportRun>{notVerifiedRun(), run},
                                             QList<ReportRun>{run}, QList<ReportRun>()}) {
            // Raw (control characters and all) and as every format sees them.
            for (const QList<ReportRun> &given : {runs, ReportRenderer::prepare(runs, options())}) {
                const QByteArray written = JsonReport::render(given, options()).toUtf8();
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(written, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(written, document.toJson(QJsonDocument::Indented));
            }
        }
    }

    // Each run says what it did not verify and why, and whether a meeting was proven; the report says
    // it for all runs.
    void jsonListsWhatWasNotVerified()
    {
        auto skipped = [](CheckId id, SkipReason reason) {
            CheckResult r = result(id, checkName(id), CheckStatus::Skipped, QStringLiteral("skipped"));
            r.skipReason = reason;
            return r;
        };
        const CheckResult config = result(CheckId::Config, QStringLiteral("Configuration"),
                                          CheckStatus::Passed, QStringLiteral("ok"));
        ReportRun withoutPerson;
        withoutPerson.source = QStringLiteral("nobody.json");
        withoutPerson.results = {config, skipped(CheckId::SignIn, SkipReason::NeedsPerson),
                                 skipped(CheckId::Refresh, SkipReason::PrerequisiteSkipped),
                                 skipped(CheckId::MeetingCreate, SkipReason::PrerequisiteSkipped)};
        ReportRun proven;
        proven.source = QStringLiteral("proven.json");
        proven.results = {config, result(CheckId::MeetingCreate, QStringLiteral("Probe meeting"),
                                         CheckStatus::Passed, QStringLiteral("made"))};

        const QJsonObject report = ReportRenderer::toJson({withoutPerson, proven}, options());
        const QJsonObject schema = loadSchema();
        const QStringList violations = test::validateJson(report, schema);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        const QJsonArray runs = report.value(QStringLiteral("runs")).toArray();
        const QJsonArray missing = runs.at(0).toObject().value(QStringLiteral("notVerified")).toArray();
        QCOMPARE(missing.size(), 3);
        for (const QJsonValue &entry : missing) {
            QCOMPARE(entry.toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("needs-person"));
            QCOMPARE(entry.toObject().value(QStringLiteral("text")).toString(),
                     Verification::reasonText(SkipReason::NeedsPerson));
        }
        QCOMPARE(missing.at(2).toObject().value(QStringLiteral("check")).toString(),
                 QStringLiteral("meeting-create"));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("meetingVerdict")).toString(),
                 QStringLiteral("not-verified"));
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("notVerified")).toArray().size(), 0);
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("meetingVerdict")).toString(),
                 QStringLiteral("yes"));
        QCOMPARE(report.value(QStringLiteral("meetingVerdict")).toString(), QStringLiteral("not-verified"));
        QCOMPARE(
            ReportRenderer::toJson({proven}, options()).value(QStringLiteral("meetingVerdict")).toString(),
            QStringLiteral("yes"));
        // A failure anywhere: no; a skip after it proves nothing either way and is not listed.
        const QJsonObject failed = ReportRenderer::toJson(sampleRuns() + QList<ReportRun>{proven}, options());
        QCOMPARE(failed.value(QStringLiteral("meetingVerdict")).toString(), QStringLiteral("no"));
        QCOMPARE(failed.value(QStringLiteral("runs"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("notVerified"))
                     .toArray()
                     .size(),
                 0);
        // The schema refuses a reason it does not know.
        QJsonObject broken = report;
        QJsonArray brokenRuns = broken.value(QStringLiteral("runs")).toArray();
        QJsonObject brokenRun = brokenRuns.at(0).toObject();
        QJsonArray brokenMissing = brokenRun.value(QStringLiteral("notVerified")).toArray();
        QJsonObject entry = brokenMissing.at(0).toObject();
        entry.insert(QStringLiteral("reason"), QStringLiteral("tired"));
        brokenMissing.replace(0, entry);
        brokenRun.insert(QStringLiteral("notVerified"), brokenMissing);
        brokenRuns.replace(0, brokenRun);
        broken.insert(QStringLiteral("runs"), brokenRuns);
        QCOMPARE(test::validateJson(broken, schema).size(), 1);
    }

    void markdownTables()
    {
        const QString out = ReportRenderer::render(ReportRenderer::Format::Markdown, sampleRuns(), options());
        QVERIFY(out.startsWith(QStringLiteral("# FlexO Teams connector report")));
        QVERIFY(out.contains(
            QStringLiteral("| Check | Status | Duration | Summary |\n| --- | --- | --- | --- |")));
        QVERIFY(out.contains(QStringLiteral("| Config | Tenant | Cloud | Meetings | Worst | First failing "
                                            "check | Not verified | Secret expiry |")));
        // Every table row has as many unescaped cell separators as its header.
        static const QRegularExpression separator(QStringLiteral(R"((?<!\\)\|)"));
        int columns = 0;
        const QStringList lines = out.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1Char('|'))) {
                columns = 0;
                continue;
            }
            const int count = int(line.count(separator));
            if (columns == 0)
                columns = count;
            QCOMPARE(count, columns);
        }
        QVERIFY(out.contains(QStringLiteral("The Secret ID \\| not the Value<br>was pasted.")));
        QVERIFY(out.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!out.contains(QStringLiteral("<script")));
        QVERIFY(
            out.contains(QStringLiteral("- **Next step:** Create a new client secret and enter its Value.")));
    }

    void htmlEscapesEverything()
    {
        const QString out = ReportRenderer::render(ReportRenderer::Format::Html, sampleRuns(), options());
        QVERIFY(out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!out.contains(QStringLiteral("<script")));
        QVERIFY(out.contains(
            QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;.example")));
        // Self-contained: nothing is loaded from elsewhere.
        QVERIFY(!out.contains(QStringLiteral("<link")));
        QVERIFY(!out.contains(QStringLiteral("src=")));
        QVERIFY(out.contains(
            QStringLiteral("<a href=\"https://login.microsoftonline.com/error?code=7000215\">")));
        QVERIFY(out.contains(QStringLiteral("<td class=\"failed\">Failed</td>")));
        QVERIFY(out.contains(
            QStringLiteral("<b>Next step:</b> Create a new client secret and enter its Value.</p>")));
    }

    // Every human report opens with the verdict, then a secret that expires soon, before any detail.
    void humanReportsOpenWithTheVerdict_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("text") << int(ReportRenderer::Format::Text);
        QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown);
        QTest::newRow("html") << int(ReportRenderer::Format::Html);
    }

    void humanReportsOpenWithTheVerdict()
    {
        QFETCH(int, format);
        const auto f = static_cast<ReportRenderer::Format>(format);

        const ReportRun failed = sampleRuns().at(1);
        const QString failedSentence = QStringLiteral(
            "FlexO can create Teams meetings: no, because “Application credentials” failed: The "
            "secret was refused (sent REDACTED) (AADSTS7000215).");
        QCOMPARE(report::verdictSentence(ReportRenderer::prepare({failed}, options()).at(0)), failedSentence);
        QString out = ReportRenderer::render(f, failed, options());
        qsizetype at = out.indexOf(inFormat(f, failedSentence));
        QVERIFY2(at > 0, qPrintable(out.left(1200)));
        QVERIFY(at < out.indexOf(fake::defaults::tenantId));
        QVERIFY(at < out.indexOf(QLatin1String("Configuration")));

        const ReportRun nightly = notVerifiedRun();
        const QString sentence =
            QStringLiteral("FlexO can create Teams meetings: not verified, because “Test sign-in” did not "
                           "run (needs a person at "
                           "the keyboard to sign in), nor the 3 checks that depend on it.");
        QCOMPARE(report::verdictSentence(nightly), sentence);
        out = ReportRenderer::render(f, nightly, options());
        at = out.indexOf(inFormat(f, sentence));
        QVERIFY2(at > 0, qPrintable(out.left(1200)));
        const qsizetype notice = out.indexOf(inFormat(f, report::expiryNotice(nightly, QDate(2026, 12, 1))));
        QVERIFY2(notice > at, qPrintable(out.left(1200)));
        QVERIFY(notice < out.indexOf(fake::defaults::tenantId));
        QVERIFY(out.contains(
            inFormat(f, QStringLiteral("The client secret expires on 2026-12-20 (in 19 days)."))));
        // Said once, at the top.
        QCOMPARE(out.count(inFormat(f, sentence)), 1);

        // Several configs: how many can, then each one's notice, then the table; each section its verdict.
        out = ReportRenderer::render(f, QList<ReportRun>{failed, nightly}, options());
        const QString overall = QStringLiteral(
            "FlexO can create Teams meetings with 0 of 2 connectors (no: 1, not verified: 1).");
        at = out.indexOf(inFormat(f, overall));
        QVERIFY2(at > 0, qPrintable(out.left(1200)));
        const qsizetype nightlyNotice = out.indexOf(QLatin1String("nightly.json"));
        QVERIFY(nightlyNotice > at);
        QVERIFY(out.indexOf(inFormat(f, QStringLiteral("expires on 2026-12-20"))) <
                out.indexOf(fake::defaults::tenantId));
        QVERIFY(out.indexOf(inFormat(f, failedSentence)) > out.indexOf(fake::defaults::tenantId));
        QVERIFY(out.indexOf(inFormat(f, sentence)) > out.indexOf(fake::defaults::tenantId));
    }

    // What did not run, and why: in each run's section and in the summary table.
    void humanReportsListWhatWasNotVerified_data() { humanReportsOpenWithTheVerdict_data(); }

    void humanReportsListWhatWasNotVerified()
    {
        QFETCH(int, format);
        const auto f = static_cast<ReportRenderer::Format>(format);
        const ReportRun nightly = notVerifiedRun();
        const QStringList lines = report::unverifiedLines(nightly);
        QCOMPARE(lines.size(), 4);
        QString out = ReportRenderer::render(f, nightly, options());
        QVERIFY(out.contains(inFormat(f, QStringLiteral("Not verified"))));
        for (const QString &line : lines)
            QVERIFY2(out.contains(inFormat(f, line)), qPrintable(line));
        QVERIFY(out.contains(
            inFormat(f, QStringLiteral("Test sign-in: needs a person at the keyboard to sign in"))));

        // The summary table: a column for the verdict and one for what did not run.
        out = ReportRenderer::render(f, QList<ReportRun>{sampleRuns().at(1), nightly}, options());
        QVERIFY(out.contains(inFormat(f, QStringLiteral("Meetings"))));
        QVERIFY(out.contains(inFormat(f, QStringLiteral("not verified"))));
        QVERIFY2(
            out.contains(inFormat(f, QStringLiteral("sign-in, refresh, meeting-create, meeting-delete (needs "
                                                    "a person at the keyboard to sign in)"))),
            qPrintable(out.left(2000)));
        // A run that failed lists no gap: what follows a failure is explained by the failure.
        QVERIFY(report::unverifiedLines(sampleRuns().at(1)).isEmpty());
    }

    // Meant for a support ticket: a table per connector that prints whole, every state said in words,
    // the raw facts folded away.
    void htmlReadsAndPrintsWell()
    {
        const QList<ReportRun> runs{sampleRuns().at(1), notVerifiedRun()};
        const QString out = ReportRenderer::render(ReportRenderer::Format::Html, runs, options());
        QVERIFY(out.contains(QLatin1String("@media print")));
        QVERIFY(out.contains(QLatin1String("page-break-inside: avoid")));
        QVERIFY(out.contains(QLatin1String("body.several section.run { break-before: page;")));
        QVERIFY(out.contains(QLatin1String("<body class=\"several\">")));
        QVERIFY(out.contains(QLatin1String("<thead>")));
        QVERIFY(out.contains(QLatin1String("<p class=\"verdict no\">")));
        QVERIFY(out.contains(QLatin1String("<p class=\"verdict not-verified\">")));
        QVERIFY(out.contains(QLatin1String("<div class=\"notice expiry\">")));
        QCOMPARE(out.count(QLatin1String("<section class=\"run\">")), 2);
        // The facts under their labels, only in the folded part.
        const QString label = FactLabels::label(QStringLiteral("tenantRegionScope"));
        const qsizetype details = out.lastIndexOf(QLatin1String("<details"));
        QVERIFY(details > 0);
        QVERIFY(out.indexOf(label) > details);
        QVERIFY(out.indexOf(label) < out.lastIndexOf(QLatin1String("</details>")));
        QVERIFY(out.indexOf(QLatin1String("Recorded facts (for support)")) > 0);
        // One config: no page breaks between connectors.
        const QString single =
            ReportRenderer::render(ReportRenderer::Format::Html, notVerifiedRun(), options());
        QVERIFY(single.contains(QLatin1String("<body>")));
    }

    void neverRendersSecretsOrTokens_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("text") << int(ReportRenderer::Format::Text);
        QTest::newRow("json") << int(ReportRenderer::Format::Json);
        QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown);
        QTest::newRow("html") << int(ReportRenderer::Format::Html);
        QTest::newRow("nagios") << int(ReportRenderer::Format::Nagios);
        QTest::newRow("prometheus") << int(ReportRenderer::Format::Prometheus);
    }

    void neverRendersSecretsOrTokens()
    {
        QFETCH(int, format);
        QList<ReportRun> runs = sampleRuns();
        runs[0].error =
            QStringLiteral("could not read: ") + QString::fromLatin1(QUrl::toPercentEncoding(secret));
        // A file name is in every format, the monitoring ones too (their "config").
        runs[1].source = QStringLiteral("sent-") + secret + QStringLiteral(".json");
        const QString out = ReportRenderer::render(ReportRenderer::Format(format), runs, options());
        QVERIFY(!out.isEmpty());
        QVERIFY(!out.contains(secret));
        QVERIFY(!out.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret)), Qt::CaseInsensitive));
        QVERIFY(!out.contains(accessToken));
        QVERIFY(!out.contains(QStringLiteral("c2lnbmF0dXJl")));
        QVERIFY(out.contains(QStringLiteral("REDACTED")));
    }

    // Values from a file or a server with escape sequences (colour, OSC title, C1 CSI), DEL, a bidi
    // override and a line break: no format carries them raw, and JSON stays valid.
    void outsideTextStaysInert_data() { neverRendersSecretsOrTokens_data(); }

    void outsideTextStaysInert()
    {
        QFETCH(int, format);
        const QString hostile =
            QStringLiteral("stluc\x1b[31m\x1b]0;owned\x07\u009b2J\x7f\u202egnp.exe\nforged line");
        QList<ReportRun> runs = sampleRuns();
        runs[0].tenantDomain = hostile;
        runs[0].source = hostile;
        runs[0].results[0].summary = hostile;
        runs[0].results[0].facts.insert(QStringLiteral("account"), hostile);
        const QString out = ReportRenderer::render(ReportRenderer::Format(format), runs, options());
        for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x9b), QChar(0x7f), QChar(0x202e)})
            QVERIFY2(!out.contains(c), qPrintable(QStringLiteral("U+%1 in: ").arg(c.unicode(), 4, 16) + out));
        QVERIFY2(out.contains(QLatin1String("owned")), qPrintable(out)); // shown, not obeyed
        if (ReportRenderer::Format(format) == ReportRenderer::Format::Json) {
            QJsonParseError error;
            QJsonDocument::fromJson(out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    // The formats for people: the monitoring ones carry no user name at all.
    void redactUsersMasksPrincipalNames_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("text") << int(ReportRenderer::Format::Text);
        QTest::newRow("json") << int(ReportRenderer::Format::Json);
        QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown);
        QTest::newRow("html") << int(ReportRenderer::Format::Html);
    }

    void redactUsersMasksPrincipalNames()
    {
        QFETCH(int, format);
        const QString plain =
            ReportRenderer::render(ReportRenderer::Format(format), sampleRuns(), options(false));
        QVERIFY(plain.contains(fake::defaults::signInUser));
        const QString masked =
            ReportRenderer::render(ReportRenderer::Format(format), sampleRuns(), options(true));
        QVERIFY(!masked.contains(QStringLiteral("camille")));
        // Markdown escapes the asterisks so they show as such.
        const QString maskedUpn = ReportRenderer::Format(format) == ReportRenderer::Format::Markdown
                                      ? QStringLiteral("c\\*\\*\\*@stluc.onmicrosoft.com")
                                      : QStringLiteral("c***@stluc.onmicrosoft.com");
        QVERIFY2(masked.contains(maskedUpn), qPrintable(maskedUpn));
        // Identifiers stay: support needs them.
        QVERIFY(masked.contains(fake::defaults::tenantId));
        QVERIFY(masked.contains(fake::defaults::clientId));
    }

    void maskUsers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringLiteral("tenant stluc.onmicrosoft.com")
                              << QStringLiteral("tenant stluc.onmicrosoft.com");
        QTest::newRow("one") << QStringLiteral("as dimitri@stluc.example.")
                             << QStringLiteral("as d***@stluc.example.");
        QTest::newRow("two") << QStringLiteral("a@b.c, guest@other.onmicrosoft.com")
                             << QStringLiteral("a***@b.c, g***@other.onmicrosoft.com");
    }

    void maskUsers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ReportRenderer::maskUsers(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
