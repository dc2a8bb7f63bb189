#include "cloud/CloudInfo.h"

namespace flexo {

namespace {
QString withoutTrailingSlash(const QUrl &url)
{
    QString text = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

QUrl CloudInfo::authority(const QString &tenant) const
{
    return QUrl(withoutTrailingSlash(loginBase) + QLatin1Char('/') +
                QString::fromLatin1(QUrl::toPercentEncoding(tenant)));
}

QUrl CloudInfo::discoveryUrl(const QString &tenant) const
{
    return QUrl(authority(tenant).toString() + QStringLiteral("/v2.0/.well-known/openid-configuration"));
}

QUrl CloudInfo::graphUrl(const QString &path) const
{
    return QUrl(withoutTrailingSlash(graphBase) + QStringLiteral("/v1.0") + path);
}

QString CloudInfo::scope(const QString &permission) const
{
    QString resource = graphResource;
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    return resource + QLatin1Char('/') + permission;
}

} // namespace flexo
