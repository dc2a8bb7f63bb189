#pragma once

#include "DefaultScenarioValues.h"
#include "auth/ClientCredentialsService.h"
#include "auth/SignInSession.h"

#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "net/NetClock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

// Test helpers of the sign-in tests.
namespace authtest {

// The real time, but retry waits are recorded and run at once.
class InstantWaits : public flexo::NetClock
{
public:
    QList<qint64> waits;
    void wait(qint64 ms, QObject *context, std::function<void()> done) override
    {
        waits.append(ms);
        QTimer::singleShot(0, context, std::move(done));
    }
};

// A fault of the fake's token endpoint for one grant only.
inline QJsonObject tokenFault(const QString &grantType, const QString &kind, int call = 1)
{
    return QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("token")},
                       {QStringLiteral("grantType"), grantType},
                       {QStringLiteral("call"), call},
                       {QStringLiteral("kind"), kind}};
}

// How often the fake's token endpoint was asked for `grantType`.
inline int tokenRequests(const flexo::fake::FakeCloud &fake, const QString &grantType)
{
    int count = 0;
    const QJsonArray log = fake.requestLog();
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value(QStringLiteral("grantType")).toString() == grantType)
            ++count;
    }
    return count;
}

// Values of the default scenario (tests/data/scenarios/default.json).
inline const QString kTenant = flexo::fake::defaults::tenantId;
inline const QString kOtherTenant = flexo::fake::defaults::otherTenantId;
inline const QString kClientId = flexo::fake::defaults::clientId;
inline const QString kObjectId = flexo::fake::defaults::objectId;
inline const QString kSecret = flexo::fake::defaults::secret;
inline const QString kSecretId = flexo::fake::defaults::secretId;
inline const QString kExpiredSecret = flexo::fake::defaults::expiredSecret;
inline const QString kLegacySecret = QStringLiteral("[6gyXA5S20@MN+WRXAJ]I-TO7g1:h2P8");

inline QUrl endpoint(const flexo::fake::FakeCloud &fake, const QString &tenant, const char *leaf)
{
    return QUrl(fake.baseUrl().toString() + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") +
                QLatin1String(leaf));
}

inline flexo::SignInRequest signInRequest(const flexo::fake::FakeCloud &fake)
{
    flexo::SignInRequest r;
    r.authorizationEndpoint = endpoint(fake, kTenant, "authorize");
    r.tokenEndpoint = endpoint(fake, kTenant, "token");
    r.issuer = fake.baseUrl().toString() + QLatin1Char('/') + kTenant + QStringLiteral("/v2.0");
    r.loginBase = fake.baseUrl();
    r.tenantId = kTenant;
    r.clientId = kClientId;
    r.clientSecret = kSecret;
    r.graphResource = fake.baseUrl();
    r.tokenTimeout = std::chrono::seconds(10);
    return r;
}

inline flexo::ClientCredentialsRequest clientCredentialsRequest(const flexo::fake::FakeCloud &fake)
{
    flexo::ClientCredentialsRequest r;
    r.tokenEndpoint = endpoint(fake, kTenant, "token");
    r.clientId = kClientId;
    r.clientSecret = kSecret;
    r.graphResource = fake.baseUrl();
    r.tenant = kTenant;
    r.timeout = std::chrono::seconds(10);
    return r;
}

// The default scenario with one more secret on the app, in the legacy format with '+ @ [ ] :'.
inline QJsonObject scenarioWithLegacySecret()
{
    QJsonObject scenario = flexo::fake::FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    QJsonArray secrets = app.value(QStringLiteral("secrets")).toArray();
    secrets.append(QJsonObject{{QStringLiteral("value"), kLegacySecret},
                               {QStringLiteral("id"), QStringLiteral("5a5a5a5a-1b1b-4c2c-8d3d-4e4e4e4e4e4e")},
                               {QStringLiteral("hint"), QStringLiteral("[6g")},
                               {QStringLiteral("expires"), QStringLiteral("2027-06-30T00:00:00Z")}});
    app.insert(QStringLiteral("secrets"), secrets);
    apps.replace(0, app);
    tenant.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, tenant);
    scenario.insert(QStringLiteral("tenants"), tenants);
    return scenario;
}

inline QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace authtest
