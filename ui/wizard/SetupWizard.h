#pragma once

#include "setup/SetupController.h"

#include <QWizard>

namespace flexo {
class SetupModel;
} // namespace flexo

namespace flexo::ui {

class UserPrompt;

// The setup wizard: routes between the pages, owns the shared model and the controller, and asks
// once before closing with unsaved work.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        CloudTenantPageId,
        RegisterAppPageId,
        CredentialsPageId,
        FlexoAddressesPageId,
        SignInPageId,
        MeetingTestPageId,
        SavePageId,
    };

    // `prompt` asks the admin (dialogs); it must outlive the wizard.
    SetupWizard(SetupServices services, UserPrompt *prompt, QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] SetupModel *model() const { return m_model; }
    [[nodiscard]] SetupController *controller() const { return m_controller; }
    [[nodiscard]] UserPrompt *prompt() const { return m_prompt; }

    // Starts on the Custom cloud with both base URLs set to `base` (the sandbox demo).
    void presetCustomCloud(const QUrl &base);

signals:
    // The admin chose to check an existing config instead of setting up a new one.
    void openConfigRequested(const QString &path);

public slots:
    void reject() override;

private:
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    UserPrompt *m_prompt = nullptr;
    bool m_asking = false;
    bool m_closeConfirmed = false;
};

} // namespace flexo::ui
