#pragma once

#include "DefaultScenarioValues.h"

#include <QString>

// Values of tests/data/scenarios/default.json (generated into DefaultScenarioValues.h), and of the
// requests the tests send.
namespace fixture {
inline const QString tenantId = flexo::fake::defaults::tenantId;
inline const QString otherTenantId = flexo::fake::defaults::otherTenantId;
inline const QString clientId = flexo::fake::defaults::clientId;
inline const QString secret = flexo::fake::defaults::secret;
inline const QString expiredSecret = flexo::fake::defaults::expiredSecret;
inline const QString secretId = flexo::fake::defaults::secretId;
inline const QString camille = flexo::fake::defaults::signInUser;
inline const QString camilleId = flexo::fake::defaults::signInUserId;
inline const QString dimitri = flexo::fake::defaults::unlicensedUser;
inline const QString loopbackRedirect = QStringLiteral("http://localhost:53123/flexo-teams-setup");
inline const QString graphScopes =
    QStringLiteral("openid profile offline_access https://graph.microsoft.com/User.Read "
                   "https://graph.microsoft.com/OnlineMeetings.ReadWrite");
// A verifier and its S256 challenge.
inline const QString verifier = QStringLiteral("dBjftJeZ4CVP-mJ92K5fFu-n5QdHdEOtT0GnKLk-K4E");
inline const QString challenge = QStringLiteral("kv-a48n4Bf0lF6G52OK40mJAOMBsMA9ygMzSDk2rSrs");
} // namespace fixture
