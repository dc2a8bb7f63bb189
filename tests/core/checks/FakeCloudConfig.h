#pragma once

#include "config/ConnectorConfig.h"

#include <QUrl>

// The connector config of the default scenario's tenant "stluc", pointed at an in-process fake cloud
// (tests/data/scenarios/default.json).
namespace flexo::checkstest {

inline const QString kTenantId = QStringLiteral("8eaef023-2b34-4da1-9baa-8bc8c9d6a490");
inline const QString kClientId = QStringLiteral("3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c");
inline const QString kSecret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_");
inline const QString kExpiredSecret = QStringLiteral("Old7Q~expiredSecretValue.0123456789abcde");

inline ConnectorConfig fakeCloudConfig(const QUrl &base)
{
    ConnectorConfig config;
    config.cloud = Cloud::Custom;
    config.customLoginBase = base;
    config.customGraphBase = base;
    config.tenantId = kTenantId;
    config.tenantDomain = QStringLiteral("stluc.onmicrosoft.com");
    config.clientId = kClientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {QStringLiteral("https://flexo.stluc.example/teams/oauth/callback")};
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
