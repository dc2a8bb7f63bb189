#pragma once

#include "checks/CheckContext.h"
#include "checks/CheckRunner.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"
#include "graph/CleanupJournal.h"
#include "net/HostPauses.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flexo {

class SecretKeeper;
class SignInKeeper;
class SecretStore;

// What a diagnosis needs from the outside world. The front ends give the real ones, tests their own.
struct DiagnosisEnvironment
{
    // The one manager of the window or the wizard, whose proxy follows the config of each run. Null:
    // the service makes one per proxy setting, shared by the configs that reach the network the same
    // way (its connection pool then bounds the load on each host, however many configs run).
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;          // the keychain; null when there is none
    CheckContext::BrowserOpener openBrowser; // where the test sign-in's address goes
    CheckContext::Clock clock;               // UTC; the system clock when empty
    QString journalFile;                     // the probe-meeting journal; ConfigPaths' when empty
    // Where monitoring sign-ins are kept (the keychain; SignInKeeper): a run without a person redeems
    // the one kept for its config. Null: `secrets`.
    SecretStore *keptSignIns = nullptr;
    // Keep the sign-in of a passed interactive run for monitoring (`diagnose --keep-sign-in`).
    bool keepSignIn = false;
    // Managers the service makes per proxy setting, given to the runners in turn. Qt opens at most six
    // HTTP/1.1 connections per host and manager: a fleet run needs more than one to keep its configs
    // from queueing behind each other (with HTTP/2 each manager multiplexes on one connection).
    int networksPerProxy = 1;
};

// The one way from a config to checked results, for the command line, the diagnose window and the
// wizard: it reads config files, finds the secret (SecretKeeper), builds check runners on the right
// network, hands a pasted sign-in answer on, and removes probe meetings left by interrupted runs.
// The per-file steps (open, then run on request) are a Diagnosis.
class DiagnosisService : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisService(DiagnosisEnvironment environment, QObject *parent = nullptr);
    ~DiagnosisService() override;

    [[nodiscard]] const DiagnosisEnvironment &environment() const { return m_environment; }
    // The keychain entry bound to a config; null without a secret store.
    [[nodiscard]] SecretKeeper *keeper() const { return m_keeper; }
    // The monitoring sign-in kept for a config (its own keychain entry); null without a secret store.
    [[nodiscard]] SignInKeeper *signInKeeper() const { return m_signInKeeper; }
    [[nodiscard]] QString journalFile() const;

    // A config file as read; a secret value the file holds (an export) is taken out of the config.
    struct Loaded
    {
        ConnectorConfig config;
        QString fileSecret; // normalised; empty when the file holds none
    };
    [[nodiscard]] static Result<Loaded> load(const QString &path);

    // The network for `config`'s requests, its proxy applied.
    [[nodiscard]] QNetworkAccessManager *networkFor(const ConnectorConfig &config);
    // A runner with one of each standard check, for `config` and `secret`, on networkFor(config) and
    // the environment's clock, browser and journal.
    [[nodiscard]] std::unique_ptr<CheckRunner> createRunner(const ConnectorConfig &config,
                                                            const QString &secret);

    // Hands the address the browser ended on (or the text of its error page) to the sign-in waiting
    // in `runner`: a null error when taken, else why not (diagnosis.no-sign-in-waiting when none waits).
    [[nodiscard]] static Error submitPastedAnswer(CheckRunner &runner, const QString &text);
    [[nodiscard]] static bool isWaitingForPerson(const CheckRunner &runner);

    // Probe meetings an interrupted run left behind, from the journal: made ones, and creates whose
    // answer was lost (only an externalId), which may be meetings.
    [[nodiscard]] QList<JournalEntry> leftoverMeetings() const;
    // Deletes them with the sign-in of `runner` (its access token); `done(true)` when none is left.
    void deleteLeftovers(const CheckRunner &runner, QObject *context, std::function<void(bool)> done);

private:
    DiagnosisEnvironment m_environment;
    SecretKeeper *m_keeper = nullptr;
    SignInKeeper *m_signInKeeper = nullptr;
    QHash<QString, QNetworkAccessManager *> m_networks; // by proxy setting and turn, when none was given
    int m_nextNetwork = 0;
    // Every runner of this service (all configs of a run) waits for the same Retry-After answers.
    std::shared_ptr<HostPauses> m_hostPauses = std::make_shared<HostPauses>();
};

} // namespace flexo
