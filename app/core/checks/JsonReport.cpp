#include "checks/JsonReport.h"

#include "checks/JsonWriter.h"
#include "checks/Verification.h"
#include "config/ConfigFile.h"

#include <QJsonDocument>

namespace flexo {

// Every object below is written with its keys in ascending order, as QJsonObject holds them, so the
// text is the one QJsonDocument would write (tst_reportrenderer compares the two).
namespace {

void writeObserved(JsonWriter &json, const CheckObservation &o)
{
    json.beginObject();
    const std::pair<const char *, const QString *> before[] = {
        {"aadsts", &o.aadsts}, {"correlationId", &o.correlationId}, {"graphCode", &o.graphCode}};
    for (const auto &[key, value] : before) {
        if (!value->isEmpty()) {
            json.key(QLatin1String(key));
            json.value(*value);
        }
    }
    if (o.httpStatus > 0) {
        json.key(QLatin1String("httpStatus"));
        json.value(o.httpStatus);
    }
    const std::pair<const char *, const QString *> after[] = {{"oauthError", &o.oauthError},
                                                              {"requestId", &o.requestId},
                                                              {"timestamp", &o.timestamp},
                                                              {"traceId", &o.traceId}};
    for (const auto &[key, value] : after) {
        if (!value->isEmpty()) {
            json.key(QLatin1String(key));
            json.value(*value);
        }
    }
    json.endObject();
}

// The typed remedy, for a program to act on: its stable kind, what it acts on, and the line a person reads.
void writeRemedy(JsonWriter &json, const Remedy &remedy)
{
    if (remedy.isNull()) {
        json.null();
        return;
    }
    const bool redirect = remedy.kind == RemedyKind::RegisterRedirectUri;
    json.beginObject();
    if (redirect) {
        json.key(QLatin1String("fromPlatform"));
        json.stringOrNull(remedy.fromPlatform);
    }
    json.key(QLatin1String("kind"));
    json.value(Remedy::kindName(remedy.kind));
    if (remedy.link.isValid()) {
        json.key(QLatin1String("link"));
        json.value(remedy.link.toString(QUrl::FullyEncoded));
    }
    if (redirect) {
        json.key(QLatin1String("platform"));
        json.stringOrNull(remedy.platform);
    }
    json.key(QLatin1String("summary"));
    json.value(remedy.summary());
    json.key(QLatin1String("target"));
    json.stringOrNull(remedy.target);
    if (!remedy.text.isEmpty()) {
        json.key(QLatin1String("text"));
        json.value(remedy.text);
    }
    json.endObject();
}

QString verdictName(MeetingVerdict verdict)
{
    switch (verdict) {
    case MeetingVerdict::Yes:
        return QStringLiteral("yes");
    case MeetingVerdict::No:
        return QStringLiteral("no");
    case MeetingVerdict::NotVerified:
        break;
    }
    return QStringLiteral("not-verified");
}

// A config that could not be read proves nothing works: "no", like a failed check.
MeetingVerdict runVerdict(const ReportRun &run)
{
    return run.error.isEmpty() ? Verification::meetingVerdict(run.results) : MeetingVerdict::No;
}

// The checks that did not run although nothing before them failed, so a reader cannot take the
// report for a full pass.
void writeNotVerified(JsonWriter &json, const ReportRun &run)
{
    json.beginArray();
    for (const UnverifiedCheck &check : Verification::unverified(run.results)) {
        json.beginObject();
        json.key(QLatin1String("check"));
        json.value(checkName(check.id));
        json.key(QLatin1String("reason"));
        json.value(Verification::reasonName(check.reason));
        json.key(QLatin1String("text"));
        json.value(Verification::reasonText(check.reason));
        json.endObject();
    }
    json.endArray();
}

void writeResult(JsonWriter &json, const CheckResult &result)
{
    json.beginObject();
    json.key(QLatin1String("cause"));
    json.stringOrNull(result.cause);
    json.key(QLatin1String("durationMs"));
    json.value(qint64(result.durationMs));
    json.key(QLatin1String("facts"));
    json.beginObject();
    for (auto it = result.facts.cbegin(); it != result.facts.cend(); ++it) {
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    json.key(QLatin1String("finishedAt"));
    json.dateTime(result.finishedAt);
    json.key(QLatin1String("fix"));
    json.stringOrNull(result.fix);
    json.key(QLatin1String("helpUrl"));
    json.stringOrNull(result.helpUrl.toString());
    json.key(QLatin1String("id"));
    json.value(checkName(result.id));
    json.key(QLatin1String("observed"));
    writeObserved(json, result.observed);
    json.key(QLatin1String("remedy"));
    writeRemedy(json, result.remedy);
    json.key(QLatin1String("status"));
    json.value(statusName(result.status));
    json.key(QLatin1String("summary"));
    json.value(result.summary);
    json.key(QLatin1String("title"));
    json.value(result.title);
    json.endObject();
}

void writeRun(JsonWriter &json, const ReportRun &run)
{
    json.beginObject();
    json.key(QLatin1String("checks"));
    json.beginArray();
    for (const CheckResult &result : run.results)
        writeResult(json, result);
    json.endArray();
    json.key(QLatin1String("clientId"));
    json.stringOrNull(run.clientId);
    json.key(QLatin1String("cloud"));
    json.value(ConfigFile::cloudName(run.cloud));
    json.key(QLatin1String("error"));
    json.stringOrNull(run.error);
    json.key(QLatin1String("firstFailingCheck"));
    const CheckResult *failed = run.firstFailure();
    if (failed)
        json.value(checkName(failed->id));
    else
        json.null();
    json.key(QLatin1String("interrupted"));
    json.value(run.interrupted);
    json.key(QLatin1String("meetingVerdict"));
    json.value(verdictName(runVerdict(run)));
    json.key(QLatin1String("notVerified"));
    writeNotVerified(json, run);
    json.key(QLatin1String("secret"));
    json.beginObject();
    json.key(QLatin1String("expires"));
    if (run.secretExpiry.isValid())
        json.value(run.secretExpiry.toString(Qt::ISODate));
    else
        json.null();
    json.key(QLatin1String("hint"));
    json.stringOrNull(run.secretHint);
    json.key(QLatin1String("length"));
    json.value(run.secretLength);
    json.endObject();
    json.key(QLatin1String("source"));
    json.stringOrNull(run.source);
    json.key(QLatin1String("tenantDomain"));
    json.stringOrNull(run.tenantDomain);
    json.key(QLatin1String("tenantId"));
    json.stringOrNull(run.tenantId);
    json.key(QLatin1String("worstStatus"));
    json.value(statusName(run.worstStatus()));
    json.endObject();
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QJsonObject JsonReport::toJson(const CheckResult &result)
{
    JsonWriter json;
    writeResult(json, result);
    return parsed(json.text());
}

QJsonObject JsonReport::toJson(const QList<ReportRun> &runs, const ReportOptions &options)
{
    return parsed(render(runs, options));
}

QString JsonReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    // The verdict of all runs: "no" when one says no, "yes" only when every one says yes.
    MeetingVerdict overall = runs.isEmpty() ? MeetingVerdict::NotVerified : MeetingVerdict::Yes;
    for (const ReportRun &run : runs) {
        const MeetingVerdict verdict = runVerdict(run);
        if (verdict == MeetingVerdict::No || overall == MeetingVerdict::Yes)
            overall = overall == MeetingVerdict::No ? overall : verdict;
    }
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1String("format"));
    json.value(QLatin1String("flexo-teams-report"));
    json.key(QLatin1String("generatedAt"));
    json.value(options.generatedAt.toUTC().toString(Qt::ISODate));
    json.key(QLatin1String("meetingVerdict"));
    json.value(verdictName(overall));
    json.key(QLatin1String("runs"));
    json.beginArray();
    for (const ReportRun &run : runs)
        writeRun(json, run);
    json.endArray();
    json.key(QLatin1String("tool"));
    json.beginObject();
    json.key(QLatin1String("name"));
    json.value(QLatin1String("flexo-teams-setup"));
    json.key(QLatin1String("version"));
    json.value(QLatin1String(FLEXO_VERSION));
    json.endObject();
    json.key(QLatin1String("usersRedacted"));
    json.value(options.redactUsers);
    json.key(QLatin1String("version"));
    json.value(version);
    json.endObject();
    return json.text();
}

} // namespace flexo
