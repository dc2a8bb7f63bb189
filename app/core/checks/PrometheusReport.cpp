#include "checks/PrometheusReport.h"

#include "checks/MonitoringState.h"
#include "checks/Verification.h"

namespace flexo {

namespace {

struct Family
{
    const char *name;
    const char *help;
    QStringList samples;
};

QString labels(std::initializer_list<std::pair<const char *, QString>> pairs)
{
    QStringList parts;
    for (const auto &[name, value] : pairs)
        parts << QStringLiteral("%1=\"%2\"").arg(QLatin1String(name), PrometheusReport::escapeLabel(value));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString sample(const char *name, const QString &labelText, const QString &value)
{
    return QLatin1String(name) + labelText + QLatin1Char(' ') + value;
}

// -1 for a check that did not run: "not failed" must not read as "passed" on a dashboard.
int statusValue(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
    case CheckStatus::Warning:
        return 1;
    case CheckStatus::Failed:
        return 0;
    case CheckStatus::Skipped:
    case CheckStatus::Pending:
    case CheckStatus::Running:
        break;
    }
    return -1;
}

bool ran(CheckStatus status)
{
    return status == CheckStatus::Passed || status == CheckStatus::Warning || status == CheckStatus::Failed;
}

} // namespace

QString PrometheusReport::escapeLabel(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString PrometheusReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    Family status{"flexo_teams_check_status",
                  "Outcome of a connector check: 1 passed or warning, 0 failed, -1 did not run.",
                  {}};
    Family notVerified{"flexo_teams_check_not_verified",
                       "1 for a check that did not run although nothing before it failed; reason says why.",
                       {}};
    Family duration{"flexo_teams_check_duration_seconds", "How long a connector check took.", {}};
    Family expiry{"flexo_teams_secret_expiry_days",
                  "Days until the client secret expires (negative: expired); absent when not recorded.",
                  {}};
    Family state{"flexo_teams_state",
                 "The connector's monitoring state: 0 OK, 1 warning, 2 critical (a check failed), 3 unknown "
                 "(not everything could be checked).",
                 {}};
    Family lastRun{
        "flexo_teams_last_run_timestamp_seconds", "When the connector was last checked (Unix time).", {}};

    const QDateTime generatedAt = options.generatedAt.toUTC();
    const QString timestamp = QString::number(generatedAt.toSecsSinceEpoch());
    for (const ReportRun &run : runs) {
        const QString config = labels({{"config", run.source}});
        for (const CheckResult &result : run.results) {
            const QString checkLabels = labels({{"config", run.source}, {"check", checkName(result.id)}});
            status.samples << sample(status.name, checkLabels, QString::number(statusValue(result.status)));
            if (ran(result.status))
                duration.samples << sample(
                    duration.name, checkLabels,
                    QString::number(static_cast<double>(result.durationMs) / 1000.0, 'f', 3));
        }
        for (const UnverifiedCheck &missing : Verification::unverified(run.results)) {
            notVerified.samples << sample(notVerified.name,
                                          labels({{"config", run.source},
                                                  {"check", checkName(missing.id)},
                                                  {"reason", Verification::reasonName(missing.reason)}}),
                                          QStringLiteral("1"));
        }
        if (run.secretExpiry.isValid())
            expiry.samples << sample(expiry.name, config,
                                     QString::number(generatedAt.date().daysTo(run.secretExpiry)));
        state.samples << sample(state.name, config,
                                QString::number(static_cast<int>(MonitoringStates::of(run))));
        lastRun.samples << sample(lastRun.name, config, timestamp);
    }

    QString text;
    for (const Family *family : {&status, &notVerified, &duration, &expiry, &state, &lastRun}) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n")
                    .arg(QLatin1String(family->name), QLatin1String(family->help));
        for (const QString &line : family->samples)
            text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace flexo
