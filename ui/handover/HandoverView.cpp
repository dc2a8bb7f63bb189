#include "ui/handover/HandoverView.h"

#include "setup/FlexoHandover.h"
#include "ui/widgets/CopyField.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace flexo::ui {

namespace {

QString objectNameFor(HandoverField::Kind kind)
{
    switch (kind) {
    case HandoverField::Kind::TenantId:
        return QStringLiteral("tenantIdField");
    case HandoverField::Kind::ApplicationId:
        return QStringLiteral("applicationIdField");
    case HandoverField::Kind::ApplicationSecretKey:
        return QStringLiteral("applicationSecretKeyField");
    case HandoverField::Kind::RedirectionUrl:
        return QStringLiteral("redirectionUrlField");
    case HandoverField::Kind::LifecycleUrl:
        return QStringLiteral("lifecycleUrlField");
    }
    return {};
}

} // namespace

HandoverView::HandoverView(FlexoHandover *handover, QWidget *parent)
    : QWidget(parent)
    , m_handover(handover)
    , m_clipboardTimer(new QTimer(this))
    , m_clipboardLifetime(FlexoHandover::clipboardLifetime)
{
    setObjectName(QStringLiteral("handoverView"));
    m_clipboardTimer->setSingleShot(true);
    connect(m_clipboardTimer, &QTimer::timeout, this, &HandoverView::clearClipboard);
    buildRows();
}

HandoverView::~HandoverView()
{
    // Closing the view (the wizard, the dialog) does not leave the secret behind on the clipboard.
    clearClipboard();
}

void HandoverView::buildRows()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro =
        new QLabel(tr("Enter these values in FlexO's Teams integration settings, each under the same "
                      "name:"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const QList<HandoverField> fields = FlexoHandover::fields(m_handover->config());
    int redirection = 0;
    for (const HandoverField &field : fields) {
        auto *label = new QLabel(field.name + QLatin1Char(':'), this);
        if (field.isSecret()) {
            auto *row = new QWidget(this);
            row->setObjectName(objectNameFor(field.kind));
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(4);
            m_secretEdit = new QLineEdit(row);
            m_secretEdit->setObjectName(QStringLiteral("secretValueLineEdit"));
            m_secretEdit->setReadOnly(true);
            m_secretEdit->setText(FlexoHandover::secretPlaceholder(m_handover->config()));
            m_secretEdit->setAccessibleName(field.name);
            m_showButton = new QToolButton(row);
            m_showButton->setObjectName(QStringLiteral("showSecretButton"));
            m_showButton->setText(tr("Show"));
            m_showButton->setAccessibleName(tr("Show %1").arg(field.name));
            m_copyButton = new QToolButton(row);
            m_copyButton->setObjectName(QStringLiteral("copySecretButton"));
            m_copyButton->setText(tr("Copy"));
            m_copyButton->setAccessibleName(tr("Copy %1").arg(field.name));
            m_copyButton->setToolTip(FlexoHandover::clipboardNotice());
            rowLayout->addWidget(m_secretEdit, 1);
            rowLayout->addWidget(m_showButton);
            rowLayout->addWidget(m_copyButton);
            label->setBuddy(m_secretEdit);
            form->addRow(label, row);
            connect(m_showButton, &QToolButton::clicked, this, [this] {
                if (m_shown)
                    hideSecret();
                else
                    fetchSecret(Want::Show);
            });
            connect(m_copyButton, &QToolButton::clicked, this, [this] { fetchSecret(Want::Copy); });
            continue;
        }
        auto *copy = new CopyField(this);
        QString name = objectNameFor(field.kind);
        if (field.kind == HandoverField::Kind::RedirectionUrl && redirection++ > 0)
            name += QString::number(redirection - 1);
        copy->setObjectName(name);
        copy->setValue(field.value);
        copy->setAccessibleLabel(field.name);
        label->setBuddy(copy->lineEdit());
        form->addRow(label, copy);
    }
    layout->addLayout(form);

    m_secretMessage = new MessageWidget(this);
    m_secretMessage->setObjectName(QStringLiteral("secretMessage"));
    layout->addWidget(m_secretMessage);

    m_reminder = new QLabel(FlexoHandover::reminder(), this);
    m_reminder->setObjectName(QStringLiteral("reminderLabel"));
    m_reminder->setWordWrap(true);
    layout->addWidget(m_reminder);
}

void HandoverView::fetchSecret(Want want)
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_showButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_handover->fetchSecret(this, [this, want](const QString &secret, const Error &error) {
        secretArrived(want, secret, error);
    });
}

void HandoverView::secretArrived(Want want, const QString &secret, const Error &error)
{
    m_fetching = false;
    m_showButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    if (error || secret.isEmpty()) {
        m_secretMessage->showError(error);
        return;
    }
    if (want == Want::Show) {
        m_secretEdit->setText(secret);
        m_secretEdit->setCursorPosition(0);
        m_showButton->setText(tr("Hide"));
        m_shown = true;
        return;
    }
    QApplication::clipboard()->setText(secret);
    m_copied = secret;
    m_clipboardTimer->start(m_clipboardLifetime);
    m_secretMessage->showMessage(Severity::Success, tr("The client secret is on the clipboard."), {},
                                 FlexoHandover::clipboardNotice());
    emit secretCopied();
}

void HandoverView::hideSecret()
{
    m_secretEdit->setText(FlexoHandover::secretPlaceholder(m_handover->config()));
    m_showButton->setText(tr("Show"));
    m_shown = false;
}

void HandoverView::clearClipboard()
{
    m_clipboardTimer->stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QApplication::clipboard();
    // Only our own copy: what the admin copied since is theirs.
    if (clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.fill(QLatin1Char('\0'));
    m_copied.clear();
    if (m_secretMessage)
        m_secretMessage->showMessage(Severity::Info, tr("The client secret was removed from the clipboard."));
    emit clipboardCleared();
}

} // namespace flexo::ui
