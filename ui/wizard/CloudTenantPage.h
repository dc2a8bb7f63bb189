#pragma once

#include "checks/CheckResult.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CloudTenantPage;
}

namespace flexo::ui {

class SetupController;
class SetupModel;

// The cloud and the tenant: shape checked as typed, then discovery when the field is left or Next
// is pressed; shows the tenant ID that discovery resolved.
class CloudTenantPage : public QWizardPage
{
    Q_OBJECT

public:
    CloudTenantPage(SetupModel *model, SetupController *controller, QWidget *parent = nullptr);
    ~CloudTenantPage() override;

    void presetCustomCloud(const QUrl &base);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void cloudChanged();
    void customBasesEdited();
    void tenantEdited();
    void startDiscovery();
    void discoveryFinished(const CheckResult &result);
    void showNetworkSettings(bool show);
    void chooseCaBundle();
    void updateState();
    [[nodiscard]] bool shapesOk() const;

    std::unique_ptr<Ui::CloudTenantPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    bool m_tenantOk = false;
    bool m_basesOk = true;
    bool m_running = false;
    bool m_advanceWhenDone = false;
};

} // namespace flexo::ui
