#include "checks/JsonReport.h"

#include "checks/Verification.h"
#include "config/ConfigFile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flexo {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject observedJson(const CheckObservation &o)
{
    QJsonObject json;
    if (o.httpStatus > 0)
        json.insert(QStringLiteral("httpStatus"), o.httpStatus);
    const std::pair<const char *, const QString *> fields[] = {
        {"aadsts", &o.aadsts},      {"oauthError", &o.oauthError},       {"graphCode", &o.graphCode},
        {"traceId", &o.traceId},    {"correlationId", &o.correlationId}, {"requestId", &o.requestId},
        {"timestamp", &o.timestamp}};
    for (const auto &[key, value] : fields) {
        if (!value->isEmpty())
            json.insert(QLatin1String(key), *value);
    }
    return json;
}

// The typed remedy, for a program to act on: its stable kind, what it acts on, and the line a person reads.
QJsonValue remedyJson(const Remedy &remedy)
{
    if (remedy.isNull())
        return QJsonValue(QJsonValue::Null);
    QJsonObject json;
    json.insert(QStringLiteral("kind"), Remedy::kindName(remedy.kind));
    json.insert(QStringLiteral("target"), stringOrNull(remedy.target));
    if (remedy.kind == RemedyKind::RegisterRedirectUri) {
        json.insert(QStringLiteral("platform"), stringOrNull(remedy.platform));
        json.insert(QStringLiteral("fromPlatform"), stringOrNull(remedy.fromPlatform));
    }
    if (remedy.link.isValid())
        json.insert(QStringLiteral("link"), remedy.link.toString(QUrl::FullyEncoded));
    if (!remedy.text.isEmpty())
        json.insert(QStringLiteral("text"), remedy.text);
    json.insert(QStringLiteral("summary"), remedy.summary());
    return json;
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
QJsonArray notVerifiedJson(const ReportRun &run)
{
    QJsonArray array;
    for (const UnverifiedCheck &check : Verification::unverified(run.results)) {
        array.append(QJsonObject{{QStringLiteral("check"), checkName(check.id)},
                                 {QStringLiteral("reason"), Verification::reasonName(check.reason)},
                                 {QStringLiteral("text"), Verification::reasonText(check.reason)}});
    }
    return array;
}

QJsonObject runJson(const ReportRun &run)
{
    QJsonObject json;
    json.insert(QStringLiteral("source"), stringOrNull(run.source));
    json.insert(QStringLiteral("cloud"), ConfigFile::cloudName(run.cloud));
    json.insert(QStringLiteral("tenantId"), stringOrNull(run.tenantId));
    json.insert(QStringLiteral("tenantDomain"), stringOrNull(run.tenantDomain));
    json.insert(QStringLiteral("clientId"), stringOrNull(run.clientId));
    QJsonObject secret;
    secret.insert(QStringLiteral("hint"), stringOrNull(run.secretHint));
    secret.insert(QStringLiteral("length"), run.secretLength);
    secret.insert(QStringLiteral("expires"), run.secretExpiry.isValid()
                                                 ? QJsonValue(run.secretExpiry.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("secret"), secret);
    json.insert(QStringLiteral("worstStatus"), statusName(run.worstStatus()));
    const CheckResult *failed = run.firstFailure();
    json.insert(QStringLiteral("firstFailingCheck"),
                failed ? QJsonValue(checkName(failed->id)) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("interrupted"), run.interrupted);
    json.insert(QStringLiteral("error"), stringOrNull(run.error));
    json.insert(QStringLiteral("meetingVerdict"), verdictName(runVerdict(run)));
    json.insert(QStringLiteral("notVerified"), notVerifiedJson(run));
    QJsonArray checks;
    for (const CheckResult &result : run.results)
        checks.append(JsonReport::toJson(result));
    json.insert(QStringLiteral("checks"), checks);
    return json;
}

} // namespace

QJsonObject JsonReport::toJson(const CheckResult &result)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), checkName(result.id));
    json.insert(QStringLiteral("title"), result.title);
    json.insert(QStringLiteral("status"), statusName(result.status));
    json.insert(QStringLiteral("durationMs"), result.durationMs);
    json.insert(QStringLiteral("summary"), result.summary);
    json.insert(QStringLiteral("cause"), stringOrNull(result.cause));
    json.insert(QStringLiteral("fix"), stringOrNull(result.fix));
    json.insert(QStringLiteral("remedy"), remedyJson(result.remedy));
    json.insert(QStringLiteral("helpUrl"), stringOrNull(result.helpUrl.toString()));
    json.insert(QStringLiteral("observed"), observedJson(result.observed));
    json.insert(QStringLiteral("facts"), QJsonObject::fromVariantMap(result.facts));
    json.insert(QStringLiteral("finishedAt"),
                result.finishedAt.isValid()
                    ? QJsonValue(result.finishedAt.toUTC().toString(Qt::ISODateWithMs))
                    : QJsonValue(QJsonValue::Null));
    return json;
}

QJsonObject JsonReport::toJson(const QList<ReportRun> &runs, const ReportOptions &options)
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("flexo-teams-report"));
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("generatedAt"), options.generatedAt.toUTC().toString(Qt::ISODate));
    json.insert(QStringLiteral("tool"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("flexo-teams-setup")},
                            {QStringLiteral("version"), QStringLiteral(FLEXO_VERSION)}});
    json.insert(QStringLiteral("usersRedacted"), options.redactUsers);
    QJsonArray array;
    // The verdict of all runs: "no" when one says no, "yes" only when every one says yes.
    MeetingVerdict overall = runs.isEmpty() ? MeetingVerdict::NotVerified : MeetingVerdict::Yes;
    for (const ReportRun &run : runs) {
        array.append(runJson(run));
        const MeetingVerdict verdict = runVerdict(run);
        if (verdict == MeetingVerdict::No || overall == MeetingVerdict::Yes)
            overall = overall == MeetingVerdict::No ? overall : verdict;
    }
    json.insert(QStringLiteral("meetingVerdict"), verdictName(overall));
    json.insert(QStringLiteral("runs"), array);
    return json;
}

QString JsonReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    return QString::fromUtf8(QJsonDocument(toJson(runs, options)).toJson(QJsonDocument::Indented));
}

} // namespace flexo
