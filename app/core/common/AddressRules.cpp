#include "common/AddressRules.h"

#include <QHostAddress>
#include <QUrl>

namespace flexo::address {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isLoopbackRedirectHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("127.0.0.1");
}

ProxySetting parseProxy(const QString &text)
{
    const QString value = text.trimmed();
    ProxySetting setting;
    if (value.isEmpty())
        return setting;
    if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        setting.kind = ProxySetting::Kind::Direct;
        return setting;
    }
    setting.kind = ProxySetting::Kind::Invalid;
    const QUrl url(value, QUrl::StrictMode);
    const bool bare = url.path().isEmpty() || url.path() == QLatin1String("/");
    if (!url.isValid() || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || url.port() <= 0 || !bare || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return setting;
    setting.kind = ProxySetting::Kind::Http;
    setting.host = url.host();
    setting.port = quint16(url.port());
    return setting;
}

} // namespace flexo::address
