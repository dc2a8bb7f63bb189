#pragma once

#include "ScriptedPrompt.h"

#include "ui/wizard/SetupWizard.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flexo {
class SecretStore;
namespace fake {
class BrowserSimulator;
class FakeCloud;
} // namespace fake
} // namespace flexo

// The real wizard wired to the in-process fake cloud: the browser opener hands the sign-in URL to a
// BrowserSimulator (an HTTP client that behaves like a browser), dialogs are answered by a script.
// Helpers drive the pages by object name, as an admin would with the keyboard and mouse.
class WizardHarness : public QObject
{
    Q_OBJECT

public:
    static const QString tenantDomain;
    static const QString tenantId;
    static const QString clientId;
    static const QString secret;
    static const QString flexoRedirectUri;
    static const QString lifecycleUrl;
    // The secret's expiry as the admin types it from the portal's Expires column.
    QString expiry = QStringLiteral("2027-06-30");

    // `store` is used as the keychain; the harness does not own it.
    explicit WizardHarness(flexo::SecretStore *store, QObject *parent = nullptr);
    ~WizardHarness() override;

    bool start(); // starts the fake cloud and shows the wizard on the Custom cloud pointing at it
    // Closes the wizard and starts a new one on the same files, as an admin reopening it would.
    bool restart();
    // Where the wizard keeps an unfinished setup.
    [[nodiscard]] QString draftFile() const { return path(QStringLiteral("unfinished-setup.json")); }

    [[nodiscard]] flexo::ui::SetupWizard *wizard() const { return m_wizard.get(); }
    [[nodiscard]] flexo::fake::FakeCloud *cloud() const { return m_cloud; }
    [[nodiscard]] flexo::fake::BrowserSimulator *browser() const { return m_browser; }
    ScriptedPrompt prompt;
    // When false, sign-in URLs are only recorded: the "person" never opens them.
    bool followSignInUrls = true;
    QList<QUrl> openedUrls;
    // What the simulated browser ended on, for the last sign-in URL.
    QUrl browserFinalUrl;
    QString browserPageText;
    int browserFinishedCount = 0;

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    template<typename T> T *find(const QString &name) const { return m_wizard->findChild<T *>(name); }
    void click(const QString &buttonName);
    void type(const QString &lineEditName, const QString &text);
    bool next();
    [[nodiscard]] bool nextEnabled() const;
    [[nodiscard]] int currentId() const;
    // FLEXO_UI_SHOTS=<folder>: a picture of the wizard as it is now, for visual review.
    void shot(const QString &name) const;

    // Page by page, the values of the default scenario.
    bool passWelcome();
    bool passCloudTenant();
    bool passRegisterApp();
    bool fillCredentials(const QString &secretValue);
    bool passCredentials();
    bool passFlexoAddresses();
    bool passSignIn();
    bool passMeetingTest();
    bool driveToSignIn();

private:
    bool showWizard();

    QTemporaryDir m_dir;
    QNetworkAccessManager *m_network = nullptr;
    flexo::SecretStore *m_store = nullptr;
    flexo::fake::FakeCloud *m_cloud = nullptr;
    flexo::fake::BrowserSimulator *m_browser = nullptr;
    std::unique_ptr<flexo::ui::SetupWizard> m_wizard;
};
