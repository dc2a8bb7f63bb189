#include "checks/CheckRunner.h"

#include "checks/Check.h"
#include "common/Logging.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace flexo {

namespace {

bool isSuccess(CheckStatus status)
{
    return status == CheckStatus::Passed || status == CheckStatus::Warning;
}

bool isOutcome(CheckStatus status)
{
    return status != CheckStatus::Pending && status != CheckStatus::Running;
}

} // namespace

CheckRunner::CheckRunner(CheckContext context, QObject *parent)
    : CheckRunner(std::move(context), CheckGraph::standard(), parent)
{}

CheckRunner::CheckRunner(CheckContext context, CheckGraph graph, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_graph(std::move(graph))
{
    qRegisterMetaType<flexo::CheckId>();
    qRegisterMetaType<flexo::CheckResult>();
    qRegisterMetaType<QList<flexo::CheckResult>>();
}

CheckRunner::~CheckRunner()
{
    // Stop what is still running so no check reports into a runner being destroyed.
    const auto running = m_runningChecks.keys();
    for (Check *check : running)
        stopRunning(check);
}

void CheckRunner::addCheck(std::unique_ptr<Check> check)
{
    if (!check || this->check(check->id()) || !m_graph.contains(check->id()))
        return;
    // Kept in the graph's order, so "check order" means one thing everywhere.
    const QList<CheckId> order = m_graph.ids();
    const auto position = std::find_if(m_checks.begin(), m_checks.end(), [&](const auto &added) {
        return order.indexOf(added->id()) > order.indexOf(check->id());
    });
    m_checks.insert(position, std::move(check));
}

void CheckRunner::addChecks(std::vector<std::unique_ptr<Check>> checks)
{
    for (auto &check : checks)
        addCheck(std::move(check));
}

QList<CheckId> CheckRunner::checkIds() const
{
    QList<CheckId> ids;
    for (const auto &check : m_checks)
        ids << check->id();
    return ids;
}

Check *CheckRunner::check(CheckId id) const
{
    for (const auto &check : m_checks) {
        if (check->id() == id)
            return check.get();
    }
    return nullptr;
}

void CheckRunner::setDefaultTimeout(std::chrono::milliseconds timeout)
{
    m_defaultTimeout = timeout;
}

CheckNeeds CheckRunner::availableFor(Mode mode) const
{
    CheckNeeds available = mode == Mode::Interactive ? CheckNeeds(CheckNeed::Person) : CheckNeeds();
    if (!m_context.keptSignIn.isNull())
        available |= CheckNeed::KeptSignIn;
    return available;
}

QList<CheckId> CheckRunner::idsFor(Mode mode) const
{
    const CheckNeeds available = availableFor(mode);
    QList<CheckId> ids;
    for (const auto &check : m_checks) {
        // The secret is not a planning matter: a check without it is listed and skipped with the reason.
        const std::optional<CheckNeed> missing =
            m_graph.missingNeed(check->id(), available | CheckNeed::Secret);
        if (!missing)
            ids << check->id();
    }
    return ids;
}

void CheckRunner::run(Mode mode)
{
    if (m_running)
        return;
    // Every check is listed, also those this mode cannot do: they end skipped with what they need, so a
    // report can say what was not verified instead of leaving them out.
    m_available = availableFor(mode);
    startRun(checkIds());
}

void CheckRunner::run(const QList<CheckId> &ids)
{
    if (m_running)
        return;
    m_available = CheckNeeds(CheckNeed::Person) | CheckNeed::KeptSignIn; // asked for by name
    QSet<CheckId> wanted;
    QList<CheckId> queue = ids;
    while (!queue.isEmpty()) {
        const CheckId id = queue.takeFirst();
        if (!check(id) || wanted.contains(id))
            continue;
        wanted.insert(id);
        const QList<CheckId> prerequisites = m_graph.prerequisites(id);
        for (const CheckId prerequisite : prerequisites) {
            if (!satisfiedEarlier(prerequisite))
                queue << prerequisite;
        }
    }
    QList<CheckId> planned;
    for (const auto &c : m_checks) {
        if (wanted.contains(c->id()))
            planned << c->id();
    }
    // Single checks are the wizard's, with a person at the keyboard.
    startRun(planned);
}

bool CheckRunner::satisfiedEarlier(CheckId id) const
{
    const auto it = m_results.constFind(id);
    return it != m_results.constEnd() && isSuccess(it->status);
}

void CheckRunner::startRun(const QList<CheckId> &planned)
{
    m_running = true;
    m_cancelled = false;
    m_planned = planned;
    m_pending = planned;
    for (const CheckId id : planned)
        m_results.remove(id);
    // Registers the secret (and whatever a caller put into the context) before any check can log.
    [[maybe_unused]] const QStringList sensitive = m_context.sensitiveValues();
    qCDebug(lcChecks) << "running checks" << planned;
    // Report from the event loop even when nothing needs to run, so callers can connect after run().
    QTimer::singleShot(0, this, [this] { schedule(); });
}

void CheckRunner::schedule()
{
    if (!m_running)
        return;
    if (m_scheduling) {
        m_rescan = true;
        return;
    }
    m_scheduling = true;
    do {
        m_rescan = false;
        const QList<CheckId> pending = m_pending;
        for (const CheckId id : pending) {
            if (!m_running)
                break;
            if (m_pending.contains(id) && tryStart(check(id)))
                m_rescan = true; // a skip or a synchronous finish may unblock checks seen earlier
        }
    } while (m_rescan && m_running);
    m_scheduling = false;
    finishRunIfDone();
}

// Starts or skips `check` when its prerequisites are settled; returns whether anything changed.
bool CheckRunner::tryStart(Check *check)
{
    const QList<CheckId> prerequisites = m_graph.prerequisites(check->id(), m_available);
    for (const CheckId prerequisite : prerequisites) {
        if (m_planned.contains(prerequisite)) {
            const auto found = m_results.constFind(prerequisite);
            if (found == m_results.constEnd() || !isOutcome(found->status))
                return false; // still to come
            if (!isSuccess(found->status)) {
                const QString title = found->title.isEmpty() ? checkName(prerequisite) : found->title;
                if (found->status == CheckStatus::Failed)
                    skip(check, tr("skipped because '%1' failed").arg(title), SkipReason::PrerequisiteFailed);
                else
                    skip(check, tr("skipped because '%1' was skipped").arg(title),
                         SkipReason::PrerequisiteSkipped);
                return true;
            }
        } else if (!satisfiedEarlier(prerequisite)) {
            const Check *prerequisiteCheck = this->check(prerequisite);
            skip(check,
                 tr("skipped because '%1' has not run")
                     .arg(prerequisiteCheck ? prerequisiteCheck->title() : checkName(prerequisite)),
                 SkipReason::PrerequisiteNotRun);
            return true;
        }
    }
    // Without a person, a kept sign-in may stand in for the test sign-in (CheckGraph).
    const CheckNeeds needs = m_graph.needs(check->id(), m_available);
    if (needs.testFlag(CheckNeed::Person) && !m_available.testFlag(CheckNeed::Person)) {
        skip(check, tr("needs a person to sign in (run the checks interactively)"), SkipReason::NeedsPerson);
        return true;
    }
    if (needs.testFlag(CheckNeed::KeptSignIn) && !m_available.testFlag(CheckNeed::KeptSignIn)) {
        skip(check, tr("needs a kept sign-in"), SkipReason::NeedsKeptSignIn);
        return true;
    }
    if (needs.testFlag(CheckNeed::Secret) && !m_context.hasSecret()) {
        skip(check, tr("no client secret available (keychain entry, --secret-stdin or FLEXO_CLIENT_SECRET)"),
             SkipReason::NeedsSecret);
        return true;
    }
    startCheck(check);
    return true;
}

void CheckRunner::startCheck(Check *check)
{
    m_pending.removeAll(check->id());
    Running &running = m_runningChecks[check];
    running.elapsed.start();
    running.timer = new QTimer(this);
    running.timer->setSingleShot(true);
    running.timer->setInterval(timeoutOf(check));
    connect(running.timer, &QTimer::timeout, this, [this, check] { onTimeout(check); });
    running.connection = connect(check, &Check::finished, this, [this, check](const CheckResult &result) {
        onCheckFinished(check, result);
    });
    running.timer->start();
    qCDebug(lcChecks) << "check started:" << check->id();
    emit checkStarted(check->id());
    check->start(m_context);
}

std::chrono::milliseconds CheckRunner::timeoutOf(const Check *check) const
{
    const auto own = check->timeout();
    return own.count() > 0 ? own : m_defaultTimeout;
}

void CheckRunner::onCheckFinished(Check *check, CheckResult result)
{
    const auto it = m_runningChecks.find(check);
    if (it == m_runningChecks.end())
        return; // a late report after a timeout or cancel
    const qint64 durationMs = it->elapsed.elapsed();
    disconnect(it->connection);
    it->timer->deleteLater();
    m_runningChecks.erase(it);
    result.id = check->id();
    if (result.title.isEmpty())
        result.title = check->title();
    if (!isOutcome(result.status))
        result.status = CheckStatus::Failed; // a check must report an outcome
    record(result, durationMs);
    schedule();
}

void CheckRunner::onTimeout(Check *check)
{
    const auto it = m_runningChecks.constFind(check);
    if (it == m_runningChecks.constEnd())
        return;
    const qint64 durationMs = it->elapsed.elapsed();
    const qint64 seconds = timeoutOf(check).count() / 1000;
    stopRunning(check);
    CheckResult result;
    result.id = check->id();
    result.title = check->title();
    result.status = CheckStatus::Failed;
    result.summary = tr("No answer within %n second(s).", nullptr, int(seconds));
    result.cause = tr("The service did not answer in time: the network, a proxy or the service itself is "
                      "slow or unreachable.");
    result.fix = tr("Check the network connection and the proxy settings, then run the check again.");
    result.facts.insert(QStringLiteral("timeoutSeconds"), seconds);
    record(result, durationMs);
    schedule();
}

void CheckRunner::stopRunning(Check *check)
{
    const auto it = m_runningChecks.find(check);
    if (it == m_runningChecks.end())
        return;
    disconnect(it->connection);
    delete it->timer;
    m_runningChecks.erase(it);
    check->cancel();
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<Check *> running = m_runningChecks.keys();
    for (const auto &c : m_checks) {
        Check *check = c.get();
        if (!running.contains(check))
            continue;
        const qint64 durationMs = m_runningChecks.value(check).elapsed.elapsed();
        stopRunning(check);
        CheckResult result;
        result.id = check->id();
        result.title = check->title();
        result.status = CheckStatus::Skipped;
        result.summary = tr("cancelled while running");
        result.skipReason = SkipReason::Cancelled;
        result.facts.insert(QStringLiteral("skipReason"), QStringLiteral("cancelled"));
        record(result, durationMs);
    }
    const QList<CheckId> pending = m_pending;
    for (const CheckId id : pending) {
        Check *check = this->check(id);
        m_pending.removeAll(id);
        CheckResult result;
        result.id = id;
        result.title = check->title();
        result.status = CheckStatus::Skipped;
        result.summary = tr("cancelled");
        result.skipReason = SkipReason::Cancelled;
        result.facts.insert(QStringLiteral("skipReason"), QStringLiteral("cancelled"));
        record(result, 0);
    }
    finishRunIfDone();
}

void CheckRunner::skip(Check *check, const QString &reason, SkipReason why)
{
    m_pending.removeAll(check->id());
    CheckResult result;
    result.id = check->id();
    result.title = check->title();
    result.status = CheckStatus::Skipped;
    result.summary = reason;
    result.skipReason = why;
    record(result, 0);
}

void CheckRunner::record(CheckResult result, qint64 durationMs)
{
    result.durationMs = durationMs;
    result.finishedAt = m_context.now();
    result = scrubResult(std::move(result), m_context.sensitiveValues());
    m_results.insert(result.id, result);
    qCInfo(lcChecks).noquote() << "check" << result.id << statusName(result.status) << durationMs << "ms";
    emit checkFinished(result);
}

void CheckRunner::finishRunIfDone()
{
    if (!m_running || !m_pending.isEmpty() || !m_runningChecks.isEmpty() || m_scheduling)
        return;
    m_running = false;
    QList<CheckResult> results;
    for (const CheckId id : std::as_const(m_planned))
        results << m_results.value(id);
    emit finished(results);
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> results;
    for (const auto &check : m_checks) {
        const auto it = m_results.constFind(check->id());
        if (it != m_results.constEnd())
            results << *it;
    }
    return results;
}

} // namespace flexo
