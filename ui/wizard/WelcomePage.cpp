#include "ui/wizard/WelcomePage.h"

#include "setup/SetupController.h"
#include "ui/widgets/UserPrompt.h"
#include "ui_WelcomePage.h"

#include <QFileInfo>
#include <QLocale>
#include <QWizard>

namespace flexo::ui {

WelcomePage::WelcomePage(SetupController *controller, UserPrompt *prompt, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_controller(controller)
    , m_prompt(prompt)
{
    m_ui->setupUi(this);
    m_ui->newSetupRadioButton->setAccessibleName(tr("Set up a new connection"));
    m_ui->checkConfigRadioButton->setAccessibleName(tr("Check an existing connector config"));
    m_ui->openConfigButton->setAccessibleName(tr("Open a config file to check"));
    connect(m_ui->checkConfigRadioButton, &QRadioButton::toggled, this, [this](bool checked) {
        m_ui->openConfigButton->setEnabled(checked);
        emit completeChanged();
    });
    connect(m_ui->openConfigButton, &QPushButton::clicked, this, &WelcomePage::chooseConfig);
    connect(m_controller, &SetupController::leftoversChanged, this, &WelcomePage::updateLeftovers);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &WelcomePage::resume);
    connect(m_ui->startOverButton, &QPushButton::clicked, this, [this] {
        m_controller->discardUnfinishedSetup();
        m_ui->resumeGroupBox->hide();
        m_ui->newSetupRadioButton->setFocus();
    });
    m_ui->resumeGroupBox->hide();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::initializePage()
{
    updateLeftovers();
    updateResumeOffer();
}

void WelcomePage::updateResumeOffer()
{
    const std::optional<SetupDraft> draft = m_controller->unfinishedSetup();
    m_ui->resumeGroupBox->setVisible(draft.has_value());
    if (!draft)
        return;
    const QString tenant = draft->tenantInput.isEmpty() ? tr("your organisation") : draft->tenantInput;
    const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    // "&" in a tenant would be read as a shortcut marker.
    QString escapedTenant = tenant;
    escapedTenant.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_ui->resumeButton->setText(tr("&Resume the setup for %1 from %2").arg(escapedTenant, when));
    m_ui->resumeButton->setAccessibleName(tr("Resume the setup for %1 from %2").arg(tenant, when));
}

void WelcomePage::resume()
{
    m_controller->resumeUnfinishedSetup();
    m_ui->resumeGroupBox->hide();
    m_ui->newSetupRadioButton->setChecked(true);
    if (wizard())
        wizard()->next();
}

bool WelcomePage::isComplete() const
{
    return m_ui->newSetupRadioButton->isChecked();
}

void WelcomePage::chooseConfig()
{
    if (!m_prompt)
        return;
    const QString folder = QFileInfo(m_controller->defaultConfigPath()).absolutePath();
    m_prompt->chooseOpenFile(this, tr("Open a connector config"), folder,
                             tr("Connector configs (*.json);;All files (*)"), [this](const QString &path) {
                                 if (!path.isEmpty())
                                     emit openConfigRequested(path);
                             });
}

void WelcomePage::updateLeftovers()
{
    const int count = m_controller->leftoverMeetingCount();
    if (count == 0) {
        m_ui->leftoverMessage->clear();
        return;
    }
    m_ui->leftoverMessage->showMessage(
        Severity::Warning, tr("A test meeting from an earlier run may still exist."),
        tr("The wizard was interrupted after creating its \"FlexO connection test\" meeting, before it "
           "could delete it."),
        tr("Go on with the setup: after the test sign-in, the Teams meeting test page offers to delete "
           "it."));
}

} // namespace flexo::ui
