#pragma once

#include "checks/CheckResult.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace flexo {
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

// Client ID, secret and its expiry, checked as typed; Verify proves them with Microsoft.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    CredentialsPage(SetupModel *model, SetupController *controller, QWidget *parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void clientIdEdited();
    void secretEdited();
    void expiryEdited();
    void pickExpiryDate();
    void verify();
    void verifyFinished(const CheckResult &result);
    void updateState();
    [[nodiscard]] bool shapesOk() const;

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    bool m_clientIdOk = false;
    bool m_secretOk = false;
    bool m_expiryOk = false; // a date was entered, or "I don't know" ticked
    bool m_running = false;
    bool m_advanceWhenDone = false;
};

} // namespace flexo::ui
