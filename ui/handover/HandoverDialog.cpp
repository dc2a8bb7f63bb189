#include "ui/handover/HandoverDialog.h"

#include "setup/FlexoHandover.h"
#include "ui/handover/HandoverView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace flexo::ui {

HandoverDialog::HandoverDialog(const ConnectorConfig &config, SecretKeeper *keeper, QWidget *parent)
    : QDialog(parent)
    , m_handover(new FlexoHandover(config, keeper, this))
{
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Values for FlexO"));
    auto *layout = new QVBoxLayout(this);
    m_view = new HandoverView(m_handover, this);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

} // namespace flexo::ui
