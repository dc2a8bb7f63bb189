#include "ui/diagnose/DiagnoseWindow.h"

#include "checks/CheckRunner.h"
#include "checks/StandardChecks.h"
#include "cloud/CloudCatalog.h"
#include "config/ConfigFile.h"
#include "config/ConfigRules.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/diagnose/ReportPreviewDialog.h"
#include "ui/widgets/StatusIcons.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flexo::ui {

namespace {

enum Column { TitleColumn, DurationColumn };

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return {};
    if (ms < 1000)
        return DiagnoseWindow::tr("%1 ms").arg(ms);
    return DiagnoseWindow::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

std::vector<std::unique_ptr<Check>> createChecks()
{
    return StandardChecks::create();
}

} // namespace

DiagnoseWindow::DiagnoseWindow(QWidget *parent)
    : DiagnoseWindow(nullptr, nullptr, parent)
{}

DiagnoseWindow::DiagnoseWindow(QNetworkAccessManager *network, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_secrets(secrets ? secrets : new KeychainSecretStore(this))
{
    setObjectName(QStringLiteral("diagnoseWindow"));
    setWindowTitle(tr("Check a Teams connector"));
    buildUi();
    updateButtons();
}

DiagnoseWindow::~DiagnoseWindow()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void DiagnoseWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_header = new QLabel(tr("Open a connector config to check it."), central);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto *secretRow = new QHBoxLayout;
    auto *secretLabel = new QLabel(tr("Client secret (when not in the keychain):"), central);
    m_secretEdit = new QLineEdit(central);
    m_secretEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(tr("used for this check only, never saved"));
    secretLabel->setBuddy(m_secretEdit);
    secretRow->addWidget(secretLabel);
    secretRow->addWidget(m_secretEdit, 1);
    layout->addLayout(secretRow);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("checksTreeWidget"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Check"), tr("Duration")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setOpenExternalLinks(true);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open config…"), central);
    m_openButton->setObjectName(QStringLiteral("openPushButton"));
    m_runButton = new QPushButton(tr("&Run checks again"), central);
    m_runButton->setObjectName(QStringLiteral("runPushButton"));
    m_interactiveButton = new QPushButton(tr("Test &sign-in and meeting…"), central);
    m_interactiveButton->setObjectName(QStringLiteral("interactivePushButton"));
    m_interactiveButton->setToolTip(
        tr("Signs in in your browser and creates and deletes a probe Teams meeting."));
    m_exportButton = new QPushButton(tr("&Export report…"), central);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_interactiveButton);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);
    setCentralWidget(central);
    resize(760, 560);

    connect(m_openButton, &QPushButton::clicked, this, &DiagnoseWindow::chooseConfig);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runChecks(false); });
    connect(m_interactiveButton, &QPushButton::clicked, this, [this] { runChecks(true); });
    connect(m_exportButton, &QPushButton::clicked, this, &DiagnoseWindow::exportReport);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DiagnoseWindow::showDetails);
}

void DiagnoseWindow::chooseConfig()
{
    auto *dialog = new QFileDialog(this, tr("Open a connector config"), QString(),
                                   tr("Connector configs (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { openConfig(file); });
    dialog->open();
}

bool DiagnoseWindow::openConfig(const QString &path)
{
    if (path.isEmpty()) {
        chooseConfig();
        return false;
    }
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    const Result<ConnectorConfig> loaded = ConfigFile::load(path);
    if (!loaded.ok()) {
        m_configLoaded = false;
        m_header->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(escaped(tr("This config cannot be checked.")), escaped(loaded.error().userText())));
        m_list->clear();
        m_details->clear();
        m_results.clear();
        updateButtons();
        return false;
    }
    m_path = path;
    m_config = loaded.value();
    m_keychainSecret = rules::normalizeSecret(m_config.secret);
    m_config.secret.clear();
    m_configLoaded = true;
    setWindowTitle(tr("Check a Teams connector — %1").arg(QFileInfo(path).fileName()));
    m_header->setText(tr("Tenant %1, client ID %2, cloud %3")
                          .arg(m_config.tenant().isEmpty() ? tr("(not set)") : m_config.tenant(),
                               m_config.clientId.isEmpty() ? tr("(not set)") : m_config.clientId,
                               CloudCatalog::info(m_config.cloud).displayName));
    const SecretLocation &where = m_config.secretLocation;
    if (m_keychainSecret.isEmpty() && !where.keychainService.isEmpty() && !where.keychainKey.isEmpty()) {
        m_secrets->read(where.keychainService, where.keychainKey, this,
                        [this](const SecretStore::Outcome &outcome) {
                            if (outcome.ok())
                                m_keychainSecret = rules::normalizeSecret(outcome.value);
                            runChecks(false);
                        });
        updateButtons();
        return true;
    }
    runChecks(false);
    return true;
}

void DiagnoseWindow::runChecks(bool interactive)
{
    if (!m_configLoaded || (m_runner && m_runner->isRunning()))
        return;
    const QString typed = rules::normalizeSecret(m_secretEdit->text());
    startRun(interactive, typed.isEmpty() ? m_keychainSecret : typed);
}

void DiagnoseWindow::startRun(bool interactive, const QString &secret)
{
    if (m_runner)
        m_runner->deleteLater();
    CheckContext context(m_config, m_network);
    context.secret = secret;
    context.openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    m_runner = new CheckRunner(std::move(context), this);
    m_runner->addChecks(createChecks());
    m_list->clear();
    m_details->clear();
    m_results.clear();
    const CheckRunner::Mode mode =
        interactive ? CheckRunner::Mode::Interactive : CheckRunner::Mode::NonInteractive;
    const QList<CheckId> planned = m_runner->idsFor(mode);
    for (const CheckId id : planned) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, Qt::UserRole, QVariant::fromValue(id));
        const Check *check = m_runner->check(id);
        item->setText(TitleColumn, check ? check->title() : checkName(id));
        item->setIcon(TitleColumn, statusIcon(CheckStatus::Pending));
    }
    connect(m_runner, &CheckRunner::checkStarted, this, &DiagnoseWindow::onCheckStarted);
    connect(m_runner, &CheckRunner::checkFinished, this, &DiagnoseWindow::onCheckFinished);
    connect(m_runner, &CheckRunner::finished, this, &DiagnoseWindow::onRunFinished);
    m_runner->run(mode);
    updateButtons();
}

QTreeWidgetItem *DiagnoseWindow::itemFor(CheckId id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(TitleColumn, Qt::UserRole).value<CheckId>() == id)
            return item;
    }
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(TitleColumn, Qt::UserRole, QVariant::fromValue(id));
    item->setText(TitleColumn, checkName(id));
    return item;
}

void DiagnoseWindow::onCheckStarted(CheckId id)
{
    itemFor(id)->setIcon(TitleColumn, statusIcon(CheckStatus::Running));
}

void DiagnoseWindow::onCheckFinished(const CheckResult &result)
{
    QTreeWidgetItem *item = itemFor(result.id);
    item->setText(TitleColumn, result.title);
    item->setIcon(TitleColumn, statusIcon(result.status));
    item->setToolTip(TitleColumn, statusText(result.status));
    item->setText(DurationColumn, durationText(result.durationMs));
    if (m_list->currentItem() == item)
        showDetails();
}

void DiagnoseWindow::onRunFinished()
{
    if (m_runner)
        m_results = m_runner->results();
    // Show the first problem straight away: that is what the support engineer is looking for.
    QTreeWidgetItem *first = nullptr;
    for (const CheckStatus wanted : {CheckStatus::Failed, CheckStatus::Warning}) {
        for (int i = 0; i < m_list->topLevelItemCount() && !first; ++i) {
            const auto id = m_list->topLevelItem(i)->data(TitleColumn, Qt::UserRole).value<CheckId>();
            for (const CheckResult &result : std::as_const(m_results)) {
                if (result.id == id && result.status == wanted)
                    first = m_list->topLevelItem(i);
            }
        }
    }
    if (first)
        m_list->setCurrentItem(first);
    updateButtons();
    emit runFinished();
}

void DiagnoseWindow::showDetails()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_runner) {
        m_details->clear();
        return;
    }
    const CheckResult result = m_runner->result(item->data(TitleColumn, Qt::UserRole).value<CheckId>());
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>").arg(escaped(result.title), escaped(statusText(result.status)));
    if (!result.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(result.summary));
    if (!result.cause.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Cause:")), escaped(result.cause));
    if (!result.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Fix:")), escaped(result.fix));
    QStringList seen;
    const CheckObservation &o = result.observed;
    const auto add = [&seen](const QString &label, const QString &value) {
        if (!value.isEmpty())
            seen << QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                        .arg(escaped(label), escaped(value));
    };
    add(tr("HTTP status"), o.httpStatus > 0 ? QString::number(o.httpStatus) : QString());
    add(tr("AADSTS code"), o.aadsts);
    add(tr("OAuth error"), o.oauthError);
    add(tr("Graph error code"), o.graphCode);
    add(tr("Trace ID"), o.traceId);
    add(tr("Correlation ID"), o.correlationId);
    add(tr("Request ID"), o.requestId);
    add(tr("Server time"), o.timestamp);
    for (auto it = result.facts.constBegin(); it != result.facts.constEnd(); ++it)
        add(it.key(), it.value().toStringList().isEmpty()
                          ? it.value().toString()
                          : it.value().toStringList().join(QStringLiteral(", ")));
    if (!seen.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><table>%2</table>")
                    .arg(escaped(tr("Observed:")), seen.join(QString()));
    if (!result.helpUrl.isEmpty())
        html +=
            QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(escaped(result.helpUrl.toString()), escaped(tr("Microsoft's page about this error")));
    m_details->setHtml(html);
}

ReportRun DiagnoseWindow::reportRun() const
{
    ReportRun run = ReportRun::fromConfig(m_config, m_results, m_path);
    const QString secret = m_runner ? m_runner->context().secret : QString();
    run.secretLength = static_cast<int>(secret.size());
    if (!secret.isEmpty())
        run.secretHint = secret.left(3);
    return run;
}

void DiagnoseWindow::exportReport()
{
    QStringList sensitive;
    if (m_runner)
        sensitive = m_runner->context().sensitiveValues();
    auto *dialog = new ReportPreviewDialog({reportRun()}, sensitive, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DiagnoseWindow::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QList<CheckResult> DiagnoseWindow::results() const
{
    return m_results;
}

void DiagnoseWindow::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(m_configLoaded && !running);
    m_interactiveButton->setEnabled(m_configLoaded && !running);
    m_exportButton->setEnabled(m_configLoaded && !running && !m_results.isEmpty());
}

} // namespace flexo::ui
