#include "ui/wizard/SetupWizard.h"

namespace flexo::ui {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("FlexO Teams Setup"));
}

} // namespace flexo::ui
