#include "ui/wizard/SignInPage.h"

#include "cloud/CloudCatalog.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui_SignInPage.h"

#include <QApplication>
#include <QClipboard>

namespace flexo::ui {

SignInPage::SignInPage(SetupModel *model, SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
    , m_model(model)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->signInButton->setAccessibleName(tr("Sign in in the browser"));
    m_ui->copySignInLinkButton->setAccessibleName(tr("Copy the sign-in link"));
    m_ui->cancelSignInButton->setAccessibleName(tr("Cancel the sign-in"));
    m_ui->pasteAddressButton->setAccessibleName(tr("Use the pasted address"));
    m_ui->copyReadyTextButton->setAccessibleName(tr("Copy the message for your administrator"));
    m_ui->actionCopyField->setAccessibleLabel(tr("Value to copy"));
    m_ui->keepSignInCheckBox->setAccessibleName(tr("Keep this sign-in to check the connector every day"));
    connect(m_ui->keepSignInCheckBox, &QCheckBox::toggled, m_controller, &SetupController::setKeepSignIn);
    // The box shows what the keychain holds: after a failure, and after the controller removed a
    // sign-in kept for a registration that has since changed.
    connect(m_controller, &SetupController::keepSignInFinished, this, [this](const Error &error, bool kept) {
        if (error)
            m_ui->signInMessage->showError(error, Severity::Warning);
        const QSignalBlocker blocker(m_ui->keepSignInCheckBox);
        m_ui->keepSignInCheckBox->setChecked(kept);
    });
    m_ui->readyTextEdit->setMinimumHeight(m_ui->readyTextEdit->fontMetrics().lineSpacing() * 6);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_ui->copySignInLinkButton, &QPushButton::clicked, this, &SignInPage::copyLink);
    connect(m_ui->cancelSignInButton, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_controller->cancel();
    });
    connect(m_ui->pasteAddressButton, &QPushButton::clicked, this, &SignInPage::usePastedAddress);
    connect(m_ui->pastedAddressLineEdit, &QLineEdit::returnPressed, this, &SignInPage::usePastedAddress);
    connect(m_ui->pastedAddressLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->pasteAddressButton->setEnabled(m_running && !text.trimmed().isEmpty());
    });
    connect(m_ui->copyReadyTextButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->readyTextEdit->toPlainText()); });
    connect(m_controller, &SetupController::checkStarted, this, &SignInPage::checkStarted);
    connect(m_controller, &SetupController::checkFinished, this, &SignInPage::checkFinished);
    connect(m_controller, &SetupController::pastedAddressRefused, this,
            [this](const Error &error) { m_ui->signInMessage->showError(error, Severity::Warning); });
    connect(m_controller, &SetupController::signInUrlChanged, this, [this](const QUrl &url) {
        m_ui->copySignInLinkButton->setEnabled(url.isValid());
        if (m_copyWhenReady && url.isValid()) {
            m_copyWhenReady = false;
            QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
            m_ui->signInStatusLabel->setText(
                tr("The sign-in link is on the clipboard. Open it in the browser where you are signed in as "
                   "the right account; this wizard waits for the answer."));
        }
    });
    connect(m_controller, &SetupController::taskFinished, this, [this](SetupController::Task task, bool) {
        if (task != SetupController::Task::SignIn || !m_running)
            return;
        setRunning(false);
        if (m_cancelRequested || !m_model->hasResult(CheckId::SignIn)) {
            m_ui->signInStatusLabel->setText(tr("The sign-in was cancelled."));
            m_ui->signInButton->setText(tr("&Try again"));
        }
    });
    resetResultArea();
    setRunning(false);
}

SignInPage::~SignInPage() = default;

void SignInPage::initializePage()
{
    if (m_model->passed(CheckId::SignIn)) {
        showSignedIn(m_model->result(CheckId::SignIn));
    } else if (!m_running) {
        resetResultArea();
        m_ui->signInStatusLabel->clear();
        m_ui->signInButton->setText(tr("&Sign in in browser"));
    }
    m_ui->signInButton->setFocus();
}

bool SignInPage::isComplete() const
{
    return !m_running && m_model->passed(CheckId::SignIn);
}

void SignInPage::signIn()
{
    if (m_running)
        return;
    resetResultArea();
    m_cancelRequested = false;
    setRunning(true);
    m_ui->signInStatusLabel->setText(tr("Opening the sign-in page in your browser…"));
    m_controller->startSignIn(true);
}

void SignInPage::copyLink()
{
    if (m_running && m_controller->signInUrl().isValid()) {
        QApplication::clipboard()->setText(m_controller->signInUrl().toString(QUrl::FullyEncoded));
        m_ui->signInStatusLabel->setText(tr("The sign-in link is on the clipboard. This wizard waits for the "
                                            "answer."));
        return;
    }
    // No attempt yet: start one without a browser and copy its link as soon as it exists.
    resetResultArea();
    m_cancelRequested = false;
    m_copyWhenReady = true;
    setRunning(true);
    m_controller->startSignIn(false);
}

void SignInPage::usePastedAddress()
{
    const QString text = m_ui->pastedAddressLineEdit->text().trimmed();
    if (text.isEmpty() || !m_running)
        return;
    m_controller->submitPastedAddress(text);
}

void SignInPage::checkStarted(CheckId id)
{
    if (!m_running)
        return;
    if (id == CheckId::SignIn)
        m_ui->signInStatusLabel->setText(tr(
            "Waiting for you to sign in in the browser and accept the permissions. If the browser shows an "
            "error or never comes back, paste its address below, or press Cancel sign-in."));
    else if (id == CheckId::Refresh)
        m_ui->signInStatusLabel->setText(tr("Signed in. Checking that the sign-in can be renewed…"));
    else if (id == CheckId::Discovery || id == CheckId::AppCredentials)
        m_ui->signInStatusLabel->setText(tr("Checking the tenant and the app before the sign-in…"));
}

void SignInPage::checkFinished(const CheckResult &result)
{
    if (!m_running)
        return;
    if (result.id == CheckId::SignIn) {
        if (result.status == CheckStatus::Passed || result.status == CheckStatus::Warning)
            showSignedIn(result);
        else
            showSignInFailure(result);
    } else if (result.id == CheckId::Refresh) {
        const bool ok = result.status == CheckStatus::Passed;
        if (result.status != CheckStatus::Skipped) {
            m_ui->refreshValueLabel->setText(ok ? tr("works") : result.summary);
            m_ui->signInStatusLabel->setText(ok ? tr("Signed in, and the sign-in can be renewed: press Next.")
                                                : result.summary);
        }
        if (ok)
            offerToKeepSignIn();
        if (result.status == CheckStatus::Failed || result.status == CheckStatus::Warning)
            m_ui->signInMessage->showCheck(result);
    } else if ((result.id == CheckId::Discovery || result.id == CheckId::AppCredentials) &&
               result.status == CheckStatus::Failed) {
        m_ui->signInMessage->showCheck(result);
        showRemedy(result.remedy);
    }
}

void SignInPage::showSignedIn(const CheckResult &result)
{
    const QVariantMap &facts = result.facts;
    m_ui->signInMessage->clear();
    m_ui->actionGroupBox->hide();
    m_ui->resultGroupBox->show();
    QString account = facts.value(QStringLiteral("account")).toString();
    const QString name = facts.value(QStringLiteral("displayName")).toString();
    if (!name.isEmpty())
        account = tr("%1 (%2)").arg(name, account);
    m_ui->accountValueLabel->setText(account);
    QString tenant = facts.value(QStringLiteral("signedInTenantId")).toString();
    if (tenant.isEmpty())
        tenant = facts.value(QStringLiteral("tenantId")).toString();
    if (tenant.isEmpty())
        tenant = m_model->config().tenantId;
    m_ui->tenantValueLabel->setText(tenant);
    const QVariant granted = facts.value(QStringLiteral("grantedScopes"));
    QStringList scopes = granted.typeId() == QMetaType::QString
                             ? granted.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)
                             : granted.toStringList();
    QStringList lines;
    const bool meetings =
        scopes.contains(QStringLiteral("OnlineMeetings.ReadWrite"), Qt::CaseInsensitive) ||
        std::any_of(scopes.cbegin(), scopes.cend(), [](const QString &s) {
            return s.endsWith(QLatin1String("/OnlineMeetings.ReadWrite"), Qt::CaseInsensitive);
        });
    lines << (meetings ? tr("OnlineMeetings.ReadWrite: granted") : tr("OnlineMeetings.ReadWrite: missing"));
    if (!scopes.isEmpty())
        lines << tr("All granted: %1").arg(scopes.join(QLatin1Char(' ')));
    m_ui->permissionsValueLabel->setText(lines.join(QLatin1Char('\n')));
    if (m_model->hasResult(CheckId::Refresh)) {
        const CheckResult refresh = m_model->result(CheckId::Refresh);
        m_ui->refreshValueLabel->setText(refresh.status == CheckStatus::Passed ? tr("works")
                                                                               : refresh.summary);
    } else {
        m_ui->refreshValueLabel->setText(tr("checking…"));
    }
    m_ui->signInStatusLabel->setText(result.summary);
    m_ui->signInButton->setText(tr("Sign in &again"));
}

void SignInPage::showSignInFailure(const CheckResult &result)
{
    m_ui->resultGroupBox->hide();
    m_ui->signInMessage->showCheck(result);
    m_ui->signInStatusLabel->clear();
    m_ui->signInButton->setText(tr("&Try again"));
    showRemedy(result.remedy);
}

void SignInPage::showRemedy(const Remedy &remedy)
{
    // The advice comes from the remedy the core set where the failure was understood, never from the
    // message's words: they are translated, and the same words can mean different things.
    m_ui->actionGroupBox->setProperty("remedyKind", Remedy::kindName(remedy.kind));
    m_ui->readyTextEdit->hide();
    m_ui->copyReadyTextButton->hide();
    m_ui->actionCopyField->hide();
    switch (remedy.kind) {
    case RemedyKind::None:
        m_ui->actionGroupBox->hide();
        return;
    case RemedyKind::RegisterRedirectUri: {
        const QString platform = Remedy::platformName(remedy.platform);
        m_ui->actionGroupBox->setTitle(tr("Redirect URI to register"));
        m_ui->actionLabel->setText(
            remedy.target.isEmpty() ? remedy.summary()
            : remedy.fromPlatform.isEmpty()
                ? tr("In the portal, open the app's Authentication page, add this address to the %1 "
                     "platform, "
                     "press Save, then press Try again:")
                      .arg(platform)
                : tr("In the portal, open the app's Authentication page, remove this address from the %1 "
                     "platform, add it to the %2 platform, press Save, then press Try again:")
                      .arg(Remedy::platformName(remedy.fromPlatform), platform));
        m_ui->actionCopyField->setValue(remedy.target);
        m_ui->actionCopyField->setAccessibleLabel(tr("Redirect URI to register"));
        m_ui->actionCopyField->setVisible(!remedy.target.isEmpty());
        break;
    }
    case RemedyKind::GrantAdminConsent:
        m_ui->actionGroupBox->setTitle(tr("Admin consent needed"));
        m_ui->actionLabel->setText(
            tr("Send this link to an administrator who may grant consent for the organisation (a Global "
               "Administrator, Privileged Role Administrator, Cloud Application Administrator or Application "
               "Administrator). When they have opened it and accepted, press Try again:"));
        m_ui->actionCopyField->setValue(remedy.link.toString(QUrl::FullyEncoded));
        m_ui->actionCopyField->setAccessibleLabel(tr("Admin-consent link"));
        m_ui->actionCopyField->setVisible(remedy.link.isValid());
        // The request text is written with the link (SignInSession::consentFacts()).
        m_ui->readyTextEdit->setPlainText(remedy.text);
        m_ui->readyTextEdit->setVisible(!remedy.text.isEmpty());
        m_ui->copyReadyTextButton->setVisible(!remedy.text.isEmpty());
        break;
    case RemedyKind::SwitchCloud: {
        bool known = false;
        const Cloud cloud = CloudCatalog::fromId(remedy.target, &known);
        const QString name = known ? CloudCatalog::info(cloud).displayName : remedy.text;
        m_ui->actionGroupBox->setTitle(tr("Another cloud"));
        // Without the cloud's name (Microsoft's answer did not say which), the remedy's own words.
        m_ui->actionLabel->setText(
            name.isEmpty()
                ? remedy.summary()
                : tr("Go back to the Cloud and tenant page and choose %1, then sign in again.").arg(name));
        break;
    }
    default:
        m_ui->actionGroupBox->setTitle(tr("What to do"));
        m_ui->actionLabel->setText(remedy.summary());
        // What the admin hands on (a correlation ID, an account, a permission) can be copied.
        m_ui->actionCopyField->setValue(remedy.target);
        m_ui->actionCopyField->setAccessibleLabel(tr("Value to copy"));
        m_ui->actionCopyField->setVisible(!remedy.target.isEmpty());
        break;
    }
    m_ui->actionGroupBox->show();
}

void SignInPage::setRunning(bool running)
{
    m_running = running;
    m_ui->signInButton->setEnabled(!running);
    m_ui->cancelSignInButton->setEnabled(running);
    m_ui->signInProgressBar->setVisible(running);
    m_ui->copySignInLinkButton->setEnabled(!running || m_controller->signInUrl().isValid());
    m_ui->pasteAddressButton->setEnabled(running && !m_ui->pastedAddressLineEdit->text().trimmed().isEmpty());
    m_ui->pastedAddressLineEdit->setEnabled(running);
    // Only useful while an attempt waits for its answer; otherwise it takes room from the result.
    m_ui->pasteGroupBox->setVisible(running);
    if (!running)
        m_copyWhenReady = false;
    emit completeChanged();
}

void SignInPage::offerToKeepSignIn()
{
    if (!m_controller->canKeepSignIn())
        return;
    const QString account = m_controller->signedInAccount();
    // Off by default: a new sign-in replaces nothing until the admin asks again.
    const QSignalBlocker blocker(m_ui->keepSignInCheckBox);
    m_ui->keepSignInCheckBox->setChecked(false);
    m_ui->keepSignInCheckBox->setText(
        tr("Keep this sign-in of %1 to check the connector every day").arg(account));
    m_ui->keepSignInExplainLabel->setText(
        tr("FlexO Teams Setup then keeps the sign-in's refresh token in this computer's keychain, next to "
           "the "
           "client secret and never in a file, so that a daily check can renew the sign-in and create and "
           "delete a test meeting as %1 without you.")
            .arg(account));
    m_ui->keepSignInCheckBox->show();
    m_ui->keepSignInExplainLabel->show();
}

void SignInPage::resetResultArea()
{
    m_ui->keepSignInCheckBox->hide();
    m_ui->keepSignInExplainLabel->hide();
    m_ui->signInMessage->clear();
    m_ui->actionGroupBox->hide();
    m_ui->resultGroupBox->hide();
    m_ui->pastedAddressLineEdit->clear();
}

} // namespace flexo::ui
