#pragma once

#include "config/ConnectorConfig.h"

#include <QWidget>

class QPushButton;

namespace flexo::ui {

class MessageWidget;

// At the top of the diagnose view: a secret that expires within 30 days, or has expired, with its
// date and the way out ("Replace the client secret"). Hidden otherwise.
class ExpiryBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryBanner(QWidget *parent = nullptr);

    // Shows or hides itself for `config` as of `today`.
    void setConfig(const ConnectorConfig &config, const QDate &today);

signals:
    void rotateRequested();

private:
    MessageWidget *m_message = nullptr;
    QPushButton *m_rotateButton = nullptr;
};

} // namespace flexo::ui
