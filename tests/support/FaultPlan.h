#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace flexo::fake {

// Faults to inject, matched per endpoint and counted per call from the moment each fault was added.
class FaultPlan
{
public:
    struct Fault
    {
        QString endpoint; // discovery, authorize, token, graph.me, graph.meetings.create/createOrGet/get/
                          // delete or *
        int call = 0;     // 1-based call to hit; 0: every call
        int times = 1;    // how many calls in a row from `call`
        QString kind;     // latency | status | drop | hangUp | malformed | truncated | noAnswer
        int latencyMs = 0;
        int status = 503;
        bool afterHandling = false; // status: the request is handled first (a meeting is made), as when a
                                    // gateway answers 5xx after the service did the work
        QString retryAfter;
        int seen = 0;
    };

    [[nodiscard]] static bool parse(const QJsonObject &json, Fault *fault, QString *error);
    [[nodiscard]] static bool isKnownEndpoint(const QString &endpoint);

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // Counts this call for every fault of the endpoint and returns those that apply to it.
    [[nodiscard]] QList<Fault> take(const QString &endpoint);
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace flexo::fake
