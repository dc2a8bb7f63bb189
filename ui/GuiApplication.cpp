#include "ui/GuiApplication.h"

#include "ui/wizard/SetupWizard.h"

#include <QApplication>

namespace flexo::ui {

int runGui(int &argc, char **argv, void (*setIdentity)())
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("flexo::ui", "FlexO Teams Setup"));

    SetupWizard wizard;
    wizard.show();
    return QApplication::exec();
}

} // namespace flexo::ui
