#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace flexo {
class SetupController;
} // namespace flexo

namespace flexo::ui {

class UserPrompt;

// What the admin needs before starting, the choice between a new setup and checking an existing
// config, and the offer to resume a setup left unfinished.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(SetupController *controller, UserPrompt *prompt, QWidget *parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

signals:
    void openConfigRequested(const QString &path);

private:
    void chooseConfig();
    void updateLeftovers();
    void updateResumeOffer();
    void resume();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    SetupController *m_controller = nullptr;
    UserPrompt *m_prompt = nullptr;
};

} // namespace flexo::ui
