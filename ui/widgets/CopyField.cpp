#include "ui/widgets/CopyField.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace flexo::ui {

CopyField::CopyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setReadOnly(true);
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copy);
    setFocusProxy(m_edit);
    connect(m_copy, &QToolButton::clicked, this, &CopyField::copy);
}

void CopyField::setValue(const QString &value)
{
    m_edit->setText(value);
    m_edit->setCursorPosition(0);
    m_edit->setToolTip(value);
}

QString CopyField::value() const
{
    return m_edit->text();
}

void CopyField::setAccessibleLabel(const QString &label)
{
    m_edit->setAccessibleName(label);
    m_copy->setAccessibleName(tr("Copy %1").arg(label));
    m_copy->setToolTip(tr("Copy %1").arg(label));
}

void CopyField::copy()
{
    QApplication::clipboard()->setText(m_edit->text());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(tr("Copy")); });
    emit copied(m_edit->text());
}

} // namespace flexo::ui
