#include "ui/wizard/FlexoAddressesPage.h"

#include "config/ConfigRules.h"
#include "setup/SetupModel.h"
#include "ui/widgets/StatusIcons.h"
#include "ui_FlexoAddressesPage.h"

#include <QRegularExpression>
#include <QStyle>

namespace flexo::ui {

namespace {

// URIs as an e-mail lists them: one a line, or separated by spaces, commas or semicolons.
QStringList splitUris(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

FlexoAddressesPage::FlexoAddressesPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FlexoAddressesPage>())
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->addRedirectUriButton->setAccessibleName(tr("Add the new redirect URI"));
    m_ui->editRedirectUriButton->setAccessibleName(tr("Edit the selected redirect URI"));
    m_ui->removeRedirectUriButton->setAccessibleName(tr("Remove the selected redirect URI"));
    connect(m_ui->addRedirectUriButton, &QPushButton::clicked, this, &FlexoAddressesPage::addUri);
    connect(m_ui->redirectUriLineEdit, &QLineEdit::returnPressed, this, &FlexoAddressesPage::addUri);
    connect(m_ui->redirectUriLineEdit, &QLineEdit::textChanged, this, &FlexoAddressesPage::newUriEdited);
    connect(m_ui->editRedirectUriButton, &QPushButton::clicked, this, &FlexoAddressesPage::editUri);
    connect(m_ui->removeRedirectUriButton, &QPushButton::clicked, this, &FlexoAddressesPage::removeUri);
    connect(m_ui->redirectUrisListWidget, &QListWidget::itemChanged, this, &FlexoAddressesPage::listChanged);
    connect(m_ui->redirectUrisListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->editRedirectUriButton->setEnabled(row >= 0);
        m_ui->removeRedirectUriButton->setEnabled(row >= 0);
    });
    connect(m_ui->lifecycleUrlLineEdit, &QLineEdit::textChanged, this, &FlexoAddressesPage::lifecycleEdited);
    m_ui->editRedirectUriButton->setEnabled(false);
    m_ui->removeRedirectUriButton->setEnabled(false);
    m_ui->addRedirectUriButton->setEnabled(false);
    // A few lines tall: FlexO sends one or two URIs, and the rest of the page stays in view.
    auto *list = m_ui->redirectUrisListWidget;
    const int rowHeight =
        qMax(list->fontMetrics().height(), style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list)) + 6;
    list->setFixedHeight(4 * rowHeight + 2 * list->frameWidth());
    m_ui->listButtonsLayout->setAlignment(Qt::AlignTop);
}

FlexoAddressesPage::~FlexoAddressesPage() = default;

void FlexoAddressesPage::initializePage()
{
    const ConnectorConfig &config = m_model->config();
    if (uris() != config.redirectUris) {
        QSignalBlocker blocker(m_ui->redirectUrisListWidget);
        m_ui->redirectUrisListWidget->clear();
        for (const QString &uri : config.redirectUris) {
            auto *item = new QListWidgetItem(uri, m_ui->redirectUrisListWidget);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    if (m_ui->lifecycleUrlLineEdit->text().isEmpty() && !config.lifecycleUrl.isEmpty())
        m_ui->lifecycleUrlLineEdit->setText(config.lifecycleUrl.toString());
    listChanged();
    lifecycleEdited();
    if (config.redirectUris.isEmpty())
        m_ui->redirectUriLineEdit->setFocus();
}

QStringList FlexoAddressesPage::uris() const
{
    QStringList list;
    for (int i = 0; i < m_ui->redirectUrisListWidget->count(); ++i)
        list << m_ui->redirectUrisListWidget->item(i)->text().trimmed();
    return list;
}

void FlexoAddressesPage::addUri()
{
    const QStringList typed = splitUris(m_ui->redirectUriLineEdit->text());
    if (typed.isEmpty())
        return;
    QStringList listed = uris();
    QStringList refused;
    for (const QString &uri : typed) {
        if (rules::checkRedirectUri(uri).isError()) {
            refused << uri;
            continue;
        }
        if (listed.contains(uri))
            continue; // listed already, or pasted twice
        listed << uri;
        auto *item = new QListWidgetItem(uri, m_ui->redirectUrisListWidget);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    listChanged();
    // What cannot be added stays in the field, with the reason, to be corrected.
    m_ui->redirectUriLineEdit->setText(refused.join(QLatin1Char(' ')));
}

void FlexoAddressesPage::editUri()
{
    if (QListWidgetItem *item = m_ui->redirectUrisListWidget->currentItem())
        m_ui->redirectUrisListWidget->editItem(item);
}

void FlexoAddressesPage::removeUri()
{
    delete m_ui->redirectUrisListWidget->currentItem();
    listChanged();
}

void FlexoAddressesPage::newUriEdited()
{
    const QString text = m_ui->redirectUriLineEdit->text();
    const bool grewByMoreThanAKey = text.size() - m_newUriLength > 1;
    m_newUriLength = text.size();
    const QStringList typed = splitUris(text);
    // Several URIs pasted at once become one line each right away. Typing is left alone: a space
    // or a comma typed does not split what is still being written.
    if (grewByMoreThanAKey && typed.size() > 1) {
        addUri();
        return;
    }
    bool anyUsable = false;
    RuleResult shown;
    QString shownUri;
    for (const QString &uri : typed) {
        const RuleResult rule = rules::checkRedirectUri(uri);
        anyUsable = anyUsable || !rule.isError();
        if (int(rule.severity) > int(shown.severity)) {
            shown = rule;
            shownUri = uri;
        }
    }
    m_newUriOk = shown.severity != RuleSeverity::Error;
    m_ui->addRedirectUriButton->setEnabled(anyUsable);
    if (typed.isEmpty()) {
        listChanged();
    } else if (shown.severity == RuleSeverity::Ok) {
        m_ui->redirectUriMessage->clear();
    } else {
        const QString message =
            typed.size() > 1 ? shownUri + QStringLiteral(": ") + shown.message : shown.message;
        m_ui->redirectUriMessage->showMessage(shown.isError() ? Severity::Error : Severity::Warning, message);
    }
    emit completeChanged();
}

void FlexoAddressesPage::listChanged()
{
    QSignalBlocker blocker(m_ui->redirectUrisListWidget);
    m_listOk = m_ui->redirectUrisListWidget->count() > 0;
    QString firstProblem;
    for (int i = 0; i < m_ui->redirectUrisListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->redirectUrisListWidget->item(i);
        const RuleResult rule = rules::checkRedirectUri(item->text().trimmed());
        item->setIcon(rule.isError() ? severityIcon(Severity::Error) : QIcon());
        item->setToolTip(rule.message);
        if (rule.isError()) {
            m_listOk = false;
            if (firstProblem.isEmpty())
                firstProblem = item->text() + QStringLiteral(": ") + rule.message;
        }
    }
    m_model->setRedirectUris(uris());
    if (!firstProblem.isEmpty())
        m_ui->redirectUriMessage->showMessage(Severity::Error, firstProblem);
    else if (m_ui->redirectUriLineEdit->text().trimmed().isEmpty())
        m_ui->redirectUriMessage->clear();
    emit completeChanged();
}

void FlexoAddressesPage::lifecycleEdited()
{
    const QString url = m_ui->lifecycleUrlLineEdit->text().trimmed();
    const RuleResult rule = rules::checkLifecycleUrl(url);
    m_lifecycleOk = !rule.isError();
    m_model->setLifecycleUrl(QUrl(url));
    if (url.isEmpty() || rule.severity == RuleSeverity::Ok)
        m_ui->lifecycleMessage->clear();
    else
        m_ui->lifecycleMessage->showMessage(rule.isError() ? Severity::Error : Severity::Warning,
                                            rule.message);
    emit completeChanged();
}

bool FlexoAddressesPage::isComplete() const
{
    // Valid URIs still in the "new" field count: Next adds them.
    const bool pending = !m_ui->redirectUriLineEdit->text().trimmed().isEmpty();
    const bool listUsable = m_listOk || (m_ui->redirectUrisListWidget->count() == 0 && pending);
    return listUsable && m_newUriOk && m_lifecycleOk &&
           !m_ui->lifecycleUrlLineEdit->text().trimmed().isEmpty();
}

bool FlexoAddressesPage::validatePage()
{
    addUri();
    return m_listOk;
}

} // namespace flexo::ui
