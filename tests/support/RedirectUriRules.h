#pragma once

#include <QString>
#include <QStringList>

namespace flexo::fake {

// Entra ID's redirect URI matching: exact, except that the port of a loopback URI (localhost,
// 127.0.0.1) is ignored and an empty path equals "/". Paths are case-sensitive.
class RedirectUriRules
{
public:
    enum class Result { Match, Mismatch, TrailingSlash, Case };

    [[nodiscard]] static Result compare(const QString &registered, const QString &requested);
    // Best result over a list (Match wins, then the most helpful mismatch detail).
    [[nodiscard]] static Result match(const QStringList &registered, const QString &requested);
    [[nodiscard]] static bool isLoopback(const QString &host);
};

} // namespace flexo::fake
