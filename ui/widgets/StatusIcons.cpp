#include "ui/widgets/StatusIcons.h"

#include <QCoreApplication>

static void initFlexoUiResources()
{
    Q_INIT_RESOURCE(flexo_ui);
}

namespace flexo::ui {

namespace {

// The names of the check statuses, in one translation context.
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::ui::Status)
};

} // namespace

void initResources()
{
    static const bool done = [] {
        initFlexoUiResources();
        return true;
    }();
    Q_UNUSED(done)
}

QIcon appIcon()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/flexo-teams-setup.svg"));
}

QIcon severityIcon(Severity severity)
{
    initResources();
    switch (severity) {
    case Severity::Info:
        return QIcon(QStringLiteral(":/icons/status-info.svg"));
    case Severity::Success:
        return QIcon(QStringLiteral(":/icons/status-passed.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    case Severity::Busy:
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    }
    return {};
}

QIcon statusIcon(CheckStatus status)
{
    initResources();
    switch (status) {
    case CheckStatus::Pending:
        return QIcon(QStringLiteral(":/icons/status-pending.svg"));
    case CheckStatus::Running:
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    case CheckStatus::Passed:
        return QIcon(QStringLiteral(":/icons/status-passed.svg"));
    case CheckStatus::Skipped:
        return QIcon(QStringLiteral(":/icons/status-skipped.svg"));
    case CheckStatus::Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case CheckStatus::Failed:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    }
    return {};
}

Severity severityOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed:
        return Severity::Success;
    case CheckStatus::Warning:
        return Severity::Warning;
    case CheckStatus::Failed:
        return Severity::Error;
    case CheckStatus::Running:
        return Severity::Busy;
    case CheckStatus::Pending:
    case CheckStatus::Skipped:
        return Severity::Info;
    }
    return Severity::Info;
}

Severity severityOf(RuleSeverity severity)
{
    switch (severity) {
    case RuleSeverity::Error:
        return Severity::Error;
    case RuleSeverity::Warning:
        return Severity::Warning;
    case RuleSeverity::Note:
    case RuleSeverity::Ok:
        return Severity::Info;
    }
    return Severity::Info;
}

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return StatusText::tr("not run");
    case CheckStatus::Running:
        return StatusText::tr("running");
    case CheckStatus::Passed:
        return StatusText::tr("passed");
    case CheckStatus::Skipped:
        return StatusText::tr("skipped");
    case CheckStatus::Warning:
        return StatusText::tr("warning");
    case CheckStatus::Failed:
        return StatusText::tr("failed");
    }
    return {};
}

} // namespace flexo::ui
