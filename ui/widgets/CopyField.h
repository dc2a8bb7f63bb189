#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace flexo::ui {

// A value the admin pastes elsewhere (into the Azure portal, into a mail): shown read-only,
// selectable, with a Copy button beside it.
class CopyField : public QWidget
{
    Q_OBJECT

public:
    explicit CopyField(QWidget *parent = nullptr);

    void setValue(const QString &value);
    [[nodiscard]] QString value() const;
    // Names the field and its button for screen readers: "Redirect URI" -> "Copy Redirect URI".
    void setAccessibleLabel(const QString &label);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QToolButton *copyButton() const { return m_copy; }

signals:
    void copied(const QString &value);

private:
    void copy();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_copy = nullptr;
};

} // namespace flexo::ui
