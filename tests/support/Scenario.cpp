#include "Scenario.h"

#include <QJsonArray>
#include <QUuid>

namespace flexo::fake {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

bool isGuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

bool parseApp(const QJsonObject &json, Scenario::App *app, QString *error)
{
    app->clientId = json.value(QStringLiteral("clientId")).toString().toLower();
    app->objectId = json.value(QStringLiteral("objectId")).toString();
    app->displayName = json.value(QStringLiteral("displayName")).toString();
    if (!isGuid(app->clientId)) {
        *error = QStringLiteral("app clientId must be a GUID");
        return false;
    }
    const QJsonArray secrets = json.value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue &value : secrets) {
        const QJsonObject object = value.toObject();
        Scenario::Secret secret;
        secret.value = object.value(QStringLiteral("value")).toString();
        secret.id = object.value(QStringLiteral("id")).toString();
        secret.hint = object.value(QStringLiteral("hint")).toString();
        if (secret.hint.isEmpty())
            secret.hint = secret.value.left(3);
        secret.expires =
            QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        if (secret.value.isEmpty() || !secret.expires.isValid()) {
            *error = QStringLiteral("every secret needs a value and an ISO 8601 expires date");
            return false;
        }
        app->secrets << secret;
    }
    const QJsonObject uris = json.value(QStringLiteral("redirectUris")).toObject();
    for (auto it = uris.begin(); it != uris.end(); ++it) {
        if (!Scenario::platforms().contains(it.key())) {
            *error =
                QStringLiteral("unknown redirect URI platform: %1 (web, spa or publicClient)").arg(it.key());
            return false;
        }
        app->redirectUris.insert(it.key(), stringList(it.value()));
    }
    app->grantedScopes = stringList(json.value(QStringLiteral("grantedScopes")));
    app->userConsentAllowed = json.value(QStringLiteral("userConsentAllowed")).toBool(true);
    app->consentMode = json.value(QStringLiteral("consentMode")).toString(QStringLiteral("auto"));
    static const QStringList modes{QStringLiteral("auto"), QStringLiteral("page"),
                                   QStringLiteral("adminApproval"), QStringLiteral("scopeNotGranted")};
    if (!modes.contains(app->consentMode)) {
        *error = QStringLiteral("unknown consentMode: ") + app->consentMode;
        return false;
    }
    return true;
}

} // namespace

bool Scenario::fromJson(const QJsonObject &json, Scenario *out, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    Scenario scenario;
    const QJsonArray tenants = json.value(QStringLiteral("tenants")).toArray();
    if (tenants.isEmpty()) {
        message = QStringLiteral("a scenario needs a non-empty \"tenants\" array");
        return false;
    }
    for (const QJsonValue &tenantValue : tenants) {
        const QJsonObject object = tenantValue.toObject();
        Tenant tenant;
        tenant.name = object.value(QStringLiteral("name")).toString();
        tenant.id = object.value(QStringLiteral("id")).toString().toLower();
        if (!isGuid(tenant.id)) {
            message = QStringLiteral("tenant id must be a GUID");
            return false;
        }
        for (const QString &domain : stringList(object.value(QStringLiteral("domains"))))
            tenant.domains << domain.toLower();
        tenant.cloud = object.value(QStringLiteral("cloud")).toString(QStringLiteral("Global"));
        if (graphResource(tenant.cloud).isEmpty()) {
            message = QStringLiteral("unknown cloud: ") + tenant.cloud;
            return false;
        }
        tenant.regionScope =
            object.value(QStringLiteral("regionScope")).toString(defaultRegionScope(tenant.cloud));
        tenant.regionSubScope =
            object.value(QStringLiteral("regionSubScope")).toString(defaultRegionSubScope(tenant.cloud));
        const QJsonArray apps = object.value(QStringLiteral("apps")).toArray();
        for (const QJsonValue &appValue : apps) {
            App app;
            if (!parseApp(appValue.toObject(), &app, &message))
                return false;
            tenant.apps << app;
        }
        const QJsonArray users = object.value(QStringLiteral("users")).toArray();
        for (const QJsonValue &userValue : users) {
            const QJsonObject userObject = userValue.toObject();
            User user;
            user.upn = userObject.value(QStringLiteral("upn")).toString().toLower();
            user.objectId = userObject.value(QStringLiteral("objectId")).toString();
            user.displayName = userObject.value(QStringLiteral("displayName")).toString();
            user.teamsLicense = userObject.value(QStringLiteral("teamsLicense")).toBool(true);
            if (user.upn.isEmpty() || !isGuid(user.objectId)) {
                message = QStringLiteral("every user needs a upn and a GUID objectId");
                return false;
            }
            tenant.users << user;
        }
        scenario.tenants << tenant;
    }
    scenario.endpointCloud = json.value(QStringLiteral("endpointCloud")).toString(QStringLiteral("Global"));
    if (!QStringList{QStringLiteral("Global"), QStringLiteral("USGov"), QStringLiteral("China")}.contains(
            scenario.endpointCloud)) {
        message = QStringLiteral("endpointCloud must be Global, USGov or China");
        return false;
    }
    scenario.signInUser = json.value(QStringLiteral("signInUser")).toString().toLower();
    if (scenario.signInUser.isEmpty() && !scenario.tenants.first().users.isEmpty())
        scenario.signInUser = scenario.tenants.first().users.first().upn;
    scenario.accessTokenLifetimeSeconds =
        json.value(QStringLiteral("accessTokenLifetimeSeconds")).toInt(3599);
    *out = scenario;
    return true;
}

const Scenario::Tenant *Scenario::tenant(const QString &guidOrDomain) const
{
    const QString key = guidOrDomain.toLower();
    for (const Tenant &candidate : tenants) {
        if (candidate.id == key || candidate.domains.contains(key))
            return &candidate;
    }
    return nullptr;
}

const Scenario::Tenant *Scenario::tenantOfUser(const QString &upn) const
{
    for (const Tenant &candidate : tenants) {
        for (const User &user : candidate.users) {
            if (user.upn == upn.toLower())
                return &candidate;
        }
    }
    return nullptr;
}

Scenario::App *Scenario::app(const QString &tenantId, const QString &clientId)
{
    for (Tenant &candidate : tenants) {
        if (candidate.id != tenantId)
            continue;
        for (App &app : candidate.apps) {
            if (app.clientId == clientId.toLower())
                return &app;
        }
    }
    return nullptr;
}

const Scenario::User *Scenario::user(const QString &upn) const
{
    for (const Tenant &candidate : tenants) {
        for (const User &user : candidate.users) {
            if (user.upn == upn.toLower())
                return &user;
        }
    }
    return nullptr;
}

QString Scenario::graphResource(const QString &cloud)
{
    if (cloud == QLatin1String("Global") || cloud == QLatin1String("GCC"))
        return QStringLiteral("https://graph.microsoft.com");
    if (cloud == QLatin1String("GCCHigh"))
        return QStringLiteral("https://graph.microsoft.us");
    if (cloud == QLatin1String("DoD"))
        return QStringLiteral("https://dod-graph.microsoft.us");
    if (cloud == QLatin1String("China"))
        return QStringLiteral("https://microsoftgraph.chinacloudapi.cn");
    return {};
}

QStringList Scenario::platforms()
{
    return {QStringLiteral("web"), QStringLiteral("spa"), QStringLiteral("publicClient")};
}

QString Scenario::cloudGraphHostName(const QString &cloud)
{
    // Global: recorded [REC]; the national values follow Azure AD Graph's hosts in those clouds [INF].
    if (cloud == QLatin1String("GCCHigh") || cloud == QLatin1String("DoD"))
        return QStringLiteral("graph.microsoftazure.us");
    if (cloud == QLatin1String("China"))
        return QStringLiteral("graph.chinacloudapi.cn");
    return QStringLiteral("graph.windows.net");
}

QString Scenario::signInService(const QString &cloud)
{
    if (cloud == QLatin1String("Global") || cloud == QLatin1String("GCC"))
        return QStringLiteral("Global");
    if (cloud == QLatin1String("GCCHigh") || cloud == QLatin1String("DoD"))
        return QStringLiteral("USGov");
    if (cloud == QLatin1String("China"))
        return QStringLiteral("China");
    return {};
}

QString Scenario::defaultRegionScope(const QString &cloud)
{
    if (cloud == QLatin1String("GCCHigh") || cloud == QLatin1String("DoD"))
        return QStringLiteral("USGov");
    if (cloud == QLatin1String("GCC"))
        return QStringLiteral("NA");
    if (cloud == QLatin1String("China"))
        return QStringLiteral("AS");
    return QStringLiteral("EU");
}

QString Scenario::defaultRegionSubScope(const QString &cloud)
{
    if (cloud == QLatin1String("GCCHigh"))
        return QStringLiteral("DODCON");
    if (cloud == QLatin1String("DoD"))
        return QStringLiteral("DOD");
    if (cloud == QLatin1String("GCC"))
        return QStringLiteral("GCC");
    return {};
}

QString Scenario::cloudInstanceName(const QString &cloud)
{
    if (cloud == QLatin1String("GCCHigh") || cloud == QLatin1String("DoD"))
        return QStringLiteral("microsoftonline.us");
    if (cloud == QLatin1String("China"))
        return QStringLiteral("partner.microsoftonline.cn");
    return QStringLiteral("microsoftonline.com");
}

} // namespace flexo::fake
