#pragma once

#include "checks/CheckResult.h"
#include "checks/ReportRun.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace flexo {

// Everything a diagnosis learned about one config file: the file's own error when it could not be
// read, else the results of its checks. Holds no secret.
struct ConfigDiagnosis
{
    QString path;
    Error loadError;
    ConnectorConfig config; // its `secret` is always cleared before the diagnosis is kept
    QString secretSource;   // "stdin", "environment", "typed", "keychain", "file" or "" (none)
    int secretLength = 0;   // of the secret the checks used; 0 when none
    Error secretProblem;    // why no secret was available, when none was
    // The monitoring sign-in a run without a person used: its account and since when it is kept
    // (empty when none was kept), or why it could not be read.
    QString keptSignInAccount;
    QDateTime keptSignInSince;
    Error keptSignInProblem;
    QList<CheckResult> results;
    bool interrupted = false;

    // The worst outcome; a config that could not be read counts as failed.
    [[nodiscard]] CheckStatus worstStatus() const;
    // What the report says about this config.
    [[nodiscard]] ReportRun toReportRun() const;
};

} // namespace flexo
