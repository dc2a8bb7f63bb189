#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace flexo {

// Reads an HTTP `Retry-After` value: delay-seconds ("10"), the fractional seconds Graph sends
// ("2.128"), or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
class RetryAfter
{
public:
    // The wait in milliseconds (0 for a date in the past), or nothing when the value is unusable.
    [[nodiscard]] static std::optional<qint64> parse(const QByteArray &value, const QDateTime &nowUtc);
    // Only the HTTP-date forms: IMF-fixdate and asctime (the obsolete RFC 850 form is not read; the
    // caller then falls back to its backoff).
    [[nodiscard]] static QDateTime parseHttpDate(const QByteArray &value);
};

} // namespace flexo
