#pragma once

#include "DefaultScenarioValues.h"
#include "config/ConnectorConfig.h"

#include <QUrl>

// The connector config of the default scenario's tenant "stluc", pointed at an in-process fake cloud
// (tests/data/scenarios/default.json).
namespace flexo::checkstest {

inline const QString kTenantId = fake::defaults::tenantId;
inline const QString kClientId = fake::defaults::clientId;
inline const QString kSecret = fake::defaults::secret;
inline const QString kExpiredSecret = fake::defaults::expiredSecret;

inline ConnectorConfig fakeCloudConfig(const QUrl &base)
{
    ConnectorConfig config;
    config.cloud = Cloud::Custom;
    config.customLoginBase = base;
    config.customGraphBase = base;
    config.tenantId = kTenantId;
    config.tenantDomain = fake::defaults::tenantDomain;
    config.clientId = kClientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {fake::defaults::flexoRedirectUri};
    config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    return config;
}

// FlexO's own hosts do not resolve here: the endpoint check is pointed at a closed local port so it
// gives its warning at once, the same on every machine.
inline QList<QUrl> unreachableFlexoEndpoints()
{
    return {QUrl(QStringLiteral("https://127.0.0.1:1/teams/oauth/callback"))};
}

} // namespace flexo::checkstest
