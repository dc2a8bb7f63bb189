#include "ui/diagnose/DiagnoseWindow.h"

#include "checks/Check.h"
#include "checks/CheckRunner.h"
#include "checks/FactLabels.h"
#include "checks/ReportFormatting.h"
#include "checks/ReportSummary.h"
#include "checks/Verification.h"
#include "cloud/CloudCatalog.h"
#include "diagnosis/Diagnosis.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/diagnose/ReportPreviewDialog.h"
#include "ui/handover/ExpiryBanner.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/handover/RotationDialog.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/StatusIcons.h"
#include "ui/widgets/UserPrompt.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flexo::ui {

namespace {

enum Column { TitleColumn, DurationColumn, RemedyColumn };

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

DiagnosisEnvironment desktopEnvironment(QObject *owner)
{
    DiagnosisEnvironment environment;
    environment.network = new QNetworkAccessManager(owner);
    environment.secrets = new KeychainSecretStore(owner);
    environment.openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    return environment;
}

} // namespace

DiagnoseWindow::DiagnoseWindow(QWidget *parent)
    : DiagnoseWindow(desktopEnvironment(this), nullptr, parent)
{}

DiagnoseWindow::DiagnoseWindow(DiagnosisEnvironment environment, UserPrompt *prompt, QWidget *parent)
    : QMainWindow(parent)
    , m_ownPrompt(prompt ? nullptr : std::make_unique<DialogPrompt>())
    , m_prompt(prompt ? prompt : m_ownPrompt.get())
    , m_service(new DiagnosisService(std::move(environment), this))
    , m_diagnosis(new Diagnosis(m_service, this))
{
    setObjectName(QStringLiteral("diagnoseWindow"));
    setWindowTitle(tr("Check a Teams connector"));
    buildUi();
    connect(m_diagnosis, &Diagnosis::checkStarted, this, &DiagnoseWindow::onCheckStarted);
    connect(m_diagnosis, &Diagnosis::checkFinished, this, &DiagnoseWindow::onCheckFinished);
    connect(m_diagnosis, &Diagnosis::finished, this, &DiagnoseWindow::onRunFinished);
    updateButtons();
}

DiagnoseWindow::~DiagnoseWindow()
{
    m_diagnosis->disconnect(this);
    m_diagnosis->cancel();
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

    // A secret about to expire comes first: it is the most common reason a connector stops.
    m_expiryBanner = new ExpiryBanner(central);
    layout->insertWidget(0, m_expiryBanner);

    m_cloudMessage = new MessageWidget(central);
    m_cloudMessage->setObjectName(QStringLiteral("cloudMessage"));
    layout->addWidget(m_cloudMessage);

    // Known once a run has looked into the keychain: opening a file reads nothing from it.
    m_keptSignIn = new QLabel(central);
    m_keptSignIn->setObjectName(QStringLiteral("keptSignInLabel"));
    m_keptSignIn->setWordWrap(true);
    m_keptSignIn->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keptSignIn->hide();
    layout->addWidget(m_keptSignIn);

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

    // The run's verdict in the reports' words, above the list it sums up.
    m_verdict = new QLabel(central);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setVisible(false);
    layout->addWidget(m_verdict);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("checksTreeWidget"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Check"), tr("Duration"), tr("What to do")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RemedyColumn, QHeaderView::Stretch);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setOpenExternalLinks(true);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open config…"), central);
    m_openButton->setObjectName(QStringLiteral("openPushButton"));
    m_runButton = new QPushButton(tr("&Run checks"), central);
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
    m_handoverButton = new QPushButton(tr("FlexO &values…"), central);
    m_handoverButton->setObjectName(QStringLiteral("handoverPushButton"));
    m_handoverButton->setToolTip(tr("The values to enter in FlexO's Teams integration form, to copy."));
    m_rotateButton = new QPushButton(tr("Re&place the client secret…"), central);
    m_rotateButton->setObjectName(QStringLiteral("rotatePushButton"));
    buttons->insertWidget(1, m_handoverButton);
    buttons->insertWidget(2, m_rotateButton);
    connect(m_handoverButton, &QPushButton::clicked, this, &DiagnoseWindow::showFlexoValues);
    connect(m_rotateButton, &QPushButton::clicked, this, &DiagnoseWindow::replaceSecret);
    connect(m_expiryBanner, &ExpiryBanner::rotateRequested, this, &DiagnoseWindow::replaceSecret);
    setCentralWidget(central);
    resize(760, 560);

    // For screen readers, and in the order the eye reads the window, for the keyboard.
    m_header->setAccessibleName(tr("Connector config"));
    m_secretEdit->setAccessibleName(tr("Client secret, used for this check only"));
    m_list->setAccessibleName(tr("Checks"));
    m_details->setAccessibleName(tr("Details of the selected check"));
    m_openButton->setAccessibleName(tr("Open a connector config"));
    m_runButton->setAccessibleName(tr("Run the checks"));
    m_interactiveButton->setAccessibleName(tr("Test the sign-in and a Teams meeting"));
    m_exportButton->setAccessibleName(tr("Export the report"));
    m_details->setTabChangesFocus(true);
    const QList<QWidget *> order{m_secretEdit,        m_list,        m_details, m_openButton, m_runButton,
                                 m_interactiveButton, m_exportButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    connect(m_openButton, &QPushButton::clicked, this, &DiagnoseWindow::chooseConfig);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runChecks(false); });
    connect(m_interactiveButton, &QPushButton::clicked, this, [this] { runChecks(true); });
    connect(m_exportButton, &QPushButton::clicked, this, &DiagnoseWindow::exportReport);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DiagnoseWindow::showDetails);
}

void DiagnoseWindow::chooseConfig()
{
    m_prompt->chooseOpenFile(this, tr("Open a connector config"), QString(),
                             tr("Connector configs (*.json);;All files (*)"), [this](const QString &file) {
                                 if (!file.isEmpty())
                                     openConfig(file);
                             });
}

bool DiagnoseWindow::openConfig(const QString &path)
{
    if (path.isEmpty()) {
        chooseConfig();
        return false;
    }
    m_list->clear();
    m_details->clear();
    m_verdict->clear();
    m_verdict->setVisible(false);
    const bool opened = m_diagnosis->open(path);
    showConfig();
    updateButtons();
    return opened;
}

void DiagnoseWindow::showConfig()
{
    if (!m_diagnosis->isOpen()) {
        m_header->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(escaped(tr("This config cannot be checked.")),
                                   escaped(m_diagnosis->diagnosis().loadError.userText())));
        m_cloudMessage->clear();
        m_expiryBanner->setConfig({}, {});
        return;
    }
    const ConnectorConfig &config = m_diagnosis->config();
    const auto &clock = m_service->environment().clock;
    m_expiryBanner->setConfig(config, (clock ? clock() : QDateTime::currentDateTimeUtc()).date());
    setWindowTitle(
        tr("Check a Teams connector — %1").arg(QFileInfo(m_diagnosis->diagnosis().path).fileName()));
    m_header->setText(tr("Tenant %1, client ID %2, cloud %3")
                          .arg(config.tenant().isEmpty() ? tr("(not set)") : config.tenant(),
                               config.clientId.isEmpty() ? tr("(not set)") : config.clientId,
                               CloudCatalog::info(config.cloud).displayName));
    if (config.cloud == Cloud::Custom) {
        // Named before anything runs: the checks would send the client secret to these servers.
        m_cloudMessage->showMessage(
            Severity::Warning, tr("This config uses a custom cloud, not one of Microsoft's."),
            tr("Sign-in at %1, Microsoft Graph at %2.")
                .arg(config.customLoginBase.toString(), config.customGraphBase.toString()),
            tr("Run the checks only if you trust these servers: the client secret is sent to the sign-in "
               "server."));
    } else {
        m_cloudMessage->clear();
    }
}

void DiagnoseWindow::runChecks(bool interactive)
{
    if (!m_diagnosis->isOpen() || m_diagnosis->isRunning())
        return;
    m_list->clear();
    m_details->clear();
    m_verdict->clear();
    m_verdict->setVisible(false);
    const CheckRunner::Mode mode =
        interactive ? CheckRunner::Mode::Interactive : CheckRunner::Mode::NonInteractive;
    // The checks the run will do, listed before they start.
    const std::unique_ptr<CheckRunner> plan = m_service->createRunner(m_diagnosis->config(), {});
    const QList<CheckId> planned = plan->checkIds(); // what the mode cannot do is listed as skipped
    for (const CheckId id : planned) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, Qt::UserRole, QVariant::fromValue(id));
        const Check *check = plan->check(id);
        item->setText(TitleColumn, check ? check->title() : checkName(id));
        item->setIcon(TitleColumn, statusIcon(CheckStatus::Pending));
    }
    m_diagnosis->run(mode, GivenSecret{m_secretEdit->text(), QStringLiteral("typed")});
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
    // What to do, from the remedy the core set: only where something is wrong.
    const bool problem = result.status == CheckStatus::Failed || result.status == CheckStatus::Warning;
    const QString remedy = problem ? result.remedy.summary() : QString();
    item->setText(RemedyColumn, remedy);
    item->setToolTip(RemedyColumn, remedy);
    if (m_list->currentItem() == item)
        showDetails();
}

void DiagnoseWindow::onRunFinished()
{
    const QList<CheckResult> finished = results();
    // Show the first problem straight away: that is what the support engineer is looking for.
    QTreeWidgetItem *first = nullptr;
    for (const CheckStatus wanted : {CheckStatus::Failed, CheckStatus::Warning}) {
        for (int i = 0; i < m_list->topLevelItemCount() && !first; ++i) {
            const auto id = m_list->topLevelItem(i)->data(TitleColumn, Qt::UserRole).value<CheckId>();
            for (const CheckResult &result : finished) {
                if (result.id == id && result.status == wanted)
                    first = m_list->topLevelItem(i);
            }
        }
    }
    if (first)
        m_list->setCurrentItem(first);
    showKeptSignIn();
    // What did not run says what it needs, in its row and in the verdict above the list.
    for (const UnverifiedCheck &check : Verification::unverified(finished)) {
        QTreeWidgetItem *item = itemFor(check.id);
        item->setText(RemedyColumn, Verification::reasonText(check.reason));
        item->setToolTip(RemedyColumn, item->text(RemedyColumn));
    }
    const ReportRun run = reportRun();
    m_verdict->setText(QStringLiteral("<b>%1</b>").arg(escaped(report::verdictSentence(run))));
    m_verdict->setAccessibleDescription(report::verdictSentence(run));
    m_verdict->setVisible(true);
    updateButtons();
    emit runFinished();
}

void DiagnoseWindow::showKeptSignIn()
{
    const ConfigDiagnosis &diagnosis = m_diagnosis->diagnosis();
    if (!diagnosis.keptSignInAccount.isEmpty())
        m_keptSignIn->setText(
            tr("Monitoring sign-in: kept for %1 since %2.")
                .arg(diagnosis.keptSignInAccount,
                     QLocale().toString(diagnosis.keptSignInSince.toLocalTime(), QLocale::ShortFormat)));
    else if (diagnosis.keptSignInProblem)
        m_keptSignIn->setText(
            tr("Monitoring sign-in: unknown. %1").arg(diagnosis.keptSignInProblem.userText()));
    else
        m_keptSignIn->setText(
            tr("Monitoring sign-in: none kept. Runs without a person skip the token refresh "
               "and the meeting probe (keep one with diagnose --interactive --keep-sign-in)."));
    m_keptSignIn->setAccessibleName(m_keptSignIn->text());
    m_keptSignIn->setVisible(m_diagnosis->isOpen());
}

void DiagnoseWindow::showDetails()
{
    QTreeWidgetItem *item = m_list->currentItem();
    CheckRunner *runner = m_diagnosis->runner();
    if (!item || !runner) {
        m_details->clear();
        return;
    }
    const CheckResult result = runner->result(item->data(TitleColumn, Qt::UserRole).value<CheckId>());
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>").arg(escaped(result.title), escaped(statusText(result.status)));
    if (!result.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(result.summary));
    if (!result.cause.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Cause:")), escaped(result.cause));
    if (!result.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Fix:")), escaped(result.fix));
    const bool problem = result.status == CheckStatus::Failed || result.status == CheckStatus::Warning;
    if (problem && !result.remedy.isNull()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("What to do:")), escaped(result.remedy.summary()));
        // The consent link opens for an administrator; the request to send them is shown as written.
        if (result.remedy.kind == RemedyKind::GrantAdminConsent && result.remedy.link.isValid())
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(escaped(result.remedy.link.toString(QUrl::FullyEncoded)),
                             escaped(tr("Admin-consent link")));
        if (result.remedy.kind == RemedyKind::GrantAdminConsent && !result.remedy.text.isEmpty())
            html += QStringLiteral("<pre>%1</pre>").arg(escaped(result.remedy.text));
    }
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
        add(FactLabels::label(it.key()), report::factText(it.value()));
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
    ConfigDiagnosis diagnosis = m_diagnosis->diagnosis();
    diagnosis.results = results();
    return diagnosis.toReportRun();
}

void DiagnoseWindow::exportReport()
{
    auto *dialog = new ReportPreviewDialog({reportRun()}, m_diagnosis->sensitiveValues(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DiagnoseWindow::isRunning() const
{
    return m_diagnosis->isRunning();
}

QList<CheckResult> DiagnoseWindow::results() const
{
    // While a run goes on, what has finished so far.
    return m_diagnosis->runner() ? m_diagnosis->runner()->results() : QList<CheckResult>{};
}

void DiagnoseWindow::updateButtons()
{
    const bool running = isRunning();
    const bool open = m_diagnosis->isOpen();
    m_runButton->setEnabled(open && !running);
    m_interactiveButton->setEnabled(open && !running);
    m_exportButton->setEnabled(open && !running && !results().isEmpty());
    m_handoverButton->setEnabled(open);
    m_rotateButton->setEnabled(open && !running);
}

void DiagnoseWindow::showFlexoValues()
{
    if (!m_diagnosis->isOpen())
        return;
    auto *dialog = new HandoverDialog(m_diagnosis->config(), m_service->keeper(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DiagnoseWindow::replaceSecret()
{
    if (!m_diagnosis->isOpen() || isRunning())
        return;
    const DiagnosisEnvironment &environment = m_service->environment();
    auto *dialog = new RotationDialog(m_service, m_diagnosis->config(), m_diagnosis->diagnosis().path,
                                      environment.openBrowser, this);
    if (environment.clock)
        dialog->setToday([clock = environment.clock] { return clock().date(); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The file now records the new expiry date: read it again so the banner and the checks follow.
    connect(dialog, &RotationDialog::rotated, this,
            [this, path = m_diagnosis->diagnosis().path] { openConfig(path); });
    dialog->show();
}

} // namespace flexo::ui
