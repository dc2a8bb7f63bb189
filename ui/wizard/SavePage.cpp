#include "ui/wizard/SavePage.h"

#include "cloud/CloudCatalog.h"
#include "common/Redaction.h"
#include "config/ConfigFile.h"
#include "setup/FlexoHandover.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui/handover/HandoverView.h"
#include "ui/widgets/StatusIcons.h"
#include "ui/widgets/UserPrompt.h"
#include "ui_SavePage.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QVBoxLayout>

namespace flexo::ui {

SavePage::SavePage(SetupModel *model, SetupController *controller, UserPrompt *prompt, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SavePage>())
    , m_model(model)
    , m_controller(controller)
    , m_prompt(prompt)
{
    m_ui->setupUi(this);
    setCommitPage(false);
    m_ui->saveButton->setAccessibleName(tr("Save the config and put the secret in the keychain"));
    m_ui->exportButton->setAccessibleName(tr("Export the config for the FlexO server"));
    m_ui->browseSavePathButton->setAccessibleName(tr("Choose where to save the config"));
    m_ui->includeSecretCheckBox->setAccessibleName(tr("Include the client secret in the exported file"));
    QHeaderView *header = m_ui->summaryTreeWidget->header();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_exportInsteadButton = new QPushButton(tr("Export with the &secret instead…"), this);
    m_exportInsteadButton->setObjectName(QStringLiteral("exportInsteadButton"));
    m_exportInsteadButton->hide();
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->saveMessage) + 1,
                                       m_exportInsteadButton, 0, Qt::AlignLeft);

    m_handoverBox = new QGroupBox(tr("For FlexO's Teams integration"), this);
    m_handoverBox->setObjectName(QStringLiteral("handoverGroupBox"));
    new QVBoxLayout(m_handoverBox);
    m_handoverBox->hide();
    m_ui->verticalLayout->addWidget(m_handoverBox);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &SavePage::save);
    connect(m_ui->savePathLineEdit, &QLineEdit::returnPressed, this, &SavePage::save);
    connect(m_ui->browseSavePathButton, &QPushButton::clicked, this, &SavePage::chooseSavePath);
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            [this] { exportConfig(m_ui->includeSecretCheckBox->isChecked()); });
    connect(m_exportInsteadButton, &QPushButton::clicked, this, [this] {
        m_ui->includeSecretCheckBox->setChecked(true);
        exportConfig(true);
    });
    connect(m_ui->includeSecretCheckBox, &QCheckBox::toggled, this, [this](bool include) {
        if (!include) {
            m_ui->includeSecretWarning->clear();
            return;
        }
        m_ui->includeSecretWarning->showMessage(
            Severity::Warning, tr("The exported file will contain the client secret in clear text."),
            tr("Anyone who can read the file can act as the FlexO app in your tenant until the secret "
               "expires."),
            tr("The file is made readable by you only. Copy it to the FlexO server over a secure channel, "
               "then delete it. Without this option, type the secret into FlexO yourself."));
    });
    connect(m_controller, &SetupController::saveFinished, this, &SavePage::saveFinished);
    connect(m_controller, &SetupController::exportFinished, this, &SavePage::exportFinished);
    connect(m_model, &SetupModel::changed, this, &SavePage::updateState);
    updateState();
}

SavePage::~SavePage() = default;

void SavePage::initializePage()
{
    if (m_ui->savePathLineEdit->text().isEmpty())
        m_ui->savePathLineEdit->setText(QDir::toNativeSeparators(m_controller->defaultConfigPath()));
    fillSummary();
    updateState();
    m_ui->saveButton->setFocus();
}

void SavePage::fillSummary()
{
    const ConnectorConfig &c = m_model->config();
    QTreeWidget *tree = m_ui->summaryTreeWidget;
    tree->clear();
    auto add = [tree](const QString &name, const QString &value, const QIcon &icon = {}) {
        auto *item = new QTreeWidgetItem(tree, {name, value});
        item->setIcon(1, icon);
        item->setToolTip(1, value);
    };
    add(tr("Cloud"), CloudCatalog::info(c.cloud).displayName);
    if (c.cloud == Cloud::Custom) {
        add(tr("Sign-in base URL"), c.customLoginBase.toString());
        add(tr("Graph base URL"), c.customGraphBase.toString());
    }
    if (!c.tenantDomain.isEmpty())
        add(tr("Tenant domain"), c.tenantDomain);
    add(tr("Tenant ID"), c.tenantId);
    add(tr("Application (client) ID"), c.clientId);
    add(tr("Client secret"),
        c.secret.isEmpty()
            ? tr("none")
            : tr("%1… (%2 characters, kept in the keychain)").arg(c.secret.left(3)).arg(c.secret.size()));
    add(tr("Secret expires on"),
        c.secretExpiry.isValid() ? QLocale().toString(c.secretExpiry, QLocale::LongFormat) : tr("unknown"));
    for (const QString &uri : c.redirectUris)
        add(tr("FlexO redirect URI"), uri);
    add(tr("Lifecycle URL"), c.lifecycleUrl.toString());
    add(tr("Test sign-in URI"), c.signInRedirectUri);
    add(tr("Connector enabled"), tr("no: enable it in FlexO once the config is in place"));
    if (!c.caBundle.isEmpty())
        add(tr("Extra trusted CA file"), c.caBundle);
    if (!c.proxy.isEmpty())
        add(tr("Proxy"), c.proxy);

    const QList<CheckResult> results = m_model->results();
    for (const CheckResult &result : results) {
        QString text = statusText(result.status);
        if (!result.summary.isEmpty())
            text += QStringLiteral(": ") + result.summary;
        add(result.title.isEmpty() ? checkName(result.id) : result.title, text, statusIcon(result.status));
    }
}

QString SavePage::configFilter() const
{
    return tr("Connector configs (*%1 *.json)").arg(ConfigFile::fileNameSuffix());
}

void SavePage::chooseSavePath()
{
    if (!m_prompt)
        return;
    m_prompt->chooseSaveFile(this, tr("Save the connector config"), m_ui->savePathLineEdit->text(),
                             configFilter(), [this](const QString &path) {
                                 if (!path.isEmpty())
                                     m_ui->savePathLineEdit->setText(QDir::toNativeSeparators(path));
                             });
}

void SavePage::save()
{
    const QString path = QDir::fromNativeSeparators(m_ui->savePathLineEdit->text().trimmed());
    if (path.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_exportInsteadButton->hide();
    m_ui->saveMessage->showMessage(Severity::Busy, tr("Saving the secret in the keychain and the config…"));
    updateState();
    m_controller->save(path);
}

void SavePage::saveFinished(const Error &error)
{
    m_busy = false;
    if (error.isNull()) {
        m_ui->saveMessage->showMessage(
            Severity::Success, tr("Saved to %1.").arg(QDir::toNativeSeparators(m_model->savedPath())), {},
            tr("The client secret is in your keychain. Export a copy for the FlexO server below if you need "
               "one, "
               "then press Finish."));
        showHandover();
    } else {
        m_ui->saveMessage->showError(error);
        // No keychain: the only way to keep the secret is an explicit export, never a silent one.
        if (error.code.startsWith(QLatin1String("secrets."))) {
            m_ui->saveMessage->showMessage(
                Severity::Error, tr("The keychain is not available, so nothing was saved."),
                error.message + (error.cause.isEmpty() ? QString() : QLatin1Char(' ') + error.cause),
                error.fix + QLatin1Char(' ') +
                    tr("Or export the config with the secret to a file only you can read, and keep that file "
                       "safe."),
                tr("Code: %1").arg(error.code));
            m_exportInsteadButton->show();
        }
    }
    fillSummary();
    updateState();
}

void SavePage::exportConfig(bool includeSecret)
{
    if (m_busy || !m_prompt)
        return;
    const QString folder =
        QFileInfo(QDir::fromNativeSeparators(m_ui->savePathLineEdit->text())).absolutePath();
    // The name the desktop recognises as a connector config, so opening it later offers this tool.
    const QString suggested = folder + QStringLiteral("/flexo-server") + ConfigFile::fileNameSuffix();
    m_prompt->chooseSaveFile(
        this, tr("Export the config for the FlexO server"), suggested, configFilter(),
        [this, includeSecret](const QString &path) {
            if (path.isEmpty())
                return;
            if (!includeSecret) {
                m_busy = true;
                updateState();
                m_controller->exportConfig(path, false);
                return;
            }
            m_prompt->ask(
                this, tr("Write the secret into the file?"),
                tr("%1 will contain the client secret in clear text. Anyone who can read it can act as the "
                   "FlexO app in your tenant. It will be readable by you only.")
                    .arg(QDir::toNativeSeparators(path)),
                tr("Export with the secret"), tr("Cancel"), [this, path](bool yes) {
                    if (!yes)
                        return;
                    m_busy = true;
                    updateState();
                    m_controller->exportConfig(path, true);
                });
        });
}

void SavePage::exportFinished(const Error &error, const QString &path)
{
    m_busy = false;
    if (error.isNull()) {
        const bool withSecret = m_ui->includeSecretCheckBox->isChecked();
        m_exportedWithSecret = m_exportedWithSecret || withSecret;
        if (withSecret)
            showHandover();
        m_ui->exportMessage->showMessage(
            Severity::Success, tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), {},
            withSecret
                ? tr("The file holds the secret: move it to the FlexO server securely and delete this copy.")
                : tr("The file holds no secret: type the secret into FlexO's Teams settings yourself."));
    } else {
        m_ui->exportMessage->showError(error);
    }
    updateState();
}

void SavePage::showHandover()
{
    // Made again from the values as saved: they may have changed since the last save.
    delete m_handoverView;
    delete m_handover;
    m_handover = new FlexoHandover(m_model->config(), m_controller->secretKeeper(), this);
    m_handoverView = new HandoverView(m_handover, m_handoverBox);
    m_handoverBox->layout()->addWidget(m_handoverView);
    m_handoverBox->show();
}

bool SavePage::isComplete() const
{
    const bool saved = !m_model->savedPath().isEmpty() && !m_model->hasUnsavedChanges();
    return !m_busy && (saved || m_exportedWithSecret);
}

void SavePage::updateState()
{
    m_ui->saveButton->setEnabled(!m_busy && !m_ui->savePathLineEdit->text().trimmed().isEmpty());
    m_ui->exportButton->setEnabled(!m_busy);
    m_exportInsteadButton->setEnabled(!m_busy);
    emit completeChanged();
}

} // namespace flexo::ui
