#pragma once

#include "checks/CheckResult.h"
#include "cloud/TenantCloudDetector.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CloudTenantPage;
}

namespace flexo {
class SetupController;
class SetupModel;
} // namespace flexo

namespace flexo::ui {

class UserPrompt;

// The cloud and the tenant: shape checked as typed, then discovery when the field is left or Next
// is pressed; shows the tenant ID that discovery resolved. While the tenant is typed, its cloud is
// looked up (SetupController::detectCloud) and chosen, saying so, unless the admin chose another cloud
// by hand after that for the same tenant.
class CloudTenantPage : public QWizardPage
{
    Q_OBJECT

public:
    CloudTenantPage(SetupModel *model, SetupController *controller, UserPrompt *prompt,
                    QWidget *parent = nullptr);
    ~CloudTenantPage() override;

    void presetCustomCloud(const QUrl &base);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void cloudChanged();
    void customBasesEdited();
    void tenantEdited();
    void cloudDetected(const TenantCloudDetection &detection);
    void selectCloud(Cloud cloud);
    [[nodiscard]] Cloud currentCloud() const;
    void startDiscovery();
    void discoveryFinished(const CheckResult &result);
    void showNetworkSettings(bool show);
    void chooseCaBundle();
    void updateState();
    [[nodiscard]] bool shapesOk() const;

    std::unique_ptr<Ui::CloudTenantPage> m_ui;
    SetupModel *m_model = nullptr;
    SetupController *m_controller = nullptr;
    UserPrompt *m_prompt = nullptr;
    bool m_tenantOk = false;
    bool m_basesOk = true;
    bool m_running = false;
    bool m_advanceWhenDone = false;
    bool m_selectingCloud = false; // the cloud is changed by the page, not by the admin
    QString m_detectedTenant;      // the tenant whose detected cloud was last applied
    bool m_pickedAfterDetection = false;
};

} // namespace flexo::ui
