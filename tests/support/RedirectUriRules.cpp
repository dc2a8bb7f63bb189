#include "RedirectUriRules.h"

#include <QUrl>

namespace flexo::fake {

bool RedirectUriRules::isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("127.0.0.1");
}

RedirectUriRules::Result RedirectUriRules::compare(const QString &registered, const QString &requested)
{
    const QUrl want(registered, QUrl::StrictMode);
    const QUrl got(requested, QUrl::StrictMode);
    if (!want.isValid() || !got.isValid() || got.isRelative())
        return Result::Mismatch;
    if (want.scheme().compare(got.scheme(), Qt::CaseInsensitive) != 0 ||
        want.host().compare(got.host(), Qt::CaseInsensitive) != 0 || want.query() != got.query() ||
        got.hasFragment())
        return Result::Mismatch;
    const int defaultPort = want.scheme() == QLatin1String("https") ? 443 : 80;
    if (!isLoopback(want.host()) && want.port(defaultPort) != got.port(defaultPort))
        return Result::Mismatch;
    const QString wantPath = want.path().isEmpty() ? QStringLiteral("/") : want.path();
    const QString gotPath = got.path().isEmpty() ? QStringLiteral("/") : got.path();
    if (wantPath == gotPath)
        return Result::Match;
    if (wantPath + QLatin1Char('/') == gotPath || gotPath + QLatin1Char('/') == wantPath)
        return Result::TrailingSlash;
    if (wantPath.compare(gotPath, Qt::CaseInsensitive) == 0)
        return Result::Case;
    return Result::Mismatch;
}

RedirectUriRules::Result RedirectUriRules::match(const QStringList &registered, const QString &requested)
{
    Result best = Result::Mismatch;
    for (const QString &uri : registered) {
        const Result result = compare(uri, requested);
        if (result == Result::Match)
            return result;
        if (best == Result::Mismatch)
            best = result;
    }
    return best;
}

} // namespace flexo::fake
