#pragma once

#include "config/ConnectorConfig.h"

#include <QDialog>

namespace flexo {
class FlexoHandover;
class SecretKeeper;
} // namespace flexo

namespace flexo::ui {

class HandoverView;

// "FlexO values": the hand-over view for one config, in a window of its own.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    // `keeper` (may be null) must outlive the dialog.
    HandoverDialog(const ConnectorConfig &config, SecretKeeper *keeper, QWidget *parent = nullptr);

    [[nodiscard]] HandoverView *view() const { return m_view; }

private:
    FlexoHandover *m_handover = nullptr;
    HandoverView *m_view = nullptr;
};

} // namespace flexo::ui
