#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "HttpResponse.h"

namespace flexo::fake {

// Faults to inject, matched per endpoint and counted per call from the moment each fault was added.
class FaultPlan
{
public:
    struct Fault
    {
        QString endpoint;  // discovery, authorize, token, graph.me, graph.meetings.create/createOrGet/get/
                           // delete or *
        QString grantType; // token only: the grant_type it applies to (authorization_code,
                           // refresh_token, client_credentials); empty: every grant
        int call = 0;      // 1-based call to hit; 0: every call
        int times = 1;     // how many calls in a row from `call`
        QString kind;      // latency | status | proxyPage | drop | hangUp | malformed | truncated | noAnswer
        int latencyMs = 0;
        int status = 503;
        bool afterHandling = false; // status: the request is handled first (a meeting is made), as when a
                                    // gateway answers 5xx after the service did the work
        QString retryAfter;
        int seen = 0;
    };

    [[nodiscard]] static bool parse(const QJsonObject &json, Fault *fault, QString *error);
    [[nodiscard]] static bool isKnownEndpoint(const QString &endpoint);
    // What a corporate proxy sends when it cannot reach the service: its own HTML error page
    // (Squid's wording), with none of the headers Microsoft's services send.
    [[nodiscard]] static HttpResponse proxyPage(int status);
    // `response` made malformed: its JSON body cut in the middle (Content-Length matching). An answer
    // that may carry no body (204) becomes a 200 with such a body.
    [[nodiscard]] static HttpResponse malformed(HttpResponse response);

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // Counts this call for every fault of the endpoint (and grant, for the token endpoint) and
    // returns those that apply to it.
    [[nodiscard]] QList<Fault> take(const QString &endpoint, const QString &grantType = {});
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace flexo::fake
