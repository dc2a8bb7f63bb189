#include "ScopeSet.h"

namespace flexo::fake {

bool ScopeSet::isOidc(const QString &name)
{
    static const QStringList names{QStringLiteral("openid"), QStringLiteral("profile"),
                                   QStringLiteral("email"), QStringLiteral("offline_access")};
    return names.contains(name);
}

bool ScopeSet::isApplicationOnly(const QString &name)
{
    static const QStringList names{
        QStringLiteral("OnlineMeetings.ReadWrite.All"), QStringLiteral("OnlineMeetings.Read.All"),
        QStringLiteral("OnlineMeetingArtifact.Read.All"), QStringLiteral("Application.ReadWrite.OwnedBy")};
    return names.contains(name, Qt::CaseInsensitive);
}

ScopeSet ScopeSet::parse(const QString &scope, const QStringList &graphResources)
{
    ScopeSet set;
    const QStringList items = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (isOidc(item)) {
            if (!set.oidc.contains(item))
                set.oidc << item;
            continue;
        }
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        if (slash < 0) {
            if (!set.graph.contains(item))
                set.graph << item;
            continue;
        }
        const QString resource = item.left(slash);
        const QString name = item.mid(slash + 1);
        bool known = false;
        for (const QString &graph : graphResources)
            known = known || resource.compare(graph, Qt::CaseInsensitive) == 0;
        if (!known) {
            set.unknownResource << item;
        } else if (name == QLatin1String(".default")) {
            set.graphDefault = true;
        } else if (!set.graph.contains(name)) {
            set.graph << name;
        }
    }
    return set;
}

} // namespace flexo::fake
