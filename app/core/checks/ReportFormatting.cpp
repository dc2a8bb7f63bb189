#include "checks/ReportFormatting.h"

#include "checks/FactLabels.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace flexo::report {

QString duration(qint64 ms)
{
    if (ms < 1000)
        return ReportText::tr("%1 ms").arg(ms);
    return ReportText::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString expiry(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return ReportText::tr("unknown");
    const qint64 days = today.daysTo(date);
    const QString iso = date.toString(Qt::ISODate);
    if (days < -1)
        return ReportText::tr("%1 (expired %2 days ago)").arg(iso).arg(-days);
    if (days == -1)
        return ReportText::tr("%1 (expired yesterday)").arg(iso);
    if (days == 0)
        return ReportText::tr("%1 (expires today)").arg(iso);
    if (days == 1)
        return ReportText::tr("%1 (expires tomorrow)").arg(iso);
    return ReportText::tr("%1 (in %2 days)").arg(iso).arg(days);
}

// The length is what support needs to spot a truncated paste; the hint tells which secret it is.
QString secret(const ReportRun &run)
{
    if (run.secretHint.isEmpty())
        return run.secretLength > 0 ? ReportText::tr("%1 characters").arg(run.secretLength)
                                    : ReportText::tr("(none)");
    if (run.secretLength <= 0)
        return ReportText::tr("%1… (not available)").arg(run.secretHint);
    return ReportText::tr("%1… (%2 characters)").arg(run.secretHint).arg(run.secretLength);
}

QString tenant(const ReportRun &run)
{
    if (run.tenantId.isEmpty())
        return run.tenantDomain.isEmpty() ? ReportText::tr("(not set)") : run.tenantDomain;
    if (run.tenantDomain.isEmpty())
        return run.tenantId;
    return QStringLiteral("%1 (%2)").arg(run.tenantId, run.tenantDomain);
}

QString factText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral(", "));
    case QMetaType::QVariantList: {
        QStringList items;
        const QVariantList list = value.toList();
        for (const QVariant &item : list)
            items << factText(item);
        return items.join(QStringLiteral("; "));
    }
    case QMetaType::QVariantMap: {
        // A record (one redirect URI and what Entra said of it) under the same labels as the facts.
        QStringList fields;
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            fields << ReportText::tr("%1: %2").arg(FactLabels::label(it.key()), factText(it.value()));
        return fields.join(QStringLiteral(", "));
    }
    case QMetaType::QUrl:
        return value.toUrl().toString();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QString observed(const CheckObservation &o)
{
    QStringList parts;
    if (o.httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(o.httpStatus);
    if (!o.aadsts.isEmpty())
        parts << o.aadsts;
    if (!o.oauthError.isEmpty())
        parts << o.oauthError;
    if (!o.graphCode.isEmpty())
        parts << o.graphCode;
    if (!o.traceId.isEmpty())
        parts << ReportText::tr("trace id %1").arg(o.traceId);
    if (!o.correlationId.isEmpty())
        parts << ReportText::tr("correlation id %1").arg(o.correlationId);
    if (!o.requestId.isEmpty())
        parts << ReportText::tr("request id %1").arg(o.requestId);
    if (!o.timestamp.isEmpty())
        parts << ReportText::tr("at %1").arg(o.timestamp);
    return parts.join(QStringLiteral(", "));
}

QString firstFailure(const ReportRun &run)
{
    if (!run.error.isEmpty())
        return ReportText::tr("config unreadable");
    const CheckResult *failed = run.firstFailure();
    if (!failed)
        return QString();
    const QString code =
        !failed->observed.aadsts.isEmpty() ? failed->observed.aadsts : failed->observed.graphCode;
    return code.isEmpty() ? checkName(failed->id)
                          : QStringLiteral("%1 (%2)").arg(checkName(failed->id), code);
}

QList<const ReportRun *> worstFirst(const QList<ReportRun> &runs)
{
    QList<const ReportRun *> sorted;
    for (const ReportRun &run : runs)
        sorted << &run;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ReportRun *a, const ReportRun *b) {
        return static_cast<int>(a->worstStatus()) > static_cast<int>(b->worstStatus());
    });
    return sorted;
}

QString runName(const ReportRun &run, int index)
{
    if (!run.source.isEmpty())
        return run.source;
    if (!run.tenantDomain.isEmpty())
        return run.tenantDomain;
    if (!run.tenantId.isEmpty())
        return run.tenantId;
    return ReportText::tr("config %1").arg(index + 1);
}

} // namespace flexo::report
