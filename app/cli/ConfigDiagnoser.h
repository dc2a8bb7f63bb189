#pragma once

#include "checks/CheckContext.h"
#include "checks/CheckRunner.h"
#include "cli/ConfigDiagnosis.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace flexo {
class SecretStore;
}

namespace flexo::cli {

// Diagnoses one config file: reads it, finds its secret (given on the command line's side channel,
// else the keychain entry it names), runs the checks of the mode and keeps the redacted results.
class ConfigDiagnoser : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString path;
        QString secret;       // from --secret-stdin or FLEXO_CLIENT_SECRET; empty: ask the keychain
        QString secretSource; // "stdin" or "environment" when `secret` is set
        CheckRunner::Mode mode = CheckRunner::Mode::NonInteractive;
        // The network for a config (shared by configs with the same proxy settings).
        std::function<QNetworkAccessManager *(const ConnectorConfig &)> network;
        SecretStore *secrets = nullptr; // may be null: no keychain
        CheckContext::BrowserOpener openBrowser;
        CheckContext::Clock clock;
    };

    explicit ConfigDiagnoser(Setup setup, QObject *parent = nullptr);
    ~ConfigDiagnoser() override;

    void start();
    // Stops the checks; the diagnosis keeps what finished and is marked interrupted.
    void cancel();

    [[nodiscard]] const ConfigDiagnosis &diagnosis() const { return m_diagnosis; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The runner, while the checks run (the interactive paste goes to its sign-in check).
    [[nodiscard]] CheckRunner *runner() const { return m_runner; }

signals:
    void checkStarted(flexo::CheckId id);
    void checkFinished(const flexo::CheckResult &result);
    void finished();

private:
    void runChecks(const QString &secret, const QString &source, const QString &missingReason);
    void onRunnerFinished(const QList<CheckResult> &results);
    void finish();

    Setup m_setup;
    ConfigDiagnosis m_diagnosis;
    QPointer<CheckRunner> m_runner;
    QString m_missingSecretReason;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flexo::cli
