#include "checks/CheckResult.h"

#include "common/Redaction.h"

namespace flexo {

QString statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    case CheckStatus::Running:
        return QStringLiteral("running");
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

CheckStatus worstOf(const QList<CheckResult> &results)
{
    CheckStatus worst = CheckStatus::Passed;
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Pending || result.status == CheckStatus::Running)
            continue;
        if (static_cast<int>(result.status) > static_cast<int>(worst))
            worst = result.status;
    }
    return worst;
}

namespace {

QVariant scrubVariant(const QVariant &value, const QStringList &sensitive)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return plainText(scrub(value.toString(), sensitive), TextLines::Multi);
    case QMetaType::QUrl:
        return QUrl(scrub(value.toUrl().toString(QUrl::FullyEncoded), sensitive));
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &item : list)
            item = plainText(scrub(item, sensitive), TextLines::Multi);
        return list;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = scrubVariant(item, sensitive);
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = scrubVariant(it.value(), sensitive);
        return map;
    }
    default:
        return value;
    }
}

} // namespace

CheckResult scrubResult(CheckResult result, const QStringList &sensitive)
{
    for (QString *text : {&result.title, &result.summary, &result.cause, &result.fix})
        *text = plainText(scrub(*text, sensitive), TextLines::Multi);
    for (QString *text : {&result.observed.aadsts, &result.observed.oauthError, &result.observed.graphCode,
                          &result.observed.traceId, &result.observed.correlationId,
                          &result.observed.requestId, &result.observed.timestamp}) {
        *text = plainText(scrub(*text, sensitive), TextLines::Single);
    }
    if (!result.helpUrl.isEmpty())
        result.helpUrl = QUrl(scrub(result.helpUrl.toString(QUrl::FullyEncoded), sensitive));
    for (auto it = result.facts.begin(); it != result.facts.end(); ++it)
        it.value() = scrubVariant(it.value(), sensitive);
    for (QString *text : {&result.remedy.target, &result.remedy.platform, &result.remedy.fromPlatform})
        *text = plainText(scrub(*text, sensitive), TextLines::Single);
    result.remedy.text = plainText(scrub(result.remedy.text, sensitive), TextLines::Multi);
    if (!result.remedy.link.isEmpty())
        result.remedy.link = QUrl(scrub(result.remedy.link.toString(QUrl::FullyEncoded), sensitive));
    return result;
}

} // namespace flexo
