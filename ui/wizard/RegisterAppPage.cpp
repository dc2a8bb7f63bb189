#include "ui/wizard/RegisterAppPage.h"

#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui/widgets/CopyField.h"
#include "ui_RegisterAppPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWizard>

#include <algorithm>

namespace flexo::ui {

RegisterAppPage::RegisterAppPage(SetupModel *model, SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RegisterAppPage>())
    , m_model(model)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->openPortalButton->setAccessibleName(tr("Open the Azure portal in the browser"));
    connect(m_ui->openPortalButton, &QPushButton::clicked, this,
            [this] { m_controller->openUrl(m_controller->portalUrl()); });

    const Step create = addStep(
        QStringLiteral("newRegistrationCheckBox"), tr("1. Create the app registration"),
        tr("In the portal, open Microsoft Entra ID, then App registrations, then New registration. Give "
           "it a name your colleagues will recognise and keep \"Accounts in this organizational directory "
           "only\"."));
    addValue(create, QStringLiteral("appNameField"), tr("Application name"), tr("FlexO Teams connector"));

    m_redirectStep = addStep(
        QStringLiteral("redirectUrisCheckBox"), tr("2. Add the redirect URIs on the Web platform"),
        tr("Under Redirect URI choose the platform \"Web\" and enter the first address below; after "
           "Register, open Authentication and add the others to the same Web platform. The first one lets "
           "this wizard test the sign-in; the FlexO ones come from your FlexO representative."));

    const Step tokens = addStep(
        QStringLiteral("idTokensCheckBox"), tr("3. Turn on ID tokens"),
        tr("Still under Authentication, in \"Implicit grant and hybrid flows\", tick \"ID tokens\" and "
           "press Save."));
    Q_UNUSED(tokens)

    const Step permission =
        addStep(QStringLiteral("permissionCheckBox"), tr("4. Add the Teams meeting permission"),
                tr("Open API permissions, press Add a permission, choose Microsoft Graph, then Delegated "
                   "permissions, search for the permission below, tick it and press Add permissions."));
    addValue(permission, QStringLiteral("permissionField"), tr("Delegated permission"),
             QStringLiteral("OnlineMeetings.ReadWrite"));

    m_consentStep = addStep(QStringLiteral("adminConsentCheckBox"), tr("5. Grant admin consent"), QString());

    const Step secret = addStep(
        QStringLiteral("clientSecretCheckBox"), tr("6. Create a client secret"),
        tr("Open Certificates & secrets, then Client secrets, then New client secret. Choose the longest "
           "lifetime your policy allows, at most 24 months, and note the expiry date. Copy the "
           "<b>Value</b> column right away: the portal shows it only once. The Secret ID column is not "
           "the secret."));
    addValue(secret, QStringLiteral("secretDescriptionField"), tr("Secret description"),
             tr("FlexO connector"));

    addStep(QStringLiteral("clientIdCheckBox"), tr("7. Copy the Application (client) ID"),
            tr("On the app's Overview page, copy \"Application (client) ID\". You paste it, with the secret "
               "Value, on the next page."));

    m_ui->stepsLayout->addStretch(1);
    // An app registered before (a second FlexO server, a re-check) needs none of the steps; the
    // pages after this one verify the registration with Microsoft anyway.
    connect(m_ui->alreadyRegisteredButton, &QPushButton::clicked, this, [this] {
        m_registeredBefore = true;
        updateProgress();
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
    updateProgress();
}

RegisterAppPage::~RegisterAppPage() = default;

RegisterAppPage::Step RegisterAppPage::addStep(const QString &objectName, const QString &title,
                                               const QString &details)
{
    Step step;
    auto *box = new QWidget(m_ui->stepsWidget);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 8);
    layout->setSpacing(4);
    step.checkBox = new QCheckBox(title, box);
    step.checkBox->setObjectName(objectName);
    QFont bold = step.checkBox->font();
    bold.setBold(true);
    step.checkBox->setFont(bold);
    step.details = new QLabel(details, box);
    step.details->setWordWrap(true);
    step.details->setTextFormat(Qt::RichText);
    step.details->setContentsMargins(24, 0, 0, 0);
    step.checkBox->setAccessibleDescription(
        QString(details).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
    step.values = new QVBoxLayout;
    step.values->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(step.checkBox);
    layout->addWidget(step.details);
    layout->addLayout(step.values);
    m_ui->stepsLayout->addWidget(box);
    connect(step.checkBox, &QCheckBox::toggled, this, &RegisterAppPage::updateProgress);
    m_steps << step;
    return step;
}

CopyField *RegisterAppPage::addValue(const Step &step, const QString &objectName, const QString &label,
                                     const QString &value)
{
    auto *row = new QWidget(step.checkBox->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(label + QLatin1Char(':'), row);
    caption->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    auto *field = new CopyField(row);
    field->setObjectName(objectName);
    field->setValue(value);
    field->setAccessibleLabel(label);
    caption->setBuddy(field->lineEdit());
    layout->addWidget(caption);
    layout->addWidget(field, 1);
    step.values->addWidget(row);
    return field;
}

void RegisterAppPage::initializePage()
{
    const ConnectorConfig &config = m_model->config();
    const QUrl portal = m_controller->portalUrl();
    m_ui->portalUrlLabel->setText(portal.isValid() ? portal.toString()
                                                   : tr("A Custom cloud has no known portal."));
    m_ui->openPortalButton->setEnabled(portal.isValid());
    m_ui->customPortalLabel->setVisible(!portal.isValid());
    m_ui->customPortalLabel->setText(
        tr("Register the app in the admin portal of your cloud (whoever operates it knows its address): "
           "the steps below are the same there. Then tick them and press Next, or press \"My app is already "
           "registered\"."));
    // Resumed after the admin had said the registration is done.
    if (m_model->appRegistered() && !allStepsTicked()) {
        m_registeredBefore = true;
        updateProgress();
    }
    const QString tenant = config.tenantDomain.isEmpty() ? tr("your organisation") : config.tenantDomain;
    m_consentStep.details->setText(
        tr("Back in API permissions, press \"Grant admin consent for %1\" and confirm. The Status column "
           "then shows a green tick for every permission; without it each FlexO user would have to agree "
           "on their own, or could not at all.")
            .arg(tenant.toHtmlEscaped()));
    fillRedirectUris();
}

void RegisterAppPage::fillRedirectUris()
{
    qDeleteAll(m_redirectRows);
    m_redirectRows.clear();
    const ConnectorConfig &config = m_model->config();
    CopyField *signIn = addValue(m_redirectStep, QStringLiteral("signInRedirectUriField"),
                                 tr("Test sign-in URI"), config.signInRedirectUri);
    m_redirectRows << signIn->parentWidget();
    int index = 0;
    for (const QString &uri : config.redirectUris) {
        CopyField *field = addValue(m_redirectStep, QStringLiteral("flexoRedirectUriField%1").arg(index++),
                                    tr("FlexO redirect URI"), uri);
        m_redirectRows << field->parentWidget();
    }
    if (config.redirectUris.isEmpty()) {
        auto *note = new QLabel(tr("Add FlexO's own redirect URIs as well, as your FlexO representative sent "
                                   "them; you enter them in this wizard too, on the FlexO addresses page."),
                                m_redirectStep.checkBox->parentWidget());
        note->setObjectName(QStringLiteral("flexoRedirectUrisHint"));
        note->setWordWrap(true);
        m_redirectStep.values->addWidget(note);
        m_redirectRows << note;
    }
}

bool RegisterAppPage::allStepsTicked() const
{
    return std::all_of(m_steps.cbegin(), m_steps.cend(),
                       [](const Step &step) { return step.checkBox->isChecked(); });
}

bool RegisterAppPage::isComplete() const
{
    return m_registeredBefore || allStepsTicked();
}

void RegisterAppPage::updateProgress()
{
    int done = 0;
    for (const Step &step : std::as_const(m_steps))
        done += step.checkBox->isChecked() ? 1 : 0;
    m_ui->progressLabel->setText(m_registeredBefore && done < m_steps.size()
                                     ? tr("Registered before")
                                     : tr("%1 of %2 steps done").arg(done).arg(m_steps.size()));
    m_model->setAppRegistered(isComplete());
    emit completeChanged();
}

} // namespace flexo::ui
