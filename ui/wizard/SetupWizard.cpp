#include "ui/wizard/SetupWizard.h"

#include "setup/SetupModel.h"
#include "ui/widgets/StatusIcons.h"
#include "ui/widgets/UserPrompt.h"
#include "ui/wizard/CloudTenantPage.h"
#include "ui/wizard/CredentialsPage.h"
#include "ui/wizard/FlexoAddressesPage.h"
#include "ui/wizard/MeetingTestPage.h"
#include "ui/wizard/RegisterAppPage.h"
#include "ui/wizard/SavePage.h"
#include "ui/wizard/SignInPage.h"
#include "ui/wizard/WelcomePage.h"

#include <QAbstractButton>

namespace flexo::ui {

SetupWizard::SetupWizard(SetupServices services, UserPrompt *prompt, QWidget *parent)
    : QWizard(parent)
    , m_model(new SetupModel(this))
    , m_prompt(prompt)
{
    initResources();
    m_controller = new SetupController(m_model, std::move(services), this);
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("FlexO Teams Setup"));
    setWindowIcon(appIcon());
    // The modern style has a header with title and subtitle on every platform, which the pages use.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 680);

    setPage(WelcomePageId, new WelcomePage(m_controller, m_prompt, this));
    setPage(CloudTenantPageId, new CloudTenantPage(m_model, m_controller, m_prompt, this));
    setPage(RegisterAppPageId, new RegisterAppPage(m_model, m_controller, this));
    setPage(CredentialsPageId, new CredentialsPage(m_model, m_controller, this));
    setPage(FlexoAddressesPageId, new FlexoAddressesPage(m_model, this));
    setPage(SignInPageId, new SignInPage(m_model, m_controller, this));
    setPage(MeetingTestPageId, new MeetingTestPage(m_model, m_controller, this));
    setPage(SavePageId, new SavePage(m_model, m_controller, m_prompt, this));
    setStartId(WelcomePageId);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    // Our own words, translated with the rest, rather than Qt's (whose translations may be missing).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::CancelButton)->setToolTip(tr("Stop what is running and close the wizard"));

    // What was entered is kept (never the secret) at every page and on closing, so that a closed
    // window or a crash does not lose it; saving the config removes it.
    connect(this, &QWizard::currentIdChanged, m_controller, &SetupController::keepUnfinishedSetup);

    auto *welcome = static_cast<WelcomePage *>(page(WelcomePageId));
    connect(welcome, &WelcomePage::openConfigRequested, this, &SetupWizard::openConfigRequested);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::presetCustomCloud(const QUrl &base)
{
    static_cast<CloudTenantPage *>(page(CloudTenantPageId))->presetCustomCloud(base);
    m_model->clearUnsavedChanges();
}

void SetupWizard::reject()
{
    // Close, Escape and the window's close button all come here. A running step is stopped first;
    // unsaved work is worth one question, asked once.
    if (m_asking)
        return;
    if (m_closeConfirmed || !m_model->hasUnsavedChanges() || !m_prompt) {
        m_controller->cancel();
        m_controller->keepUnfinishedSetup();
        QWizard::reject();
        return;
    }
    m_asking = true;
    m_prompt->ask(this, tr("Close without saving?"),
                  tr("The connector config has not been saved. If you close now, the results of the "
                     "checks are lost; what you entered, except the client secret, is offered again "
                     "the next time the wizard starts."),
                  tr("Close without saving"), tr("Keep working"), [this](bool close) {
                      m_asking = false;
                      if (!close)
                          return;
                      m_closeConfirmed = true;
                      m_controller->cancel();
                      m_controller->keepUnfinishedSetup();
                      QWizard::reject();
                  });
}

} // namespace flexo::ui
