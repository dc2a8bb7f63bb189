#include "ui/handover/ExpiryBanner.h"

#include "setup/SecretRotation.h"
#include "ui/widgets/MessageWidget.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace flexo::ui {

ExpiryBanner::ExpiryBanner(QWidget *parent)
    : QWidget(parent)
    , m_message(new MessageWidget(this))
    , m_rotateButton(new QPushButton(tr("Replace the client secret…"), this))
{
    setObjectName(QStringLiteral("expiryBanner"));
    m_message->setObjectName(QStringLiteral("expiryMessage"));
    m_rotateButton->setObjectName(QStringLiteral("expiryRotateButton"));
    m_rotateButton->setAccessibleName(tr("Replace the client secret"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_rotateButton, 0, Qt::AlignTop);
    connect(m_rotateButton, &QPushButton::clicked, this, &ExpiryBanner::rotateRequested);
    hide();
}

void ExpiryBanner::setConfig(const ConnectorConfig &config, const QDate &today)
{
    if (!SecretRotation::isDue(config, today)) {
        m_message->clear();
        hide();
        return;
    }
    const QString date = QLocale().toString(config.secretExpiry, QLocale::LongFormat);
    const qint64 days = today.daysTo(config.secretExpiry);
    const QString fix =
        tr("Create a new secret and replace it here while the old one still works; then enter "
           "the new one in FlexO.");
    if (days < 0) {
        m_message->showMessage(Severity::Error, tr("The client secret expired on %1.").arg(date),
                               tr("FlexO cannot connect to Teams with an expired secret."), fix);
    } else {
        m_message->showMessage(
            Severity::Warning,
            tr("The client secret expires on %1, in %n day(s).", nullptr, int(days)).arg(date),
            tr("When it expires, FlexO stops connecting to Teams."), fix);
    }
    show();
}

} // namespace flexo::ui
