#pragma once

#include <QList>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace Ui {
class RegisterAppPage;
}

namespace flexo {
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

class CopyField;

// The portal steps as a checklist, with every value to paste and a Copy button beside it. An app
// registered before skips the checklist with one button.
class RegisterAppPage : public QWizardPage
{
    Q_OBJECT

public:
    RegisterAppPage(SetupModel *model, SetupController *controller, QWidget *parent = nullptr);
    ~RegisterAppPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    struct Step
    {
        QCheckBox *checkBox = nullptr;
        QLabel *details = nullptr;
        QVBoxLayout *values = nullptr;
    };

    Step addStep(const QString &objectName, const QString &title, const QString &details);
    CopyField *addValue(const Step &step, const QString &objectName, const QString &label,
                        const QString &value);
    void fillRedirectUris();
    [[nodiscard]] bool allStepsTicked() const;
    void updateProgress();

    std::unique_ptr<Ui::RegisterAppPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    QList<Step> m_steps;
    Step m_redirectStep;
    QList<QWidget *> m_redirectRows;
    Step m_consentStep;
    bool m_registeredBefore = false; // "already registered" pressed, or resumed so
};

} // namespace flexo::ui
