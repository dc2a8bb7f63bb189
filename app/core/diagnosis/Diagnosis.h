#pragma once

#include "checks/CheckRunner.h"
#include "diagnosis/ConfigDiagnosis.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace flexo {

class DiagnosisService;

// A secret given for one run beside the config: typed in a window, read from standard input or from
// FLEXO_CLIENT_SECRET. It is used for the one config it was given for.
struct GivenSecret
{
    QString value;
    QString source; // "stdin", "environment", "typed"
};

// One config file from opening to results. Opening reads the file and nothing else: no secret is
// looked up and no check runs until run() is asked for (a file may come from anyone, and opening it
// must not send its secret anywhere). Running finds the secret (the one given, else the one the file
// holds, else the keychain entry bound to the config) and runs the checks of the mode.
class Diagnosis : public QObject
{
    Q_OBJECT

public:
    explicit Diagnosis(DiagnosisService *service, QObject *parent = nullptr);
    ~Diagnosis() override;

    // Reads `path`; false (and diagnosis().loadError) when it cannot be used. Stops a running run.
    bool open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const ConnectorConfig &config() const { return m_diagnosis.config; }

    // Runs the checks of `mode`; checkStarted()/checkFinished() report them, finished() follows (also
    // when the file could not be read). Ignored while running.
    void run(CheckRunner::Mode mode, const GivenSecret &given = {});
    // open() and run() at once, for the command line.
    void start(const QString &path, CheckRunner::Mode mode, const GivenSecret &given = {});
    // Stops the checks; the diagnosis keeps what finished and is marked interrupted.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ConfigDiagnosis &diagnosis() const { return m_diagnosis; }
    // The runner of the last run (the interactive paste goes to its sign-in check); null before.
    [[nodiscard]] CheckRunner *runner() const { return m_runner.get(); }
    // What must never reach a log or a report: the secret and what the run's sign-in met.
    [[nodiscard]] QStringList sensitiveValues() const;

signals:
    void checkStarted(flexo::CheckId id);
    void checkFinished(const flexo::CheckResult &result);
    void finished();

private:
    void runWith(CheckRunner::Mode mode, const QString &secret, const QString &source, const Error &problem);
    void startRunner(CheckRunner::Mode mode, const QString &secret, const KeptSignIn &kept);
    void onRunnerFinished(const QList<CheckResult> &results);
    void finish();

    DiagnosisService *m_service = nullptr;
    ConfigDiagnosis m_diagnosis;
    QString m_fileSecret;
    QString m_keychainSecret; // found once, kept for the window's later runs
    std::unique_ptr<CheckRunner> m_runner;
    bool m_open = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flexo
