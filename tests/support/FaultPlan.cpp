#include "FaultPlan.h"

namespace flexo::fake {

bool FaultPlan::isKnownEndpoint(const QString &endpoint)
{
    static const QStringList endpoints{QStringLiteral("discovery"),
                                       QStringLiteral("authorize"),
                                       QStringLiteral("token"),
                                       QStringLiteral("graph.me"),
                                       QStringLiteral("graph.meetings.create"),
                                       QStringLiteral("graph.meetings.createOrGet"),
                                       QStringLiteral("graph.meetings.get"),
                                       QStringLiteral("graph.meetings.delete"),
                                       QStringLiteral("*")};
    return endpoints.contains(endpoint);
}

bool FaultPlan::parse(const QJsonObject &json, Fault *fault, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    Fault parsed;
    parsed.endpoint = json.value(QStringLiteral("endpoint")).toString(QStringLiteral("*"));
    if (!isKnownEndpoint(parsed.endpoint)) {
        message = QStringLiteral("unknown endpoint: ") + parsed.endpoint;
        return false;
    }
    parsed.call = json.value(QStringLiteral("call")).toInt(0);
    parsed.times = json.value(QStringLiteral("times")).toInt(1);
    parsed.kind = json.value(QStringLiteral("kind")).toString();
    static const QStringList kinds{QStringLiteral("latency"),   QStringLiteral("status"),
                                   QStringLiteral("drop"),      QStringLiteral("hangUp"),
                                   QStringLiteral("malformed"), QStringLiteral("truncated"),
                                   QStringLiteral("noAnswer")};
    if (!kinds.contains(parsed.kind)) {
        message = QStringLiteral("unknown fault kind: ") + parsed.kind;
        return false;
    }
    parsed.latencyMs = json.value(QStringLiteral("latencyMs")).toInt(0);
    parsed.status = json.value(QStringLiteral("status")).toInt(503);
    parsed.afterHandling = json.value(QStringLiteral("afterHandling")).toBool(false);
    const QJsonValue retryAfter = json.value(QStringLiteral("retryAfter"));
    parsed.retryAfter =
        retryAfter.isDouble() ? QString::number(retryAfter.toDouble()) : retryAfter.toString();
    if (parsed.call < 0 || parsed.times < 1 || parsed.latencyMs < 0 || parsed.status < 100 ||
        parsed.status > 599) {
        message = QStringLiteral("call, times, latencyMs or status out of range");
        return false;
    }
    *fault = parsed;
    return true;
}

QList<FaultPlan::Fault> FaultPlan::take(const QString &endpoint)
{
    QList<Fault> hits;
    for (Fault &fault : m_faults) {
        if (fault.endpoint != QLatin1String("*") && fault.endpoint != endpoint)
            continue;
        ++fault.seen;
        if (fault.call == 0 || (fault.seen >= fault.call && fault.seen < fault.call + fault.times))
            hits << fault;
    }
    return hits;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults) {
        array.append(QJsonObject{{QStringLiteral("endpoint"), fault.endpoint},
                                 {QStringLiteral("call"), fault.call},
                                 {QStringLiteral("times"), fault.times},
                                 {QStringLiteral("kind"), fault.kind},
                                 {QStringLiteral("afterHandling"), fault.afterHandling},
                                 {QStringLiteral("seen"), fault.seen}});
    }
    return array;
}

} // namespace flexo::fake
