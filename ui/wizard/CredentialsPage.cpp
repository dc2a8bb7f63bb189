#include "ui/wizard/CredentialsPage.h"

#include "config/ConfigRules.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui_CredentialsPage.h"

#include <QTimer>

namespace flexo::ui {

CredentialsPage::CredentialsPage(SetupModel *model, SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_model(model)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->secretExpiryDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->secretExpiryDateEdit->setDate(m_controller->today().addMonths(24));
    m_ui->verifyButton->setAccessibleName(tr("Verify the client ID and secret with Microsoft"));
    m_ui->expiryUnknownCheckBox->setAccessibleName(tr("I don't know the expiry date"));

    connect(m_ui->clientIdLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::clientIdEdited);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::secretEdited);
    connect(m_ui->secretExpiryDateEdit, &QDateEdit::dateChanged, this, &CredentialsPage::expiryEdited);
    connect(m_ui->expiryUnknownCheckBox, &QCheckBox::toggled, this, [this](bool unknown) {
        m_ui->secretExpiryDateEdit->setEnabled(!unknown);
        expiryEdited();
    });
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(show ? tr("Hi&de") : tr("Sho&w"));
        m_ui->showSecretButton->setAccessibleName(show ? tr("Hide the client secret")
                                                       : tr("Show the client secret"));
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CredentialsPage::verify);
    connect(m_ui->cancelVerifyButton, &QPushButton::clicked, m_controller, &SetupController::cancel);
    connect(m_controller, &SetupController::checkFinished, this, [this](const CheckResult &result) {
        if (m_running && result.id == CheckId::AppCredentials)
            verifyFinished(result);
    });
    connect(m_controller, &SetupController::taskFinished, this, [this](SetupController::Task task, bool) {
        if (task != SetupController::Task::Verify || !m_running)
            return;
        // Ended without an app-credentials result: cancelled, or a prerequisite failed.
        m_running = false;
        m_advanceWhenDone = false;
        const CheckResult discovery = m_model->result(CheckId::Discovery);
        if (discovery.status == CheckStatus::Failed)
            m_ui->verifyMessage->showCheck(discovery);
        else
            m_ui->verifyMessage->showMessage(Severity::Info, tr("The verification was cancelled."), {},
                                             tr("Press Verify to try again."));
        updateState();
    });
    connect(m_model, &SetupModel::resultsInvalidated, this, [this](const QList<CheckId> &ids) {
        if (ids.contains(CheckId::AppCredentials) && !m_running)
            m_ui->verifyMessage->clear();
        updateState();
    });
    updateState();
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    clientIdEdited();
    secretEdited();
    expiryEdited();
    if (m_model->passed(CheckId::AppCredentials))
        m_ui->verifyMessage->showCheck(m_model->result(CheckId::AppCredentials));
    m_ui->clientIdLineEdit->setFocus();
}

void CredentialsPage::clientIdEdited()
{
    const QString clientId = rules::normalizeIdentifier(m_ui->clientIdLineEdit->text());
    const RuleResult rule = rules::checkClientId(clientId, m_model->config().tenantId);
    m_clientIdOk = !rule.isError();
    m_model->setClientId(clientId);
    if (clientId.isEmpty())
        m_ui->clientIdMessage->clear();
    else
        m_ui->clientIdMessage->showRule(rule);
    updateState();
}

void CredentialsPage::secretEdited()
{
    const QString secret = rules::normalizeSecret(m_ui->secretLineEdit->text());
    const RuleResult rule = rules::checkSecret(secret);
    m_secretOk = !rule.isError();
    m_model->setSecret(secret);
    if (secret.isEmpty())
        m_ui->secretMessage->clear();
    else
        m_ui->secretMessage->showRule(rule);
    updateState();
}

void CredentialsPage::expiryEdited()
{
    if (m_ui->expiryUnknownCheckBox->isChecked()) {
        m_model->setSecretExpiry(QDate());
        m_expiryOk = true;
        m_ui->expiryMessage->showMessage(
            Severity::Info, tr("Without the expiry date, nobody is warned before the secret stops working."),
            {}, tr("The date is in the portal, under Certificates & secrets, in the Expires column."));
        updateState();
        return;
    }
    const QDate expiry = m_ui->secretExpiryDateEdit->date();
    const RuleResult rule = rules::checkSecretExpiry(expiry, m_controller->today());
    m_expiryOk = !rule.isError();
    m_model->setSecretExpiry(expiry);
    m_ui->expiryMessage->showRule(rule);
    updateState();
}

bool CredentialsPage::shapesOk() const
{
    return m_clientIdOk && m_secretOk && m_expiryOk && !m_model->config().clientId.isEmpty() &&
           !m_model->config().secret.isEmpty();
}

bool CredentialsPage::isComplete() const
{
    // Next stays usable while Verify runs (it then means "move on when verified"), but never
    // with values that cannot be right or that Microsoft refused.
    if (!shapesOk())
        return false;
    const CheckResult verified = m_model->result(CheckId::AppCredentials);
    return m_running || verified.status != CheckStatus::Failed;
}

bool CredentialsPage::validatePage()
{
    if (m_model->passed(CheckId::AppCredentials) && !m_running)
        return true;
    m_advanceWhenDone = true;
    verify();
    return false;
}

void CredentialsPage::verify()
{
    if (!shapesOk() || m_running)
        return;
    m_running = true;
    m_ui->verifyMessage->showMessage(Severity::Busy,
                                     tr("Asking Microsoft to accept the client ID and secret…"));
    updateState();
    m_controller->verifyCredentials();
}

void CredentialsPage::verifyFinished(const CheckResult &result)
{
    m_running = false;
    m_ui->verifyMessage->showCheck(result);
    const bool ok = result.status == CheckStatus::Passed || result.status == CheckStatus::Warning;
    if (ok && m_advanceWhenDone) {
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
    }
    m_advanceWhenDone = false;
    updateState();
}

void CredentialsPage::updateState()
{
    m_ui->verifyButton->setEnabled(shapesOk() && !m_running);
    m_ui->cancelVerifyButton->setEnabled(m_running);
    m_ui->clientIdLineEdit->setReadOnly(m_running);
    m_ui->secretLineEdit->setReadOnly(m_running);
    emit completeChanged();
}

} // namespace flexo::ui
