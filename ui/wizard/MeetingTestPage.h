#pragma once

#include "checks/CheckResult.h"

#include <QWizardPage>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class MeetingTestPage;
}

namespace flexo {
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

// Creates and deletes the probe meeting, step by step with status and timing; offers to delete a
// probe meeting an earlier run left behind.
class MeetingTestPage : public QWizardPage
{
    Q_OBJECT

public:
    MeetingTestPage(SetupModel *model, SetupController *controller, QWidget *parent = nullptr);
    ~MeetingTestPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void run();
    void showStep(const CheckResult &result);
    void updateLeftovers();
    void showLeftoversToRemoveByHand();
    void updateState();
    [[nodiscard]] QTreeWidgetItem *itemFor(CheckId id) const;

    std::unique_ptr<Ui::MeetingTestPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    bool m_running = false;
    bool m_deleting = false;
    bool m_removeByHand = false; // a delete failed: list what is left for removal by hand
};

} // namespace flexo::ui
