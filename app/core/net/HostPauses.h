#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

namespace flexo {

// The hosts that asked, with Retry-After, to be left alone for a while. Shared by every request of
// one run (all configs of a `diagnose`): a throttled identity platform or Graph sees no new request
// from any config until the time it named, not only from the one that was told. Event-loop thread only.
class HostPauses
{
public:
    // A Retry-After longer than this pauses the host this long only: a run is not held hostage by
    // one answer (the request itself still gives up as its RetryPolicy says).
    static constexpr qint64 maxPauseMs = 60000;

    // `url`'s host (and port) takes no new request before `nowUtc` + `waitMs`; an earlier end of a
    // pause already set is kept.
    void pause(const QUrl &url, qint64 waitMs, const QDateTime &nowUtc);
    // How long a new request to `url` must wait (0: not paused).
    [[nodiscard]] qint64 remainingMs(const QUrl &url, const QDateTime &nowUtc) const;

private:
    [[nodiscard]] static QString key(const QUrl &url);

    QHash<QString, QDateTime> m_until;
};

} // namespace flexo
