#pragma once

#include "common/Error.h"

#include <QWidget>

#include <chrono>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace flexo {
class FlexoHandover;
}

namespace flexo::ui {

class MessageWidget;

// The values for FlexO's Teams integration form, each with a Copy button, under the form's own field
// names: the wizard's last step, the diagnose window's "FlexO values" and the end of a secret
// rotation. The secret is read (through FlexoHandover, from the keychain) only when Show or its Copy
// is pressed; a copied secret is taken off the clipboard after a while, if the clipboard still holds it.
class HandoverView : public QWidget
{
    Q_OBJECT

public:
    // `handover` must outlive the view.
    explicit HandoverView(FlexoHandover *handover, QWidget *parent = nullptr);
    ~HandoverView() override;

    // FlexoHandover::clipboardLifetime unless changed (tests shorten it).
    void setClipboardLifetime(std::chrono::milliseconds lifetime) { m_clipboardLifetime = lifetime; }

signals:
    void secretCopied();
    void clipboardCleared();

private:
    enum class Want { Show, Copy };
    void buildRows();
    void fetchSecret(Want want);
    void secretArrived(Want want, const QString &secret, const Error &error);
    void hideSecret();
    void clearClipboard();

    FlexoHandover *m_handover = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QToolButton *m_showButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    MessageWidget *m_secretMessage = nullptr;
    QLabel *m_reminder = nullptr;
    QTimer *m_clipboardTimer = nullptr;
    std::chrono::milliseconds m_clipboardLifetime;
    QString m_copied; // the secret while it may still be on the clipboard
    bool m_shown = false;
    bool m_fetching = false;
};

} // namespace flexo::ui
