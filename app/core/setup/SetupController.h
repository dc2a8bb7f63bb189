#pragma once

#include "checks/CheckResult.h"
#include "cloud/TenantCloudDetector.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"
#include "graph/CleanupJournal.h"
#include "setup/SetupDraft.h"
#include "setup/SetupDraftFile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flexo {

class CheckRunner;
class DiagnosisService;
class SecretKeeper;
class SecretStore;
class SetupModel;

// What the setup needs from the outside world; tests pass their own.
struct SetupServices
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secretStore = nullptr;
    // Opens a URL for the admin: the sign-in page and the portal (QDesktopServices in production).
    std::function<bool(const QUrl &)> openBrowser;
    std::function<QDateTime()> clock; // UTC; the system clock when empty
    QString journalFile;              // probe-meeting cleanup journal; the default location when empty
    // Where the Cloud page asks for a typed tenant's cloud: Microsoft's global sign-in service when
    // empty (tests pass the fake cloud's address).
    QUrl globalLoginBase;
    int cloudDetectionDelayMs = 700;    // the pause in typing before asking
    int cloudDetectionTimeoutMs = 8000; // after that, the cloud stays as it is
    // The unfinished setup offered again at the next start; the default location when empty.
    QString draftFile;
};

// The setup flow without a widget: the wizard's pages ask it to run the checks, the sign-in, the
// meeting probe, the keychain and the config file for them, and it answers through signals without
// blocking. Everything goes through the DiagnosisService, as for the command line and the diagnose
// window. tst_setupcontroller drives the whole flow through it, with no widget at all.
class SetupController : public QObject
{
    Q_OBJECT

public:
    enum class Task { None, Discovery, Verify, SignIn, MeetingTest, DeleteLeftover, Save, Export };
    Q_ENUM(Task)

    SetupController(SetupModel *model, SetupServices services, QObject *parent = nullptr);
    ~SetupController() override;

    [[nodiscard]] Task task() const { return m_task; }
    [[nodiscard]] bool isBusy() const { return m_task != Task::None; }
    [[nodiscard]] QDate today() const;

    // The cloud catalog, for the pages.
    [[nodiscard]] QUrl portalUrl() const;
    [[nodiscard]] bool onlineMeetingsAvailable(Cloud cloud) const;
    void openUrl(const QUrl &url);

    void runDiscovery();
    void verifyCredentials();

    // Finds the cloud of `tenant` (a domain or GUID) from the global sign-in service's discovery
    // document, once the admin has stopped typing for a moment. A new call, or cancelCloudDetection(),
    // drops the one before; cloudDetected() reports the outcome, known or not.
    void detectCloud(const QString &tenant);
    void cancelCloudDetection();
    [[nodiscard]] bool isDetectingCloud() const;

    // The test sign-in: opens the browser; the authorize URL can be copied and the address the
    // browser ended on can be pasted instead of waiting for the loopback answer.
    void startSignIn(bool openBrowser = true);
    [[nodiscard]] QUrl signInUrl() const { return m_signInUrl; }
    void submitPastedAddress(const QString &address);

    // After a passed test sign-in and token refresh: keep the sign-in so that the connector can be
    // checked every day without a person (its refresh token, with the account and the date, in the
    // keychain entry bound to the registration; never in a file), or forget it again.
    // keepSignInFinished() answers. Off by default: nothing is kept unless asked. A sign-in kept here
    // belongs to the registration it was kept for: when the cloud, tenant or client ID changes
    // afterwards, it is removed again (keepSignInFinished() with `kept` false), not left behind
    // under a registration no saved config may name.
    [[nodiscard]] bool canKeepSignIn() const;
    [[nodiscard]] QString signedInAccount() const;
    void setKeepSignIn(bool keep);

    void runMeetingTest();
    // Probe meetings an earlier run may have left behind (from the cleanup journal).
    [[nodiscard]] int leftoverMeetingCount() const;
    // Those of them known by a meeting id, to remove by hand.
    [[nodiscard]] QList<JournalEntry> leftoverMeetings() const;
    void deleteLeftovers();

    [[nodiscard]] QString defaultConfigPath() const;
    // Secret to the keychain entry bound to the registration, then the config (without the secret)
    // to `path`.
    void save(const QString &path);
    // A copy for the FlexO server; the secret only when asked for explicitly.
    void exportConfig(const QString &path, bool includeSecret);

    // The keychain entry of the registration, for the values handed over to FlexO (FlexoHandover).
    [[nodiscard]] SecretKeeper *secretKeeper() const;
    // The setup left unfinished last time (never with its secret), if there is one to offer.
    [[nodiscard]] std::optional<SetupDraft> unfinishedSetup() const;
    // Puts the unfinished setup's values into the model.
    void resumeUnfinishedSetup();
    // Keeps what was entered so far for the next start, when it is worth it and not saved yet.
    void keepUnfinishedSetup();
    void discardUnfinishedSetup();

    // Stops whatever runs; what did not finish is reported as cancelled.
    void cancel();

signals:
    void taskChanged(flexo::SetupController::Task task);
    void checkStarted(flexo::CheckId id);
    void checkFinished(const flexo::CheckResult &result);
    void taskFinished(flexo::SetupController::Task task, bool ok);
    void signInUrlChanged(const QUrl &url);
    // The tenant's cloud as the global service describes it; `detection.isKnown()` false when it could
    // not be found out (then nothing should change).
    void cloudDetected(const flexo::TenantCloudDetection &detection);
    // The pasted address (or page text) cannot finish the waiting sign-in; it goes on waiting.
    void pastedAddressRefused(const flexo::Error &error);
    void leftoversChanged();
    void saveFinished(const flexo::Error &error);
    // `kept`: whether a sign-in is kept now; `error` null when the keychain did what was asked.
    void keepSignInFinished(const flexo::Error &error, bool kept);
    void exportFinished(const flexo::Error &error, const QString &path);

private:
    void setTask(Task task);
    void ensureRunner();
    void dropRunner();
    void runChecks(Task task, const QList<CheckId> &ids);
    void onRunFinished(const QList<CheckResult> &results);
    void startCloudDetection();
    // Removes the sign-in kept for another registration than the model's now.
    void forgetSignInOfOtherRegistration();
    [[nodiscard]] QDateTime now() const;

    SetupModel *m_model = nullptr;
    SetupServices m_services;
    DiagnosisService *m_diagnosis = nullptr;
    std::unique_ptr<CheckRunner> m_runner;
    Task m_task = Task::None;
    QUrl m_signInUrl;
    bool m_openBrowserForSignIn = true;
    TenantCloudDetector *m_cloudDetector = nullptr;
    QTimer m_cloudDetectionDelay;
    QString m_cloudDetectionTenant;
    SetupDraftFile m_draftFile;
    // The config whose registration holds the sign-in kept by this setup, if one is kept.
    std::optional<ConnectorConfig> m_keptFor;
};

} // namespace flexo
