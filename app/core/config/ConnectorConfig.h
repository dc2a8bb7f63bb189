#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace flexo {

// The Microsoft clouds the connector can live in (names and hosts: CloudCatalog).
enum class Cloud { Global, UsGovHigh, UsGovDod, China, Custom };

// The outcome of the last verification, as stored in the config file.
struct LastVerification
{
    QDateTime when;           // UTC
    QStringList passedChecks; // check ids
    QStringList failedChecks; // check ids
    QString worstStatus;      // statusName() of the worst outcome
};

// The FlexO Teams connector configuration: a plain value type. Serialization, validation and storage
// live in ConfigFile / ConfigRules. The client secret is kept in the keychain entry KeychainBinding
// derives from the cloud, the tenant and the client; only an explicit export carries it in a file.
struct ConnectorConfig
{
    Cloud cloud = Cloud::Global;
    QUrl customLoginBase; // only for Cloud::Custom, e.g. https://login.example or http://127.0.0.1:8080
    QUrl customGraphBase; // only for Cloud::Custom

    QString tenantId;     // GUID (resolved by discovery) — may be empty while only a domain is known
    QString tenantDomain; // e.g. contoso.onmicrosoft.com — optional
    QString clientId;     // Application (client) ID, a GUID

    QString secret;     // in memory only; written to a file only by an explicit export
    QDate secretExpiry; // as shown by the portal; invalid when unknown
    QString secretHint; // first three characters of the secret, as the portal shows them

    QStringList redirectUris; // FlexO's redirect URIs, registered on the Web platform
    QUrl lifecycleUrl;        // FlexO's lifecycle URL (https)
    QString signInRedirectUri = QStringLiteral("http://localhost/flexo-teams-setup"); // test sign-in URI
    bool enabled = false; // the vendor advises to save first and enable later

    // Network as on premises.
    QString proxy;    // "" = system settings; "none" = no proxy; "http://host:port" = that proxy
    QString caBundle; // path of an extra PEM CA bundle trusted for this tool's requests only

    LastVerification lastVerification;

    // Keys of the file this config was read from that this version does not know; written back
    // unchanged so a newer tool's settings survive a round trip through an older one.
    QJsonObject unknownKeys;
    // The same for the sections of the file ("cloud", "tenant", "secret", "network",
    // "lastVerification"): section name -> object of the keys this version does not know there.
    QJsonObject unknownSectionKeys;

    // The tenant as the authority wants it: the GUID when known, else the domain.
    [[nodiscard]] QString tenant() const { return tenantId.isEmpty() ? tenantDomain : tenantId; }
};

} // namespace flexo
