#include "ui/wizard/MeetingTestPage.h"

#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui/widgets/StatusIcons.h"
#include "ui_MeetingTestPage.h"

#include <QHeaderView>

namespace flexo::ui {

namespace {

constexpr CheckId createId = CheckId::MeetingCreate;
constexpr CheckId deleteId = CheckId::MeetingDelete;

} // namespace

MeetingTestPage::MeetingTestPage(SetupModel *model, SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::MeetingTestPage>())
    , m_model(model)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->runMeetingTestButton->setAccessibleName(tr("Run the meeting test"));
    m_ui->cancelMeetingTestButton->setAccessibleName(tr("Cancel the meeting test"));
    m_ui->deleteLeftoverButton->setAccessibleName(tr("Delete the test meeting left by an earlier run"));

    auto *create = new QTreeWidgetItem(m_ui->stepsTreeWidget,
                                       {tr("Create a test meeting in Teams"), QString(), QString()});
    create->setData(0, Qt::UserRole, QVariant::fromValue(createId));
    auto *remove = new QTreeWidgetItem(m_ui->stepsTreeWidget,
                                       {tr("Delete it and confirm that it is gone"), QString(), QString()});
    remove->setData(0, Qt::UserRole, QVariant::fromValue(deleteId));
    QHeaderView *header = m_ui->stepsTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->stepsTreeWidget->setMaximumHeight(m_ui->stepsTreeWidget->sizeHintForRow(0) * 4 +
                                            header->sizeHint().height());

    connect(m_ui->runMeetingTestButton, &QPushButton::clicked, this, &MeetingTestPage::run);
    connect(m_ui->cancelMeetingTestButton, &QPushButton::clicked, m_controller, &SetupController::cancel);
    connect(m_ui->deleteLeftoverButton, &QPushButton::clicked, this, [this] {
        m_deleting = true;
        m_ui->leftoverMessage->showMessage(Severity::Busy, tr("Deleting the earlier test meeting…"));
        updateState();
        m_controller->deleteLeftovers();
    });
    connect(m_controller, &SetupController::checkStarted, this, [this](CheckId id) {
        if (!m_running)
            return;
        if (QTreeWidgetItem *item = itemFor(id)) {
            item->setIcon(1, statusIcon(CheckStatus::Running));
            item->setText(1, statusText(CheckStatus::Running));
            item->setText(2, QString());
        }
    });
    connect(m_controller, &SetupController::checkFinished, this, [this](const CheckResult &result) {
        if (m_running)
            showStep(result);
    });
    connect(m_controller, &SetupController::taskFinished, this, [this](SetupController::Task task, bool ok) {
        if (task == SetupController::Task::MeetingTest && m_running) {
            m_running = false;
            if (!m_model->passed(createId) || !m_model->passed(deleteId)) {
                const CheckResult created = m_model->result(createId);
                const CheckResult deleted = m_model->result(deleteId);
                if (created.status == CheckStatus::Failed)
                    m_ui->meetingMessage->showCheck(created);
                else if (deleted.status == CheckStatus::Failed)
                    m_ui->meetingMessage->showCheck(deleted);
                else if (!m_model->hasResult(createId))
                    m_ui->meetingMessage->showMessage(Severity::Info, tr("The meeting test was cancelled."),
                                                      {}, tr("Press Run the meeting test to try again."));
            } else {
                m_ui->meetingMessage->showMessage(
                    Severity::Success, tr("FlexO will be able to create and delete Teams meetings."));
            }
            // A meeting whose delete failed can only be removed by hand: say which one.
            m_removeByHand = m_removeByHand || (m_model->passed(createId) && !m_model->passed(deleteId));
            updateLeftovers();
        } else if (task == SetupController::Task::DeleteLeftover) {
            m_deleting = false;
            m_removeByHand = !ok;
            updateLeftovers();
            if (ok)
                m_ui->leftoverMessage->showMessage(Severity::Success,
                                                   tr("The earlier test meeting was deleted."));
        }
        updateState();
    });
    connect(m_controller, &SetupController::leftoversChanged, this, &MeetingTestPage::updateLeftovers);
    updateState();
}

MeetingTestPage::~MeetingTestPage() = default;

void MeetingTestPage::initializePage()
{
    for (const CheckId id : {createId, deleteId}) {
        if (m_model->hasResult(id))
            showStep(m_model->result(id));
    }
    updateLeftovers();
    updateState();
    m_ui->runMeetingTestButton->setFocus();
}

bool MeetingTestPage::isComplete() const
{
    return !m_running && !m_deleting && m_model->passed(createId) && m_model->passed(deleteId);
}

QTreeWidgetItem *MeetingTestPage::itemFor(CheckId id) const
{
    for (int i = 0; i < m_ui->stepsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->stepsTreeWidget->topLevelItem(i);
        if (item->data(0, Qt::UserRole).value<CheckId>() == id)
            return item;
    }
    return nullptr;
}

void MeetingTestPage::run()
{
    if (m_running)
        return;
    m_running = true;
    m_ui->meetingMessage->clear();
    for (const CheckId id : {createId, deleteId}) {
        QTreeWidgetItem *item = itemFor(id);
        item->setIcon(1, statusIcon(CheckStatus::Pending));
        item->setText(1, statusText(CheckStatus::Pending));
        item->setText(2, QString());
    }
    updateState();
    m_controller->runMeetingTest();
}

void MeetingTestPage::showStep(const CheckResult &result)
{
    QTreeWidgetItem *item = itemFor(result.id);
    if (!item)
        return;
    item->setIcon(1, statusIcon(result.status));
    item->setText(1, statusText(result.status));
    item->setText(2, result.status == CheckStatus::Skipped
                         ? QString()
                         : tr("%1 s").arg(QLocale().toString(result.durationMs / 1000.0, 'f', 1)));
    item->setToolTip(0, result.summary);
    if (result.status == CheckStatus::Failed)
        m_ui->meetingMessage->showCheck(result);
}

void MeetingTestPage::updateLeftovers()
{
    const int count = m_controller->leftoverMeetingCount();
    m_ui->deleteLeftoverButton->setVisible(count > 0);
    if (count == 0)
        m_removeByHand = false;
    if (count > 0 && !m_deleting && m_removeByHand) {
        showLeftoversToRemoveByHand();
    } else if (count > 0 && !m_deleting) {
        m_ui->leftoverMessage->showMessage(
            Severity::Warning,
            tr("A test meeting from an earlier run may still be in the signed-in account."),
            tr("An earlier run stopped after creating its \"FlexO connection test\" meeting and before "
               "deleting it."),
            tr("Press Delete the earlier test meeting; it needs the test sign-in of the same account."));
    } else if (count == 0 && m_ui->leftoverMessage->severity() != Severity::Success) {
        m_ui->leftoverMessage->clear();
    }
}

void MeetingTestPage::showLeftoversToRemoveByHand()
{
    // The ids and links are the only way to find these meetings again: list them all, and Copy
    // puts them on the clipboard with the rest of the message.
    QStringList lines;
    const QList<JournalEntry> meetings = m_controller->leftoverMeetings();
    for (const JournalEntry &meeting : meetings) {
        lines << tr("Meeting id: %1").arg(meeting.meetingId);
        if (meeting.joinWebUrl.isValid())
            lines << tr("Join link: %1").arg(meeting.joinWebUrl.toString());
    }
    m_ui->leftoverMessage->showMessage(
        Severity::Error,
        tr("%n earlier test meeting(s) could not be deleted and must be removed by hand.", "",
           int(meetings.size())),
        lines.join(QLatin1Char('\n')),
        tr("Open the calendar of the signed-in account in Teams or Outlook and delete the \"FlexO connection "
           "test\" meeting(s) listed here, or try Delete the earlier test meeting again later."));
}

void MeetingTestPage::updateState()
{
    const bool busy = m_running || m_deleting;
    m_ui->runMeetingTestButton->setEnabled(!busy && m_model->passed(CheckId::SignIn));
    m_ui->cancelMeetingTestButton->setEnabled(m_running);
    m_ui->deleteLeftoverButton->setEnabled(!busy && m_model->passed(CheckId::SignIn));
    emit completeChanged();
}

} // namespace flexo::ui
