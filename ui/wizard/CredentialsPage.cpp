#include "ui/wizard/CredentialsPage.h"

#include "config/ConfigRules.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui_CredentialsPage.h"

#include <QCalendarWidget>
#include <QMenu>
#include <QTimer>
#include <QWidgetAction>

namespace flexo::ui {

namespace {

// A date as the admin may type or paste it: ISO (2027-06-30), or the interface language's short and
// long forms ("6/30/2027", "30/06/2027", "30.06.2027"). Two-digit years are read as 20xx: a secret
// never expires in the last century. Invalid when it is none of these.
QDate parseDate(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    const QLocale locale;
    QStringList formats{locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat)};
    QString fourDigits = formats.first();
    if (!fourDigits.contains(QLatin1String("yyyy")))
        formats.prepend(fourDigits.replace(QLatin1String("yy"), QLatin1String("yyyy")));
    for (const QString &format : std::as_const(formats)) {
        QDate date = locale.toDate(text, format);
        if (date.isValid()) {
            if (date.year() < 100) // "27" read by a four-digit format
                date = date.addYears(2000);
            else if (date.year() < 2000) // "27" read by a two-digit format, as 1927
                date = date.addYears(100);
            return date;
        }
    }
    return {};
}

} // namespace

CredentialsPage::CredentialsPage(SetupModel *model, SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_model(model)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    // No date is offered, not even as an example: a date the admin did not enter would be reported
    // as the secret's own.
    m_ui->secretExpiryLineEdit->setPlaceholderText(tr("as the Expires column shows it, or YYYY-MM-DD"));
    m_ui->verifyButton->setAccessibleName(tr("Verify the client ID and secret with Microsoft"));
    m_ui->expiryUnknownCheckBox->setAccessibleName(tr("I don't know the expiry date"));

    connect(m_ui->clientIdLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::clientIdEdited);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::secretEdited);
    connect(m_ui->secretExpiryLineEdit, &QLineEdit::textChanged, this, &CredentialsPage::expiryEdited);
    connect(m_ui->expiryCalendarButton, &QToolButton::clicked, this, &CredentialsPage::pickExpiryDate);
    connect(m_ui->expiryUnknownCheckBox, &QCheckBox::toggled, this, [this](bool unknown) {
        m_ui->secretExpiryLineEdit->setEnabled(!unknown);
        m_ui->expiryCalendarButton->setEnabled(!unknown);
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
    // A resumed setup brings the client ID and the expiry back; the secret never (it is not kept).
    const ConnectorConfig &config = m_model->config();
    if (m_ui->clientIdLineEdit->text().isEmpty())
        m_ui->clientIdLineEdit->setText(config.clientId);
    if (m_ui->secretExpiryLineEdit->text().isEmpty() && config.secretExpiry.isValid())
        m_ui->secretExpiryLineEdit->setText(config.secretExpiry.toString(Qt::ISODate));
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
            Severity::Warning,
            tr("The secret's expiry will not be tracked: nobody is warned before it stops "
               "working."),
            {}, tr("The date is in the portal, under Certificates & secrets, in the Expires column."));
        updateState();
        return;
    }
    const QString typed = m_ui->secretExpiryLineEdit->text().trimmed();
    const QDate expiry = parseDate(typed);
    m_model->setSecretExpiry(expiry);
    if (typed.isEmpty()) {
        // Nothing chosen yet: Next waits for a date or "I don't know", without a red message.
        m_expiryOk = false;
        m_ui->expiryMessage->clear();
    } else if (!expiry.isValid()) {
        m_expiryOk = false;
        m_ui->expiryMessage->showMessage(
            Severity::Error, tr("“%1” is not a date.").arg(typed), {},
            tr("Enter it as %1 or %2, or pick it from the calendar.")
                .arg(QStringLiteral("2027-06-30"),
                     QLocale().toString(QDate(2027, 6, 30), QLocale::ShortFormat)));
    } else {
        const RuleResult rule = rules::checkSecretExpiry(expiry, m_controller->today());
        m_expiryOk = !rule.isError();
        if (rule.severity == RuleSeverity::Ok)
            m_ui->expiryMessage->showMessage(
                Severity::Success, tr("Expires on %1.").arg(QLocale().toString(expiry, QLocale::LongFormat)));
        else
            m_ui->expiryMessage->showRule(rule);
    }
    updateState();
}

void CredentialsPage::pickExpiryDate()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("expiryCalendar"));
    calendar->setAccessibleName(tr("Secret expiry date"));
    // The page shown first is the typed date's, or today's: nothing is selected for the admin.
    const QDate typed = parseDate(m_ui->secretExpiryLineEdit->text());
    const QDate shown = typed.isValid() ? typed : m_controller->today();
    calendar->setSelectedDate(shown);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    // A click or Enter takes the date; Escape closes the menu and changes nothing.
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](QDate date) {
        m_ui->secretExpiryLineEdit->setText(date.toString(Qt::ISODate));
        menu->close();
        m_ui->secretExpiryLineEdit->setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
        m_ui->secretExpiryLineEdit->setText(date.toString(Qt::ISODate));
        menu->close();
        m_ui->secretExpiryLineEdit->setFocus();
    });
    menu->popup(m_ui->expiryCalendarButton->mapToGlobal(QPoint(0, m_ui->expiryCalendarButton->height())));
    calendar->setFocus();
}

bool CredentialsPage::shapesOk() const
{
    return m_clientIdOk && m_secretOk && !m_model->config().clientId.isEmpty() &&
           !m_model->config().secret.isEmpty();
}

bool CredentialsPage::isComplete() const
{
    // Next stays usable while Verify runs (it then means "move on when verified"), but never
    // with values that cannot be right or that Microsoft refused, nor before the expiry is decided:
    // a date, or "I don't know".
    if (!shapesOk() || !m_expiryOk)
        return false;
    const CheckResult verified = m_model->result(CheckId::AppCredentials);
    return m_running || verified.status != CheckStatus::Failed;
}

bool CredentialsPage::validatePage()
{
    if (!m_expiryOk)
        return false;
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
