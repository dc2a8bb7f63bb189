#pragma once

#include "checks/CheckResult.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SignInPage;
}

namespace flexo {
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

// The test sign-in: browser, copyable link, pasted address, live status with Cancel; the account,
// tenant, permissions and refresh on success; cause, fix and the one thing to copy on failure, from
// the result's remedy.
class SignInPage : public QWizardPage
{
    Q_OBJECT

public:
    SignInPage(SetupModel *model, SetupController *controller, QWidget *parent = nullptr);
    ~SignInPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void signIn();
    void copyLink();
    void usePastedAddress();
    void checkStarted(CheckId id);
    void checkFinished(const CheckResult &result);
    void showSignInFailure(const CheckResult &result);
    void showRemedy(const Remedy &remedy);
    void showSignedIn(const CheckResult &result);
    void setRunning(bool running);
    void resetResultArea();
    // The "keep this sign-in" offer, once the sign-in can be renewed.
    void offerToKeepSignIn();

    std::unique_ptr<Ui::SignInPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    bool m_running = false;
    bool m_copyWhenReady = false;
    bool m_cancelRequested = false;
};

} // namespace flexo::ui
