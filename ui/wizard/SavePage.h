#pragma once

#include "common/Error.h"

#include <QWizardPage>

#include <memory>

class QGroupBox;
class QPushButton;

namespace Ui {
class SavePage;
}

namespace flexo {
class FlexoHandover;
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

class HandoverView;
class UserPrompt;

// A summary of every value (the secret masked) and every check; saves the secret to the keychain
// and the config to a file; exports a copy for the FlexO server, with the secret only on request; then
// lists the values for FlexO's Teams integration form, each with a Copy button.
class SavePage : public QWizardPage
{
    Q_OBJECT

public:
    SavePage(SetupModel *model, SetupController *controller, UserPrompt *prompt, QWidget *parent = nullptr);
    ~SavePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void fillSummary();
    void chooseSavePath();
    [[nodiscard]] QString configFilter() const;
    void save();
    void saveFinished(const Error &error);
    void exportConfig(bool includeSecret);
    void exportFinished(const Error &error, const QString &path);
    void updateState();
    // The values for FlexO's form, once the config is saved (or exported with its secret).
    void showHandover();

    std::unique_ptr<Ui::SavePage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    UserPrompt *m_prompt = nullptr;
    QPushButton *m_exportInsteadButton = nullptr;
    QGroupBox *m_handoverBox = nullptr;
    FlexoHandover *m_handover = nullptr;
    HandoverView *m_handoverView = nullptr;
    bool m_busy = false;
    bool m_exportedWithSecret = false;
};

} // namespace flexo::ui
