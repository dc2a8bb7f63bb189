#include "net/HostPauses.h"

#include <algorithm>

namespace flexo {

QString HostPauses::key(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

void HostPauses::pause(const QUrl &url, qint64 waitMs, const QDateTime &nowUtc)
{
    if (waitMs <= 0)
        return;
    const QDateTime until = nowUtc.addMSecs(std::min(waitMs, maxPauseMs));
    QDateTime &current = m_until[key(url)];
    if (!current.isValid() || current < until)
        current = until;
}

qint64 HostPauses::remainingMs(const QUrl &url, const QDateTime &nowUtc) const
{
    const auto it = m_until.constFind(key(url));
    if (it == m_until.cend())
        return 0;
    return std::max<qint64>(0, nowUtc.msecsTo(*it));
}

} // namespace flexo
