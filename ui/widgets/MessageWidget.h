#pragma once

#include "checks/CheckResult.h"
#include "common/Error.h"
#include "config/ConfigRules.h"
#include "ui/widgets/StatusIcons.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace flexo::ui {

// One message for the admin: a severity icon, what happened, why and what to do, and a Copy
// button that puts the same text, plain, on the clipboard for a ticket. Hidden while empty.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &text, const QString &cause = {},
                     const QString &fix = {}, const QString &reference = {});
    void showError(const Error &error, Severity severity = Severity::Error);
    void showCheck(const CheckResult &result);
    // A rule's finding as the admin types; an Ok finding clears the message.
    void showRule(const RuleResult &rule);
    void clear();

    [[nodiscard]] Severity severity() const { return m_severity; }
    // The message as plain text, exactly what Copy puts on the clipboard.
    [[nodiscard]] QString plainText() const { return m_plain; }
    [[nodiscard]] QSize sizeHint() const override;

signals:
    void copied();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void copyToClipboard();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_copy = nullptr;
    Severity m_severity = Severity::Info;
    QString m_plain;
};

} // namespace flexo::ui
