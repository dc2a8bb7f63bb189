#pragma once

#include "checks/CheckResult.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flexo {
class CheckRunner;
class SecretStore;
} // namespace flexo

namespace flexo::ui {

class SetupModel;
class UserPrompt;

// What the wizard needs from the outside world; tests pass their own.
struct SetupServices
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secretStore = nullptr;
    // Opens a URL for the admin: the sign-in page and the portal (QDesktopServices in production).
    std::function<bool(const QUrl &)> openBrowser;
    UserPrompt *prompt = nullptr;
    std::function<QDateTime()> clock; // UTC; the system clock when empty
    QString journalFile;              // probe-meeting cleanup journal; the default location when empty
};

// The one place where the wizard's pages reach the engine: it runs the checks, the sign-in, the
// meeting probe, the keychain and the config file for them, without blocking, and reports through
// signals. Pages never do network, keychain or file I/O themselves.
class SetupController : public QObject
{
    Q_OBJECT

public:
    enum class Task { None, Discovery, Verify, SignIn, MeetingTest, DeleteLeftover, Save, Export };
    Q_ENUM(Task)

    SetupController(SetupModel *model, SetupServices services, QObject *parent = nullptr);
    ~SetupController() override;

    [[nodiscard]] const SetupServices &services() const { return m_services; }
    [[nodiscard]] UserPrompt *prompt() const { return m_services.prompt; }
    [[nodiscard]] Task task() const { return m_task; }
    [[nodiscard]] bool isBusy() const { return m_task != Task::None; }
    [[nodiscard]] QDate today() const;

    // The cloud catalog, for the pages.
    [[nodiscard]] QUrl portalUrl() const;
    [[nodiscard]] bool onlineMeetingsAvailable(Cloud cloud) const;
    void openUrl(const QUrl &url);

    void runDiscovery();
    void verifyCredentials();

    // The test sign-in: opens the browser; the authorize URL can be copied and the address the
    // browser ended on can be pasted instead of waiting for the loopback answer.
    void startSignIn(bool openBrowser = true);
    [[nodiscard]] QUrl signInUrl() const { return m_signInUrl; }
    void submitPastedAddress(const QString &address);

    void runMeetingTest();
    // Probe meetings an earlier run may have left behind (from the cleanup journal).
    [[nodiscard]] int leftoverMeetingCount() const;
    [[nodiscard]] QList<QPair<QString, QUrl>> leftoverMeetings() const; // id and join link
    void deleteLeftovers();

    [[nodiscard]] QString defaultConfigPath() const;
    // Secret to the keychain, then the config (without the secret) to `path`.
    void save(const QString &path);
    // A copy for the FlexO server; the secret only when asked for explicitly.
    void exportConfig(const QString &path, bool includeSecret);

    // Stops whatever runs; what did not finish is reported as cancelled.
    void cancel();

signals:
    void taskChanged(flexo::ui::SetupController::Task task);
    void checkStarted(flexo::CheckId id);
    void checkFinished(const flexo::CheckResult &result);
    void taskFinished(flexo::ui::SetupController::Task task, bool ok);
    void signInUrlChanged(const QUrl &url);
    // The pasted address (or page text) cannot finish the waiting sign-in; it goes on waiting.
    void pastedAddressRefused(const flexo::Error &error);
    void leftoversChanged();
    void saveFinished(const flexo::Error &error);
    void exportFinished(const flexo::Error &error, const QString &path);

private:
    void setTask(Task task);
    void ensureRunner();
    void dropRunner();
    void runChecks(Task task, const QList<CheckId> &ids);
    void onRunFinished(const QList<CheckResult> &results);

    SetupModel *m_model = nullptr;
    SetupServices m_services;
    std::unique_ptr<CheckRunner> m_runner;
    Task m_task = Task::None;
    QUrl m_signInUrl;
    bool m_openBrowserForSignIn = true;
};

} // namespace flexo::ui
