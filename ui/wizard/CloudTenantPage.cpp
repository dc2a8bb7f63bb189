#include "ui/wizard/CloudTenantPage.h"

#include "cloud/CloudCatalog.h"
#include "config/ConfigRules.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui/widgets/UserPrompt.h"
#include "ui_CloudTenantPage.h"

#include <QTimer>

namespace flexo::ui {

CloudTenantPage::CloudTenantPage(SetupModel *model, SetupController *controller, UserPrompt *prompt,
                                 QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CloudTenantPage>())
    , m_model(model)
    , m_controller(controller)
    , m_prompt(prompt)
{
    m_ui->setupUi(this);
    auto *cloud = m_ui->cloudComboBox;
    for (const CloudInfo &info : CloudCatalog::all())
        cloud->addItem(info.choiceLabel, int(info.cloud));

    connect(cloud, &QComboBox::currentIndexChanged, this, &CloudTenantPage::cloudChanged);
    connect(m_ui->loginBaseLineEdit, &QLineEdit::textEdited, this, &CloudTenantPage::customBasesEdited);
    connect(m_ui->graphBaseLineEdit, &QLineEdit::textEdited, this, &CloudTenantPage::customBasesEdited);
    connect(m_ui->tenantLineEdit, &QLineEdit::textEdited, this, &CloudTenantPage::tenantEdited);
    connect(m_ui->tenantLineEdit, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field starts discovery, unless it already ran for this value.
        if (m_tenantOk && !m_running && !m_model->hasResult(CheckId::Discovery))
            startDiscovery();
    });
    connect(m_ui->checkTenantButton, &QPushButton::clicked, this, &CloudTenantPage::startDiscovery);
    connect(m_ui->cancelDiscoveryButton, &QPushButton::clicked, m_controller, &SetupController::cancel);
    connect(m_ui->networkSettingsButton, &QToolButton::toggled, this, &CloudTenantPage::showNetworkSettings);
    connect(m_ui->proxyLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setProxy(text.trimmed()); });
    connect(m_ui->caBundleLineEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setCaBundle(text.trimmed()); });
    connect(m_ui->browseCaBundleButton, &QPushButton::clicked, this, &CloudTenantPage::chooseCaBundle);
    connect(m_controller, &SetupController::checkFinished, this, [this](const CheckResult &result) {
        if (result.id == CheckId::Discovery && m_running)
            discoveryFinished(result);
    });
    connect(m_controller, &SetupController::taskFinished, this, [this](SetupController::Task task, bool) {
        if (task != SetupController::Task::Discovery || !m_running)
            return;
        // Cancelled, or ended without a discovery result.
        m_running = false;
        m_advanceWhenDone = false;
        if (!m_model->hasResult(CheckId::Discovery))
            m_ui->tenantMessage->showMessage(Severity::Info, tr("The tenant check was cancelled."), {},
                                             tr("Press Check tenant to try again."));
        updateState();
    });
    connect(m_controller, &SetupController::cloudDetected, this, &CloudTenantPage::cloudDetected);
    connect(m_model, &SetupModel::resultsInvalidated, this,
            [this] { m_ui->tenantIdValueLineEdit->setText(m_model->config().tenantId); });

    showNetworkSettings(false);
    cloudChanged();
}

CloudTenantPage::~CloudTenantPage() = default;

void CloudTenantPage::presetCustomCloud(const QUrl &base)
{
    m_ui->cloudComboBox->setCurrentIndex(m_ui->cloudComboBox->findData(int(Cloud::Custom)));
    m_ui->loginBaseLineEdit->setText(base.toString());
    m_ui->graphBaseLineEdit->setText(base.toString());
    customBasesEdited();
}

void CloudTenantPage::initializePage()
{
    const ConnectorConfig &config = m_model->config();
    // A resumed setup brings values the fields do not show yet.
    if (currentCloud() != config.cloud)
        selectCloud(config.cloud);
    if (config.cloud == Cloud::Custom &&
        (m_ui->loginBaseLineEdit->text() != config.customLoginBase.toString() ||
         m_ui->graphBaseLineEdit->text() != config.customGraphBase.toString())) {
        m_ui->loginBaseLineEdit->setText(config.customLoginBase.toString());
        m_ui->graphBaseLineEdit->setText(config.customGraphBase.toString());
        customBasesEdited();
    }
    if (m_ui->proxyLineEdit->text() != config.proxy)
        m_ui->proxyLineEdit->setText(config.proxy);
    if (m_ui->caBundleLineEdit->text() != config.caBundle)
        m_ui->caBundleLineEdit->setText(config.caBundle);
    if (m_ui->tenantLineEdit->text() != m_model->tenantInput()) {
        m_ui->tenantLineEdit->setText(m_model->tenantInput());
        tenantEdited();
    }
    m_ui->tenantIdValueLineEdit->setText(config.tenantId);
    // The tenant is what the admin types first (its cloud is then found from it). QWizard gives the
    // focus to the page's first widget, the cloud list, after this returns: take it back once shown.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            m_ui->tenantLineEdit->setFocus(Qt::OtherFocusReason);
    });
    updateState();
}

bool CloudTenantPage::shapesOk() const
{
    const auto cloud = Cloud(m_ui->cloudComboBox->currentData().toInt());
    return m_tenantOk && (cloud != Cloud::Custom || m_basesOk) &&
           m_controller->onlineMeetingsAvailable(cloud);
}

bool CloudTenantPage::isComplete() const
{
    // Next stays enabled while discovery runs: pressing it then means "move on when it passes".
    return shapesOk();
}

bool CloudTenantPage::validatePage()
{
    if (m_model->passed(CheckId::Discovery) && !m_running)
        return true;
    // Next checks the tenant first and moves on by itself when it exists.
    m_advanceWhenDone = true;
    startDiscovery();
    return false;
}

Cloud CloudTenantPage::currentCloud() const
{
    return Cloud(m_ui->cloudComboBox->currentData().toInt());
}

void CloudTenantPage::selectCloud(Cloud cloud)
{
    m_selectingCloud = true;
    m_ui->cloudComboBox->setCurrentIndex(m_ui->cloudComboBox->findData(int(cloud)));
    m_selectingCloud = false;
}

void CloudTenantPage::cloudChanged()
{
    const Cloud cloud = currentCloud();
    const bool custom = cloud == Cloud::Custom;
    if (!m_selectingCloud) {
        // The admin's own choice: a later answer for the same tenant must not undo it.
        m_pickedAfterDetection = !m_detectedTenant.isEmpty();
        m_ui->cloudDetectionMessage->clear();
        if (custom)
            m_controller->cancelCloudDetection();
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->loginBaseLabel), static_cast<QWidget *>(m_ui->loginBaseLineEdit),
          static_cast<QWidget *>(m_ui->graphBaseLabel), static_cast<QWidget *>(m_ui->graphBaseLineEdit)})
        w->setVisible(custom);
    m_model->setCloud(cloud);
    if (!m_controller->onlineMeetingsAvailable(cloud)) {
        m_ui->cloudMessage->showMessage(
            Severity::Error, tr("Teams online meetings are not available in this cloud."),
            tr("Microsoft Graph does not offer online meetings in Microsoft 365 operated by 21Vianet, so "
               "FlexO cannot create Teams meetings there."),
            tr("If your organisation also has a tenant in another cloud, choose that cloud. Otherwise the "
               "FlexO Teams connector cannot be used."));
    } else if (custom) {
        customBasesEdited();
    } else {
        m_ui->cloudMessage->clear();
    }
    updateState();
}

void CloudTenantPage::customBasesEdited()
{
    if (Cloud(m_ui->cloudComboBox->currentData().toInt()) != Cloud::Custom)
        return;
    const QString login = m_ui->loginBaseLineEdit->text().trimmed();
    const QString graph = m_ui->graphBaseLineEdit->text().trimmed();
    const RuleResult loginRule = rules::checkCustomBaseUrl(login);
    const RuleResult graphRule = rules::checkCustomBaseUrl(graph);
    m_basesOk = !loginRule.isError() && !graphRule.isError();
    const RuleResult &shown = loginRule.isError() || graph.isEmpty() ? loginRule : graphRule;
    m_ui->cloudMessage->showRule(shown);
    m_model->setCustomBases(QUrl(login), QUrl(graph));
    updateState();
}

void CloudTenantPage::tenantEdited()
{
    const QString tenant = rules::normalizeIdentifier(m_ui->tenantLineEdit->text());
    const RuleResult rule = rules::checkTenant(tenant);
    m_tenantOk = !rule.isError();
    m_model->setTenantInput(tenant);
    m_ui->tenantIdValueLineEdit->setText(m_model->config().tenantId);
    // Empty is not an error worth a red message while the admin has not typed anything.
    if (tenant.isEmpty())
        m_ui->tenantMessage->clear();
    else
        m_ui->tenantMessage->showRule(rule);
    if (tenant != m_detectedTenant)
        m_ui->cloudDetectionMessage->clear();
    // A custom cloud is whatever its addresses say: Microsoft's global service has nothing to tell.
    if (currentCloud() == Cloud::Custom)
        m_controller->cancelCloudDetection();
    else
        m_controller->detectCloud(tenant);
    updateState();
}

void CloudTenantPage::cloudDetected(const TenantCloudDetection &detection)
{
    const QString tenant = rules::normalizeIdentifier(m_ui->tenantLineEdit->text());
    // An answer for other text, or that tells nothing, changes nothing; neither is worth a word.
    if (detection.tenant != tenant || !detection.isKnown() || currentCloud() == Cloud::Custom || m_running)
        return;
    const Cloud chosen = currentCloud();
    if (detection.tenant == m_detectedTenant && m_pickedAfterDetection && chosen != detection.cloud)
        return; // chosen by hand after the answer for this very tenant
    const bool changed = chosen != detection.cloud;
    m_detectedTenant = detection.tenant;
    m_pickedAfterDetection = false;
    if (changed)
        selectCloud(detection.cloud);
    const CloudInfo info = CloudCatalog::info(detection.cloud);
    QString where;
    switch (detection.cloud) {
    case Cloud::UsGovHigh:
        where = tr("GCC High (Azure Government)");
        break;
    case Cloud::UsGovDod:
        where = tr("DoD (Azure Government)");
        break;
    case Cloud::Global:
        where = detection.fields.isGccModerate() ? tr("US Government GCC, which uses the global cloud")
                                                 : tr("the global cloud");
        break;
    case Cloud::China:
    case Cloud::Custom:
        where = info.displayName;
        break;
    }
    if (changed) {
        m_ui->cloudDetectionMessage->showMessage(
            Severity::Info, tr("This tenant is in %1; %2 was selected.").arg(where, info.choiceLabel));
    } else if (detection.cloud != Cloud::Global || detection.fields.isGccModerate()) {
        m_ui->cloudDetectionMessage->showMessage(Severity::Success,
                                                 tr("This tenant is in %1, as selected.").arg(where));
    } else {
        m_ui->cloudDetectionMessage->clear();
    }
}

void CloudTenantPage::startDiscovery()
{
    if (!shapesOk() || m_running)
        return;
    m_running = true;
    m_ui->tenantMessage->showMessage(Severity::Busy, tr("Asking Microsoft about this tenant…"));
    updateState();
    m_controller->runDiscovery();
}

void CloudTenantPage::discoveryFinished(const CheckResult &result)
{
    m_running = false;
    m_ui->tenantMessage->showCheck(result);
    m_ui->tenantIdValueLineEdit->setText(m_model->config().tenantId);
    const bool ok = result.status == CheckStatus::Passed || result.status == CheckStatus::Warning;
    // A certificate problem is usually a TLS-inspecting proxy: show where its CA file goes. The net
    // module's stable code (net.tls, net.tls-untrusted, ...) decides, never the translated wording.
    const QString code = result.facts.value(QStringLiteral("errorCode")).toString();
    if (!ok && (code == QLatin1String("net.tls") || code.startsWith(QLatin1String("net.tls-"))))
        m_ui->networkSettingsButton->setChecked(true);
    updateState();
    if (ok && m_advanceWhenDone) {
        m_advanceWhenDone = false;
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
    }
    m_advanceWhenDone = false;
}

void CloudTenantPage::showNetworkSettings(bool show)
{
    m_ui->networkGroupBox->setVisible(show);
    m_ui->networkSettingsButton->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
    if (show)
        m_ui->caBundleLineEdit->setText(m_model->config().caBundle);
}

void CloudTenantPage::chooseCaBundle()
{
    if (!m_prompt)
        return;
    m_prompt->chooseOpenFile(this, tr("Choose the CA file of your proxy"), QString(),
                             tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
                             [this](const QString &path) {
                                 if (path.isEmpty())
                                     return;
                                 m_ui->caBundleLineEdit->setText(path);
                                 m_model->setCaBundle(path);
                             });
}

void CloudTenantPage::updateState()
{
    m_ui->checkTenantButton->setEnabled(shapesOk() && !m_running);
    m_ui->cancelDiscoveryButton->setEnabled(m_running);
    m_ui->cloudComboBox->setEnabled(!m_running);
    emit completeChanged();
}

} // namespace flexo::ui
