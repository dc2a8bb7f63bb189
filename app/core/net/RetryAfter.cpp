#include "net/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace flexo {

std::optional<qint64> RetryAfter::parse(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        // A day is far beyond any cap; clamping keeps the conversion safe.
        return static_cast<qint64>(std::ceil(qMin(seconds, 86400.0) * 1000.0));
    }

    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, nowUtc.msecsTo(when));
}

QDateTime RetryAfter::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // Qt 6.4's Qt::RFC2822Date rejects the "GMT" zone that HTTP dates always carry, so the formats
    // are matched explicitly with the C locale (English day and month names).
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),         // asctime
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        // asctime pads single-digit days with a second space.
        const QDateTime when =
            c.toDateTime(QString(text).replace(QStringLiteral("  "), QStringLiteral(" ")), format);
        if (when.isValid())
            return QDateTime(when.date(), when.time(), QTimeZone::utc());
    }
    return {};
}

} // namespace flexo
