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
        QString cloud = QStringLiteral("Global");
        QList<App> apps;
        QList<User> users;
    };

    [[nodiscard]] static bool fromJson(const QJsonObject &json, Scenario *out, QString *error);

    [[nodiscard]] const Tenant *tenant(const QString &guidOrDomain) const;
    [[nodiscard]] const Tenant *tenantOfUser(const QString &upn) const;
    [[nodiscard]] App *app(const QString &tenantId, const QString &clientId);
    [[nodiscard]] const User *user(const QString &upn) const;

    // Graph resource URI (no trailing slash) and cloud_instance_name of a cloud.
    [[nodiscard]] static QString graphResource(const QString &cloud);
    [[nodiscard]] static QString cloudInstanceName(const QString &cloud);

    QList<Tenant> tenants;
    QString signInUser;
    int accessTokenLifetimeSeconds = 3599;
};

} // namespace flexo::fake
