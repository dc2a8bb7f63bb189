#include "checks/NagiosReport.h"

#include "checks/Verification.h"
#include "config/ConfigRules.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace flexo {

namespace {

// The status line is split at '|' by the monitoring system and read up to the first line break.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1Char('/'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text.simplified();
}

// How each config is named in the output: its file name, or as much of its path as tells it from
// the others ("acme/connector.json", "contoso/connector.json") when a fleet keeps one folder per
// customer. The names prefix the performance data labels, which must be unique.
QStringList configNames(const QList<ReportRun> &runs)
{
    QStringList names(runs.size());
    QList<QStringList> parts;
    for (const ReportRun &run : runs)
        parts << QDir::fromNativeSeparators(run.source).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype depth = 1; names.contains(QString()); ++depth) {
        QHash<QString, QSet<QString>> sourcesOf;
        QList<QString> suffixes(runs.size());
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (!names.at(i).isEmpty())
                continue;
            const QStringList &path = parts.at(i);
            // The whole path when it has no more to give: unique, since each file runs once.
            suffixes[i] = depth >= path.size() ? runs.at(i).source
                                               : path.mid(path.size() - depth).join(QLatin1Char('/'));
            sourcesOf[suffixes.at(i)].insert(runs.at(i).source);
        }
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (names.at(i).isEmpty() &&
                (sourcesOf.value(suffixes.at(i)).size() == 1 || depth >= parts.at(i).size()))
                names[i] = suffixes.at(i).isEmpty() ? QStringLiteral("-") : suffixes.at(i);
        }
    }
    return names;
}

// What explains a run's state in a few words: the first failure, the first check not verified, the
// first warning.
QString explanation(const ReportRun &run, MonitoringState state)
{
    if (!run.error.isEmpty())
        return run.error;
    if (const CheckResult *failed = run.firstFailure())
        return NagiosReport::tr("%1 failed: %2").arg(failed->title, failed->summary);
    if (state == MonitoringState::Unknown) {
        if (run.interrupted)
            return NagiosReport::tr("the run was stopped before every check finished");
        const QList<UnverifiedCheck> missing = Verification::unverified(run.results);
        if (!missing.isEmpty())
            return NagiosReport::tr("not everything could be checked: %1 %2")
                .arg(missing.first().title, Verification::reasonText(missing.first().reason));
        return NagiosReport::tr("not everything could be checked");
    }
    for (const CheckResult &result : run.results) {
        if (result.status == CheckStatus::Warning)
            return NagiosReport::tr("%1: %2").arg(result.title, result.summary);
    }
    if (Verification::meetingVerdict(run.results) == MeetingVerdict::Yes)
        return NagiosReport::tr("every check passed, a probe meeting was created");
    return NagiosReport::tr("every check passed");
}

QString seconds(qint64 milliseconds)
{
    return QString::number(static_cast<double>(milliseconds) / 1000.0, 'f', 3) + QLatin1Char('s');
}

QStringList perfData(const ReportRun &run, const QString &prefix, const QDate &today)
{
    QStringList data;
    if (run.secretExpiry.isValid()) {
        // Warn (range "N:") below the days the secret-expiry check warns at, critical once expired.
        data << QStringLiteral("%1=%2;%3:;0:")
                    .arg(NagiosReport::label(prefix + QStringLiteral("secret_days_left")),
                         QString::number(today.daysTo(run.secretExpiry)),
                         QString::number(rules::kSecretExpiryWarningDays));
    }
    for (const CheckResult &result : run.results) {
        if (result.status != CheckStatus::Passed && result.status != CheckStatus::Warning &&
            result.status != CheckStatus::Failed)
            continue;
        QString name = checkName(result.id);
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        data << QStringLiteral("%1=%2;;;0")
                    .arg(NagiosReport::label(prefix + QStringLiteral("check_%1_seconds").arg(name)),
                         seconds(result.durationMs));
    }
    return data;
}

} // namespace

QString NagiosReport::label(const QString &name)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-/");
    bool needsQuotes = name.isEmpty();
    for (const QChar c : name)
        needsQuotes = needsQuotes || !plain.contains(c);
    if (!needsQuotes)
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    quoted.remove(QLatin1Char('='));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString NagiosReport::render(const QList<ReportRun> &runs, const ReportOptions &options)
{
    const MonitoringState state = MonitoringStates::of(runs);
    const QDate today = options.generatedAt.toUTC().date();
    QString summary;
    QStringList perf;
    QStringList details;
    if (runs.isEmpty()) {
        summary = tr("no connector config was checked");
    } else if (runs.size() == 1) {
        summary = explanation(runs.first(), state);
        perf = perfData(runs.first(), QString(), today);
    } else {
        const QStringList names = configNames(runs);
        int inState = 0;
        qsizetype first = -1;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const ReportRun &run = runs.at(i);
            const MonitoringState runState = MonitoringStates::of(run);
            if (runState == state) {
                ++inState;
                if (first < 0)
                    first = i;
            }
            details << QStringLiteral("%1: %2 - %3")
                           .arg(names.at(i), MonitoringStates::name(runState),
                                oneLine(explanation(run, runState)));
            // Labels must be unique across the configs: each is prefixed with its config's name.
            perf << perfData(run, names.at(i) + QLatin1Char(':'), today);
        }
        summary = state == MonitoringState::Ok
                      ? tr("%n connector config(s) checked, every check passed", nullptr, int(runs.size()))
                      : tr("%1: %2 (%3 of %4 connector configs in this state)")
                            .arg(names.at(first), explanation(runs.at(first), state),
                                 QString::number(inState), QString::number(runs.size()));
    }
    if (runs.size() == 1) {
        for (const UnverifiedCheck &missing : Verification::unverified(runs.first().results))
            details << tr("not verified: %1 (%2)")
                           .arg(checkName(missing.id), Verification::reasonText(missing.reason));
    }
    QString text = QStringLiteral("FLEXO TEAMS %1 - %2").arg(MonitoringStates::name(state), oneLine(summary));
    if (!perf.isEmpty())
        text += QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
    text += QLatin1Char('\n');
    for (const QString &line : details)
        text += oneLine(line) + QLatin1Char('\n');
    return text;
}

} // namespace flexo
