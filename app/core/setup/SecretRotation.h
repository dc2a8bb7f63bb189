#pragma once

#include "checks/CheckResult.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QDate>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace flexo {

class CheckRunner;
class DiagnosisService;

// What a rotation is asked to do.
struct RotationRequest
{
    ConnectorConfig config; // as saved at configPath; its secret (if any) is ignored
    QString configPath;     // where the config is saved again with the new expiry date and hint
    QString newSecret;      // as pasted: normalised and checked before anything else happens
    QDate newExpiry;        // as the portal shows it for the new secret
};

// How a rotation ended. Everything here may be shown and logged: it never holds a secret.
struct RotationOutcome
{
    Error error;                 // null when the new secret is in place
    bool oldSecretFound = false; // the keychain held a secret for this registration
    CheckResult newCheck;        // app-credentials with the new secret
    CheckResult oldCheck;        // app-credentials with the old one (when found)
    QString oldHint;             // first three characters of the old secret (the portal's hint)
    QString newHint;             // the same for the new one
    QDate newExpiry;
    bool keychainChanged = false;  // the keychain holds the new secret (on success only)
    bool keychainRestored = false; // a failure after the new secret was stored: the old one is back
    ConnectorConfig config;        // the config as saved (on success), without a secret

    [[nodiscard]] bool ok() const { return error.isNull(); }
    [[nodiscard]] bool oldStillWorks() const
    {
        return oldSecretFound &&
               (oldCheck.status == CheckStatus::Passed || oldCheck.status == CheckStatus::Warning);
    }
};

// Replaces the client secret of a saved config without downtime: the new secret is checked offline
// (a Secret ID is refused with the explanation), then proved with a client-credentials grant while
// the old one is tried too (its failure is reported, not fatal), stored in the keychain entry bound to
// the config, and the config is saved again (atomically) with the new expiry date and hint. Until
// the config is saved the old secret is kept in memory, and it is written back to the keychain if
// anything after the store fails. The secret itself is never logged nor put in the outcome.
class SecretRotation : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, ReadingOld, Verifying, Storing, Saving, Restoring, Done };
    Q_ENUM(Step)

    // `service` gives the keychain (its keeper) and the network; it must outlive the rotation.
    explicit SecretRotation(DiagnosisService *service, QObject *parent = nullptr);
    ~SecretRotation() override;

    // Certificates & secrets of the app registration in the cloud's portal; empty for a Custom cloud.
    [[nodiscard]] static QUrl certificatesAndSecretsUrl(const ConnectorConfig &config);
    // Within 30 days of its expiry date, or past it.
    [[nodiscard]] static bool isDue(const ConnectorConfig &config, const QDate &today);
    // The reasons to refuse a pasted secret before any request: the Secret ID (a GUID), the client or
    // tenant ID, a masked hint, a shape no secret has. `normalized` receives the secret as it will be used.
    [[nodiscard]] static Error checkNewSecret(const QString &pasted, const ConnectorConfig &config,
                                              QString *normalized = nullptr);
    [[nodiscard]] static Error checkNewExpiry(const QDate &expiry, const QDate &today);
    // The file whose secret is replaced: readable, and not an export that carries the secret itself
    // (saving it again would drop that secret).
    [[nodiscard]] static Error checkConfigFile(const QString &path);
    // What the admin deletes in the portal once FlexO uses the new secret.
    [[nodiscard]] static QString deleteOldReminder(const QString &oldHint);

    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    void start(const RotationRequest &request);
    [[nodiscard]] bool isRunning() const { return m_step != Step::Idle && m_step != Step::Done; }
    [[nodiscard]] Step step() const { return m_step; }

signals:
    // Emitted before the step's work starts.
    void stepChanged(flexo::SecretRotation::Step step);
    void finished(const flexo::RotationOutcome &outcome);

private:
    void setStep(Step step);
    void readOld();
    void verify();
    void verificationFinished();
    void store();
    void save();
    void restore(const Error &cause);
    void finish(Error error);
    [[nodiscard]] QDate today() const;

    DiagnosisService *m_service = nullptr;
    std::function<QDate()> m_today;
    Step m_step = Step::Idle;
    RotationRequest m_request;
    ConnectorConfig m_newConfig;
    QString m_newSecret;
    QString m_oldSecret;
    RotationOutcome m_outcome;
    std::unique_ptr<CheckRunner> m_newRunner;
    std::unique_ptr<CheckRunner> m_oldRunner;
    int m_runsLeft = 0;
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::RotationOutcome)
