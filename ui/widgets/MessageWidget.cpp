#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace flexo::ui {

namespace {

QColor accentOf(Severity severity)
{
    switch (severity) {
    case Severity::Success:
        return QColor(0x2e, 0x9d, 0x5b);
    case Severity::Warning:
        return QColor(0xe0, 0xa1, 0x00);
    case Severity::Error:
        return QColor(0xd1, 0x34, 0x38);
    case Severity::Info:
    case Severity::Busy:
        return QColor(0x3b, 0x78, 0xd8);
    }
    return {};
}

QColor blend(const QColor &base, const QColor &accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("messageTextLabel"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::NoFocus);
    // As tall as the text at the width it gets, not at the narrow width of QLabel's own size hint.
    QSizePolicy textPolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    textPolicy.setHeightForWidth(true);
    m_text->setSizePolicy(textPolicy);
    m_copy->setObjectName(QStringLiteral("copyMessageButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this message as text, for example for a support ticket"));
    m_copy->setAccessibleName(tr("Copy message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QToolButton::clicked, this, &MessageWidget::copyToClipboard);
    setAccessibleName(tr("Message"));
    // Never stretched taller than its text: a page's spare room stays below it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void MessageWidget::showMessage(Severity severity, const QString &text, const QString &cause,
                                const QString &fix, const QString &reference)
{
    m_severity = severity;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(severityIcon(severity).pixmap(side, side));

    QString rich = QStringLiteral("<b>") + html(text) + QStringLiteral("</b>");
    m_plain = text;
    if (!cause.isEmpty()) {
        rich += QStringLiteral("<br>") + html(cause);
        m_plain += QLatin1Char('\n') + tr("Why: %1").arg(cause);
    }
    if (!fix.isEmpty()) {
        rich += QStringLiteral("<br>") + tr("<b>What to do:</b> %1").arg(html(fix));
        m_plain += QLatin1Char('\n') + tr("What to do: %1").arg(fix);
    }
    if (!reference.isEmpty()) {
        rich += QStringLiteral("<br><small>") + html(reference) + QStringLiteral("</small>");
        m_plain += QLatin1Char('\n') + reference;
    }
    m_text->setText(rich);
    m_text->setAccessibleDescription(m_plain);
    setAccessibleDescription(m_plain);
    m_copy->setVisible(severity != Severity::Busy);
    show();
    update();
}

void MessageWidget::showError(const Error &error, Severity severity)
{
    QString reference;
    if (!error.code.isEmpty())
        reference = tr("Code: %1").arg(error.code);
    showMessage(severity, error.message, error.cause, error.fix, reference);
}

void MessageWidget::showCheck(const CheckResult &result)
{
    QStringList reference;
    const CheckObservation &o = result.observed;
    if (!o.aadsts.isEmpty())
        reference << o.aadsts;
    if (!o.graphCode.isEmpty())
        reference << o.graphCode;
    if (o.httpStatus != 0)
        reference << tr("HTTP %1").arg(o.httpStatus);
    if (!o.traceId.isEmpty())
        reference << tr("trace ID %1").arg(o.traceId);
    if (!o.correlationId.isEmpty())
        reference << tr("correlation ID %1").arg(o.correlationId);
    if (!o.requestId.isEmpty())
        reference << tr("request ID %1").arg(o.requestId);
    if (!o.timestamp.isEmpty())
        reference << o.timestamp;
    QString ref = reference.join(QStringLiteral(" · "));
    if (result.helpUrl.isValid())
        ref += (ref.isEmpty() ? QString() : QStringLiteral("\n")) + result.helpUrl.toString();
    const bool problem = result.status == CheckStatus::Failed || result.status == CheckStatus::Warning;
    QString text = result.summary.isEmpty() ? result.title : result.summary;
    showMessage(severityOf(result.status), text, problem ? result.cause : QString(),
                problem ? result.fix : QString(), problem ? ref : QString());
}

void MessageWidget::showRule(const RuleResult &rule)
{
    if (rule.severity == RuleSeverity::Ok)
        clear();
    else
        showMessage(severityOf(rule.severity), rule.message);
}

void MessageWidget::clear()
{
    m_plain.clear();
    m_text->clear();
    hide();
}

QSize MessageWidget::sizeHint() const
{
    // QLabel's own hint wraps the text at a narrow width, lines taller than needed, and the form
    // layouts of the pages keep that height: ask for the height at the width the message has.
    QSize hint = QFrame::sizeHint();
    if (layout() && layout()->hasHeightForWidth() && width() > minimumSizeHint().width())
        hint.setHeight(layout()->totalHeightForWidth(width()));
    return hint;
}

void MessageWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the height for the new width
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    // Painted rather than styled so that the tint follows the palette (light or dark) at any time.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentOf(m_severity);
    const QColor base = palette().color(QPalette::Base);
    painter.setPen(QPen(blend(base, accent, 0.55), 1));
    painter.setBrush(blend(base, accent, 0.12));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    QFrame::paintEvent(event);
}

void MessageWidget::copyToClipboard()
{
    QApplication::clipboard()->setText(m_plain);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(tr("Copy")); });
    emit copied();
}

} // namespace flexo::ui
