#pragma once

#include "config/ConnectorConfig.h"
#include "setup/SecretRotation.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace flexo {
class DiagnosisService;
class FlexoHandover;
} // namespace flexo

namespace flexo::ui {

class HandoverView;
class MessageWidget;

// "Replace the client secret": a short guided flow over SecretRotation. Opens Certificates & secrets
// in the cloud's portal, takes the new secret's Value (a Secret ID is refused at once, with why) and
// its expiry date, proves it while the old one still works, stores it, then shows the values for FlexO
// and which old secret to delete in the portal, by its hint.
class RotationDialog : public QDialog
{
    Q_OBJECT

public:
    // `service` (the keychain, the network) must outlive the dialog; `openUrl` opens the portal.
    RotationDialog(DiagnosisService *service, const ConnectorConfig &config, const QString &configPath,
                   std::function<void(const QUrl &)> openUrl, QWidget *parent = nullptr);
    ~RotationDialog() override;

    void setToday(std::function<QDate()> today);
    [[nodiscard]] SecretRotation *rotation() const { return m_rotation; }

signals:
    // The new secret is in place (the config file was saved again).
    void rotated(const flexo::RotationOutcome &outcome);

private:
    void buildUi();
    void checkInput();
    void replace();
    void stepChanged(SecretRotation::Step step);
    void finished(const RotationOutcome &outcome);
    [[nodiscard]] QDate today() const;

    DiagnosisService *m_service = nullptr;
    ConnectorConfig m_config;
    QString m_path;
    std::function<void(const QUrl &)> m_openUrl;
    std::function<QDate()> m_today;
    SecretRotation *m_rotation = nullptr;
    FlexoHandover *m_handover = nullptr;

    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_portalButton = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QDateEdit *m_expiryEdit = nullptr;
    MessageWidget *m_inputMessage = nullptr;
    QPushButton *m_replaceButton = nullptr;
    MessageWidget *m_progressMessage = nullptr;
    MessageWidget *m_oldSecretMessage = nullptr;
    QLabel *m_deleteOldLabel = nullptr;
    HandoverView *m_handoverView = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace flexo::ui
