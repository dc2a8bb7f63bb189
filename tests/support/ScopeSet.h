#pragma once

#include <QString>
#include <QStringList>

namespace flexo::fake {

// A space-separated scope parameter split the way Entra reads it: OIDC scopes, Graph scopes (given as
// full URIs of a Graph resource or as bare names), the resource's /.default, and what it cannot place.
class ScopeSet
{
public:
    // graphResources: URIs (no trailing slash) accepted as the Graph resource.
    [[nodiscard]] static ScopeSet parse(const QString &scope, const QStringList &graphResources);

    // Graph scope names that exist only as application permissions.
    [[nodiscard]] static bool isApplicationOnly(const QString &name);
    [[nodiscard]] static bool isOidc(const QString &name);

    QStringList oidc;          // openid, profile, email, offline_access, in request order
    QStringList graph;         // short names: User.Read, OnlineMeetings.ReadWrite
    bool graphDefault = false; // {graph}/.default
    QStringList unknownResource;
};

} // namespace flexo::fake
