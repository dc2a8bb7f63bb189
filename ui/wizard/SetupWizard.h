#pragma once

#include <QWizard>

namespace flexo::ui {

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(QWidget *parent = nullptr);
};

} // namespace flexo::ui
