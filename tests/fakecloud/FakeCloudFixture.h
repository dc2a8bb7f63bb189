#pragma once

#include <QString>

// Values of tests/data/scenarios/default.json.
namespace fixture {
inline const QString tenantId = QStringLiteral("8eaef023-2b34-4da1-9baa-8bc8c9d6a490");
inline const QString otherTenantId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");
inline const QString clientId = QStringLiteral("3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c");
inline const QString secret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_");
inline const QString expiredSecret = QStringLiteral("Old7Q~expiredSecretValue.0123456789abcde");
inline const QString secretId = QStringLiteral("e1d2c3b4-a5f6-4789-8abc-def012345678");
inline const QString camille = QStringLiteral("camille@stluc.onmicrosoft.com");
inline const QString camilleId = QStringLiteral("11111111-2222-4333-8444-555555555555");
inline const QString dimitri = QStringLiteral("dimitri@stluc.onmicrosoft.com");
inline const QString loopbackRedirect = QStringLiteral("http://localhost:53123/flexo-teams-setup");
inline const QString graphScopes =
    QStringLiteral("openid profile offline_access https://graph.microsoft.com/User.Read "
                   "https://graph.microsoft.com/OnlineMeetings.ReadWrite");
// A verifier and its S256 challenge.
inline const QString verifier = QStringLiteral("dBjftJeZ4CVP-mJ92K5fFu-n5QdHdEOtT0GnKLk-K4E");
inline const QString challenge = QStringLiteral("kv-a48n4Bf0lF6G52OK40mJAOMBsMA9ygMzSDk2rSrs");
} // namespace fixture
