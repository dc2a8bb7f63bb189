#pragma once

#include "config/ConnectorConfig.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

// Configs shared by the config file and schema tests.
namespace flexo::samples {

inline const QString kSecret = QStringLiteral("Abc8Q~fake.secret_value-0123456789abcdef");

inline ConnectorConfig plain()
{
    ConnectorConfig config;
    config.tenantId = QStringLiteral("aaaabbbb-0000-cccc-1111-dddd2222eeee");
    config.tenantDomain = QStringLiteral("stluc.onmicrosoft.com");
    config.clientId = QStringLiteral("00001111-aaaa-2222-bbbb-3333cccc4444");
    config.secret = kSecret;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Abc");
    config.redirectUris = {QStringLiteral("https://flexo.stluc.example/teams/callback"),
                           QStringLiteral("https://flexo.stluc.example/teams/callback2")};
    config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    return config;
}

inline ConnectorConfig customCloud()
{
    ConnectorConfig config = plain();
    config.cloud = Cloud::Custom;
    config.customLoginBase = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    config.customGraphBase = QUrl(QStringLiteral("https://graph.example.com/proxy"));
    config.proxy = QStringLiteral("none");
    config.caBundle = QStringLiteral("/etc/ssl/bank-inspection-ca.pem");
    return config;
}

inline ConnectorConfig verified()
{
    ConnectorConfig config = plain();
    config.cloud = Cloud::UsGovHigh;
    config.enabled = true;
    config.signInRedirectUri = QStringLiteral("http://localhost:5000/flexo-teams-setup");
    config.proxy = QStringLiteral("http://proxy.stluc.example:3128");
    config.lastVerification.when = QDateTime(QDate(2026, 11, 30), QTime(9, 15), QTimeZone::utc());
    config.lastVerification.passedChecks = {QStringLiteral("config"), QStringLiteral("discovery")};
    config.lastVerification.failedChecks = {QStringLiteral("app-credentials")};
    config.lastVerification.worstStatus = QStringLiteral("failed");
    return config;
}

inline ConnectorConfig withUnknownKeys()
{
    ConnectorConfig config = verified();
    config.unknownKeys.insert(QStringLiteral("meetingDefaults"),
                              QJsonObject{{QStringLiteral("lobbyBypass"), QStringLiteral("organization")}});
    config.unknownKeys.insert(QStringLiteral("comment"), QStringLiteral("kept"));
    config.unknownSectionKeys.insert(QStringLiteral("tenant"),
                                     QJsonObject{{QStringLiteral("displayName"), QStringLiteral("St-Luc")}});
    config.unknownSectionKeys.insert(
        QStringLiteral("secret"),
        QJsonObject{{QStringLiteral("rotation"), QJsonObject{{QStringLiteral("days"), 45}}}});
    config.unknownSectionKeys.insert(QStringLiteral("lastVerification"),
                                     QJsonObject{{QStringLiteral("durationMs"), 2400}});
    return config;
}

// Every field that the file can hold, set: the writer's full vocabulary.
inline ConnectorConfig everything()
{
    ConnectorConfig config = customCloud();
    const ConnectorConfig v = verified();
    config.enabled = true;
    config.lastVerification = v.lastVerification;
    return config;
}

// Field by field, so that a failure names the field.
inline void compareConfigs(const ConnectorConfig &actual, const ConnectorConfig &expected, bool withSecret)
{
    QCOMPARE(actual.cloud, expected.cloud);
    QCOMPARE(actual.customLoginBase, expected.customLoginBase);
    QCOMPARE(actual.customGraphBase, expected.customGraphBase);
    QCOMPARE(actual.tenantId, expected.tenantId);
    QCOMPARE(actual.tenantDomain, expected.tenantDomain);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.secret, withSecret ? expected.secret : QString());
    QCOMPARE(actual.secretExpiry, expected.secretExpiry);
    QCOMPARE(actual.secretHint, expected.secretHint);
    QCOMPARE(actual.redirectUris, expected.redirectUris);
    QCOMPARE(actual.lifecycleUrl, expected.lifecycleUrl);
    QCOMPARE(actual.signInRedirectUri, expected.signInRedirectUri);
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.proxy, expected.proxy);
    QCOMPARE(actual.caBundle, expected.caBundle);
    QCOMPARE(actual.lastVerification.when, expected.lastVerification.when);
    QCOMPARE(actual.lastVerification.passedChecks, expected.lastVerification.passedChecks);
    QCOMPARE(actual.lastVerification.failedChecks, expected.lastVerification.failedChecks);
    QCOMPARE(actual.lastVerification.worstStatus, expected.lastVerification.worstStatus);
    QCOMPARE(actual.unknownKeys, expected.unknownKeys);
    QCOMPARE(actual.unknownSectionKeys, expected.unknownSectionKeys);
}

} // namespace flexo::samples
