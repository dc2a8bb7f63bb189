#include "ui/handover/RotationDialog.h"

#include "diagnosis/DiagnosisService.h"
#include "setup/FlexoHandover.h"
#include "ui/handover/HandoverView.h"
#include "ui/widgets/MessageWidget.h"

#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flexo::ui {

namespace {

// The portal suggests six months; the admin types what it shows for the new secret.
constexpr int kSuggestedLifetimeDays = 180;

} // namespace

RotationDialog::RotationDialog(DiagnosisService *service, const ConnectorConfig &config,
                               const QString &configPath, std::function<void(const QUrl &)> openUrl,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_config(config)
    , m_path(configPath)
    , m_openUrl(std::move(openUrl))
    , m_rotation(new SecretRotation(service, this))
{
    setObjectName(QStringLiteral("rotationDialog"));
    setWindowTitle(tr("Replace the client secret"));
    m_config.secret.clear();
    buildUi();
    connect(m_rotation, &SecretRotation::stepChanged, this, &RotationDialog::stepChanged);
    connect(m_rotation, &SecretRotation::finished, this, &RotationDialog::finished);
    checkInput();
}

RotationDialog::~RotationDialog() = default;

void RotationDialog::setToday(std::function<QDate()> today)
{
    m_today = today;
    m_rotation->setToday(std::move(today));
    m_expiryEdit->setDate(this->today().addDays(kSuggestedLifetimeDays));
    checkInput();
}

QDate RotationDialog::today() const
{
    return m_today ? m_today() : QDateTime::currentDateTimeUtc().date();
}

void RotationDialog::buildUi()
{
    m_layout = new QVBoxLayout(this);

    auto *steps = new QLabel(this);
    steps->setWordWrap(true);
    steps->setText(
        tr("<ol><li>Open Certificates &amp; secrets of the app registration and choose “New client "
           "secret”.</li><li>Copy the new secret's <b>Value</b> at once: the portal shows it only "
           "now. Not the Secret ID beside it.</li><li>Paste it here with the expiry date the portal "
           "shows. The new secret is tried while the old one still works; nothing changes until it "
           "works.</li></ol>"));
    m_layout->addWidget(steps);

    m_portalButton = new QPushButton(tr("Open &Certificates && secrets"), this);
    m_portalButton->setObjectName(QStringLiteral("openPortalButton"));
    const QUrl portal = SecretRotation::certificatesAndSecretsUrl(m_config);
    m_portalButton->setEnabled(!portal.isEmpty() && m_openUrl);
    m_portalButton->setToolTip(portal.isEmpty() ? tr("A custom cloud has no portal known to this tool.")
                                                : portal.toString());
    connect(m_portalButton, &QPushButton::clicked, this, [this, portal] {
        if (m_openUrl)
            m_openUrl(portal);
    });
    m_layout->addWidget(m_portalButton, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("newSecretLineEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAccessibleName(tr("New client secret (its Value)"));
    m_secretEdit->setPlaceholderText(tr("the Value column, not the Secret ID"));
    auto *secretLabel = new QLabel(tr("New secret &Value:"), this);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(secretLabel, m_secretEdit);
    m_expiryEdit = new QDateEdit(this);
    m_expiryEdit->setObjectName(QStringLiteral("newExpiryDateEdit"));
    m_expiryEdit->setCalendarPopup(true);
    m_expiryEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiryEdit->setDate(today().addDays(kSuggestedLifetimeDays));
    m_expiryEdit->setAccessibleName(tr("Expiry date of the new secret"));
    auto *expiryLabel = new QLabel(tr("&Expires on:"), this);
    expiryLabel->setBuddy(m_expiryEdit);
    form->addRow(expiryLabel, m_expiryEdit);
    m_layout->addLayout(form);

    m_inputMessage = new MessageWidget(this);
    m_inputMessage->setObjectName(QStringLiteral("newSecretMessage"));
    m_layout->addWidget(m_inputMessage);

    m_replaceButton = new QPushButton(tr("&Replace the secret"), this);
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceButton->setDefault(true);
    m_layout->addWidget(m_replaceButton, 0, Qt::AlignLeft);

    m_progressMessage = new MessageWidget(this);
    m_progressMessage->setObjectName(QStringLiteral("rotationMessage"));
    m_layout->addWidget(m_progressMessage);
    m_oldSecretMessage = new MessageWidget(this);
    m_oldSecretMessage->setObjectName(QStringLiteral("oldSecretMessage"));
    m_layout->addWidget(m_oldSecretMessage);
    m_deleteOldLabel = new QLabel(this);
    m_deleteOldLabel->setObjectName(QStringLiteral("deleteOldLabel"));
    m_deleteOldLabel->setWordWrap(true);
    m_deleteOldLabel->hide();

    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    m_layout->addStretch(1);
    m_layout->addWidget(m_deleteOldLabel);
    m_layout->addLayout(buttons);

    connect(m_secretEdit, &QLineEdit::textChanged, this, &RotationDialog::checkInput);
    connect(m_expiryEdit, &QDateEdit::dateChanged, this, &RotationDialog::checkInput);
    connect(m_replaceButton, &QPushButton::clicked, this, &RotationDialog::replace);
    connect(m_secretEdit, &QLineEdit::returnPressed, this, &RotationDialog::replace);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

void RotationDialog::checkInput()
{
    if (m_rotation->isRunning())
        return;
    const QString typed = m_secretEdit->text();
    Error refused;
    if (!typed.trimmed().isEmpty())
        refused = SecretRotation::checkNewSecret(typed, m_config);
    if (!refused)
        refused = SecretRotation::checkNewExpiry(m_expiryEdit->date(), today());
    if (refused && !typed.trimmed().isEmpty())
        m_inputMessage->showError(refused);
    else
        m_inputMessage->clear();
    m_replaceButton->setEnabled(!typed.trimmed().isEmpty() && refused.isNull());
}

void RotationDialog::replace()
{
    if (!m_replaceButton->isEnabled() || m_rotation->isRunning())
        return;
    m_oldSecretMessage->clear();
    m_secretEdit->setEnabled(false);
    m_expiryEdit->setEnabled(false);
    m_replaceButton->setEnabled(false);
    m_rotation->start({m_config, m_path, m_secretEdit->text(), m_expiryEdit->date()});
}

void RotationDialog::stepChanged(SecretRotation::Step step)
{
    switch (step) {
    case SecretRotation::Step::ReadingOld:
        m_progressMessage->showMessage(Severity::Busy, tr("Reading the current secret from the keychain…"));
        break;
    case SecretRotation::Step::Verifying:
        m_progressMessage->showMessage(
            Severity::Busy, tr("Trying the new secret with Microsoft, and the old one at the same time…"));
        break;
    case SecretRotation::Step::Storing:
        m_progressMessage->showMessage(Severity::Busy, tr("Storing the new secret in the keychain…"));
        break;
    case SecretRotation::Step::Saving:
        m_progressMessage->showMessage(Severity::Busy, tr("Saving the new expiry date in the config…"));
        break;
    case SecretRotation::Step::Restoring:
        m_progressMessage->showMessage(Severity::Busy, tr("Putting the old secret back into the keychain…"));
        break;
    case SecretRotation::Step::Idle:
    case SecretRotation::Step::Done:
        break;
    }
}

void RotationDialog::finished(const RotationOutcome &outcome)
{
    if (outcome.oldSecretFound && outcome.oldCheck.status != CheckStatus::Pending) {
        if (outcome.oldStillWorks()) {
            m_oldSecretMessage->showMessage(
                Severity::Info,
                tr("The old secret (%1…) still works until you delete it.").arg(outcome.oldHint));
        } else {
            m_oldSecretMessage->showMessage(
                Severity::Warning, tr("The old secret (%1…) does not work any more.").arg(outcome.oldHint),
                outcome.oldCheck.summary,
                tr("This does not stop the replacement: the new secret is what counts."));
        }
    }
    if (!outcome.ok()) {
        m_progressMessage->showError(outcome.error);
        m_secretEdit->setEnabled(true);
        m_expiryEdit->setEnabled(true);
        m_secretEdit->selectAll();
        m_secretEdit->setFocus();
        checkInput();
        return;
    }
    m_secretEdit->clear();
    m_progressMessage->showMessage(
        Severity::Success, tr("The new secret works and is in the keychain."),
        tr("The config now records its expiry date, %1, and its hint, %2.")
            .arg(QLocale().toString(outcome.newExpiry, QLocale::LongFormat), outcome.newHint),
        tr("Now enter it in FlexO as the Application Secret Key and save there."));
    m_replaceButton->hide();
    m_portalButton->hide();

    // The new secret for FlexO, fetched from the keychain like everywhere else.
    m_handover = new FlexoHandover(outcome.config, m_service->keeper(), this);
    m_handoverView = new HandoverView(m_handover, this);
    m_layout->insertWidget(m_layout->indexOf(m_oldSecretMessage) + 1, m_handoverView);
    m_deleteOldLabel->setText(SecretRotation::deleteOldReminder(outcome.oldHint));
    m_deleteOldLabel->show();
    emit rotated(outcome);
}

} // namespace flexo::ui
