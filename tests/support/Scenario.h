#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace flexo::fake {

// The directory the fake cloud serves: tenants, their app registrations and users, read from a
// scenario file (format in tests/support/README.md).
class Scenario
{
public:
    struct Secret
    {
        QString value;
        QString id;
        QString hint;
        QDateTime expires;
    };
    struct App
    {
        QString clientId;
        QString objectId;
        QString displayName;
        QList<Secret> secrets;
        QMap<QString, QStringList> redirectUris; // platform (web, spa, publicClient) -> URIs
        QStringList grantedScopes;               // short names: User.Read, openid, ...
        bool userConsentAllowed = true;
        QString consentMode = QStringLiteral("auto"); // auto | page | adminApproval | scopeNotGranted
    };
    struct User
    {
        QString upn;
        QString objectId;
        QString displayName;
        bool teamsLicense = true;
    };
    struct Tenant
    {
        QString name;
        QString id;
        QStringList domains;
        QString cloud = QStringLiteral("Global"); // Global | GCC | GCCHigh | DoD | China
        QString regionScope;                      // tenant_region_scope (default from the cloud)
        QString regionSubScope;                   // tenant_region_sub_scope (default from the cloud)
        QList<App> apps;
        QList<User> users;
    };

    [[nodiscard]] static bool fromJson(const QJsonObject &json, Scenario *out, QString *error);

    [[nodiscard]] const Tenant *tenant(const QString &guidOrDomain) const;
    [[nodiscard]] const Tenant *tenantOfUser(const QString &upn) const;
    [[nodiscard]] App *app(const QString &tenantId, const QString &clientId);
    [[nodiscard]] const User *user(const QString &upn) const;

    // The redirect URI platforms of an app registration.
    [[nodiscard]] static QStringList platforms();

    // Graph resource URI (no trailing slash) and cloud_instance_name of a cloud.
    [[nodiscard]] static QString graphResource(const QString &cloud);
    [[nodiscard]] static QString cloudInstanceName(const QString &cloud);
    // cloud_graph_host_name (the legacy Azure AD Graph host) of a cloud.
    [[nodiscard]] static QString cloudGraphHostName(const QString &cloud);
    // The sign-in service a cloud's tenants belong to: "Global" (Global and GCC), "USGov" (GCC High and
    // DoD share login.microsoftonline.us) or "China"; empty for an unknown cloud.
    [[nodiscard]] static QString signInService(const QString &cloud);
    [[nodiscard]] static QString defaultRegionScope(const QString &cloud);
    [[nodiscard]] static QString defaultRegionSubScope(const QString &cloud);

    QList<Tenant> tenants;
    // The sign-in service the fake's endpoints stand for: "Global" (default), "USGov" or "China".
    // Tenants of another cloud answer as Microsoft's do at a foreign cloud's endpoints.
    QString endpointCloud = QStringLiteral("Global");
    QString signInUser;
    int accessTokenLifetimeSeconds = 3599;
};

} // namespace flexo::fake
