#pragma once

#include "config/ConnectorConfig.h"

#include <QDate>
#include <QList>
#include <QString>

namespace flexo {

// The offline shape checks of every config value, as pure functions. The wizard runs them as the
// admin types, `validate` and the "config" / "secret-expiry" checks run them on a whole file.
enum class RuleSeverity { Ok, Note, Warning, Error };

struct RuleResult
{
    RuleSeverity severity = RuleSeverity::Ok;
    QString code;    // stable: "tenant.empty-guid", "secret.looks-like-secret-id", ...
    QString message; // translated: what is wrong and what to do (or a note, for RuleSeverity::Note)
    QString field;   // "tenant", "clientId", "secret", "secretExpiry", "redirectUris", "lifecycleUrl", ...

    [[nodiscard]] bool isError() const { return severity == RuleSeverity::Error; }
};

// Fields: "tenant", "clientId", "secret", "secretHint", "secretExpiry", "redirectUris",
// "signInRedirectUri", "lifecycleUrl", "customBaseUrl" (checkCustomBaseUrl alone; checkConfig says
// "customLoginBase" / "customGraphBase"), "proxy".
// Codes are "<rule>.<problem>": tenant.{missing, multi-tenant-alias, consumers, empty-guid, is-url, is-email,
// malformed-guid, invalid, looks-like-secret, id-not-guid, domain-is-guid}; clientId.{missing, not-guid,
// empty-guid, is-graph, is-tenant-id}; secret.{missing, looks-like-secret-id, is-client-id, is-tenant-id,
// masked, whitespace, invalid-characters, too-short, too-long, current-format (Note), legacy-format (Note),
// hint-mismatch, hint-length, location-missing}; secretExpiry.{unknown, past, soon, too-far};
// redirectUri.{missing, too-long, not-absolute, scheme, fragment, ipv6-loopback, unsupported-character,
// not-https, no-path (Note), loopback-ip-manifest (Note: 127.0.0.1 goes in through the manifest)};
// redirectUris.{missing, duplicate}; lifecycleUrl.{missing, not-absolute, scheme,
// not-https}; customBaseUrl.{missing, not-absolute, scheme, query, not-https}; proxy.invalid.
namespace rules {

// Secret values arrive by copy and paste: drop surrounding white space, line breaks and
// zero-width characters (U+200B..U+200D, U+2060, U+FEFF) anywhere in the value.
[[nodiscard]] QString normalizeSecret(const QString &raw);
// Same for identifiers (tenant, client ID): trim, drop zero-width characters, strip braces "{...}".
[[nodiscard]] QString normalizeIdentifier(const QString &raw);

[[nodiscard]] bool isGuid(const QString &value);

// A value from the admin or from a file, made safe to quote in a message: control, bidirectional and
// invisible characters replaced by U+FFFD, cut to 80 characters, and hidden altogether when it has the
// shape of a client secret (pasted into the wrong field).
[[nodiscard]] QString quoteForMessage(const QString &value);

[[nodiscard]] RuleResult checkTenant(const QString &tenant);
[[nodiscard]] RuleResult checkClientId(const QString &clientId, const QString &tenantId);
[[nodiscard]] RuleResult checkSecret(const QString &secret); // expects normalizeSecret() applied
// The same, and it also recognises the Application (client) ID or the tenant ID pasted as the secret.
[[nodiscard]] RuleResult checkSecret(const QString &secret, const QString &tenantId, const QString &clientId);
// A secret expiring within this many days is a warning (the monitoring formats use it as their threshold).
inline constexpr int kSecretExpiryWarningDays = 30;
[[nodiscard]] RuleResult checkSecretExpiry(const QDate &expiry, const QDate &today);
[[nodiscard]] RuleResult checkRedirectUri(const QString &uri);
[[nodiscard]] RuleResult checkLifecycleUrl(const QString &url);
// Base URL of the Custom cloud: absolute; https, or http for loopback hosts only.
[[nodiscard]] RuleResult checkCustomBaseUrl(const QString &url);

// Every rule applied to a whole config; `secretKnown` says whether the secret is in memory
// (a config read from a file has none). Returns only non-Ok results.
[[nodiscard]] QList<RuleResult> checkConfig(const ConnectorConfig &config, const QDate &today,
                                            bool secretKnown);

} // namespace rules
} // namespace flexo
