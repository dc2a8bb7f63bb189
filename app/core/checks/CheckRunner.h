#pragma once

#include "checks/CheckContext.h"
#include "checks/CheckGraph.h"
#include "checks/CheckResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <vector>

class QTimer;

namespace flexo {

class Check;

// Runs checks for one config: prerequisites first, independent checks at the same time, each within
// its time limit; a check whose prerequisite failed or was skipped is skipped with the reason.
// Prerequisites and needs come from a CheckGraph (the standard one unless a test gives its own).
// The wizard runs single checks (run({CheckId::AppCredentials})), the diagnose view and the CLI run
// whole modes. One runner per config; results are redacted before they leave the runner.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        NonInteractive, // everything that needs no person: up to app-credentials
        Interactive     // everything, sign-in and meeting probe included
    };

    explicit CheckRunner(CheckContext context, QObject *parent = nullptr);
    CheckRunner(CheckContext context, CheckGraph graph, QObject *parent = nullptr);
    ~CheckRunner() override;

    // Takes ownership; a check the graph does not know is refused. Checks run in the graph's order
    // when nothing else decides.
    void addCheck(std::unique_ptr<Check> check);
    void addChecks(std::vector<std::unique_ptr<Check>> checks);
    [[nodiscard]] QList<CheckId> checkIds() const; // in the graph's order
    [[nodiscard]] Check *check(CheckId id) const;
    [[nodiscard]] const CheckGraph &graph() const { return m_graph; }

    // Time limit of a check that does not set its own; 60 s unless changed.
    void setDefaultTimeout(std::chrono::milliseconds timeout);

    [[nodiscard]] CheckContext &context() { return m_context; }
    [[nodiscard]] const CheckContext &context() const { return m_context; }

    // Starts a run of every check; finished() follows, also when nothing had to run. Ignored while
    // running. A check the mode cannot do (it needs a person, or a kept sign-in) ends skipped with that
    // reason, and so do the checks after it.
    void run(Mode mode);
    // Runs the given checks, and any of their prerequisites that has not passed in an earlier run of
    // this runner (so "Verify" can run app-credentials alone once discovery has passed).
    void run(const QList<CheckId> &ids);
    // Stops every running check; what has not finished is reported as skipped (cancelled).
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // The latest result of every check that ever ran, in check order.
    [[nodiscard]] QList<CheckResult> results() const;
    [[nodiscard]] CheckResult result(CheckId id) const { return m_results.value(id); }

    // The ids a mode can do among the given checks: non-interactive leaves out the checks that need a
    // person and everything that depends on them (run() lists those as skipped), unless a kept sign-in
    // (context().keptSignIn) stands in for the person where the graph allows it.
    [[nodiscard]] QList<CheckId> idsFor(Mode mode) const;

signals:
    void checkStarted(flexo::CheckId id);
    void checkFinished(const flexo::CheckResult &result);
    // The results of this run, in check order.
    void finished(const QList<flexo::CheckResult> &results);

private:
    struct Running
    {
        QElapsedTimer elapsed;
        QTimer *timer = nullptr;
        QMetaObject::Connection connection;
    };

    void startRun(const QList<CheckId> &planned);
    // What a run of `mode` offers besides the secret: a person, a kept sign-in (decides which way a
    // check takes in the graph).
    [[nodiscard]] CheckNeeds availableFor(Mode mode) const;
    void schedule();
    [[nodiscard]] bool tryStart(Check *check);
    void startCheck(Check *check);
    void onCheckFinished(Check *check, CheckResult result);
    void onTimeout(Check *check);
    void stopRunning(Check *check);
    void record(CheckResult result, qint64 durationMs);
    void skip(Check *check, const QString &reason, SkipReason why);
    void finishRunIfDone();
    [[nodiscard]] bool satisfiedEarlier(CheckId id) const;
    [[nodiscard]] std::chrono::milliseconds timeoutOf(const Check *check) const;

    CheckContext m_context;
    CheckGraph m_graph;
    std::vector<std::unique_ptr<Check>> m_checks; // in the graph's order
    std::chrono::milliseconds m_defaultTimeout{60000};
    QHash<CheckId, CheckResult> m_results;
    QList<CheckId> m_planned; // ids of this run, in check order
    QList<CheckId> m_pending; // not started yet
    QHash<Check *, Running> m_runningChecks;
    CheckNeeds m_available; // what this run has besides the secret: a person, a kept sign-in
    bool m_running = false;
    bool m_cancelled = false;
    bool m_scheduling = false;
    bool m_rescan = false;
};

} // namespace flexo
