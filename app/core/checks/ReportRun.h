#pragma once

#include "checks/CheckResult.h"
#include "config/ConnectorConfig.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace flexo {

// What a report says about one config: who it is for and what its checks found. It has no field for
// a secret or a token, so none can be rendered by mistake: the secret appears only as its hint and
// length.
struct ReportRun
{
    QString source; // the config file as given, or a name ("wizard")
    Cloud cloud = Cloud::Global;
    QString tenantId;
    QString tenantDomain;
    QString clientId;
    QString secretHint;   // first three characters, as the portal shows them
    int secretLength = 0; // 0 when the secret was not available
    QDate secretExpiry;   // invalid when unknown
    QString error;        // translated: why the config could not be checked at all (unreadable file)
    bool interrupted = false;
    QList<CheckResult> results;

    [[nodiscard]] static ReportRun fromConfig(const ConnectorConfig &config,
                                              const QList<CheckResult> &results, const QString &source = {});

    // Failed when the config could not be checked at all.
    [[nodiscard]] CheckStatus worstStatus() const;
    // The first failed check in run order; null when none failed.
    [[nodiscard]] const CheckResult *firstFailure() const;
};

struct ReportOptions
{
    bool redactUsers = false;    // mask user principal names: "c***@contoso.com"
    QStringList sensitiveValues; // secrets and tokens of the runs: scrubbed from everything rendered
    QDateTime generatedAt;       // defaults to now
};

// Translated status for people: "Passed", "Failed", ...
[[nodiscard]] QString statusTitle(CheckStatus status);

} // namespace flexo
