#include "config/ConfigRules.h"

#include "common/AddressRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace flexo {
namespace {

// The translation context of every rule message.
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::ConfigRules)
};

const QString kEmptyGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
// The tenant behind `consumers`: personal Microsoft accounts, which have no Teams online meetings for FlexO.
const QString kConsumerTenant = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
// Microsoft Graph's own application ID, often copied from API permissions.
const QString kGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
// Entra matches redirect URIs of the Web platform up to this length.
constexpr int kMaxRedirectUriLength = 256;
constexpr int kMinSecretLength = 16;
constexpr int kMaxSecretLength = 64;
constexpr int kExpiryWarningDays = rules::kSecretExpiryWarningDays;
constexpr int kMaxSecretLifetimeMonths = 24;

RuleResult ok(const QString &field)
{
    return RuleResult{RuleSeverity::Ok, QString(), QString(), field};
}

RuleResult result(RuleSeverity severity, const QString &field, const QString &code, const QString &message)
{
    return RuleResult{severity, code, message, field};
}

RuleResult error(const QString &field, const QString &code, const QString &message)
{
    return result(RuleSeverity::Error, field, code, message);
}

bool isZeroWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
}

QString withoutZeroWidth(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (!isZeroWidth(c))
            out.append(c);
    }
    return out;
}

QString shown(const QString &value)
{
    return rules::quoteForMessage(value);
}

const QRegularExpression &currentSecretShape()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}"));
    return re;
}

bool looksLikeAttemptedGuid(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F-]{20,}$"));
    return re.match(value).hasMatch() && value.contains(QLatin1Char('-'));
}

bool isDnsDomain(const QString &value)
{
    if (value.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression topLevel(QStringLiteral("^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"));
    const QStringList labels = value.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return topLevel.match(labels.last()).hasMatch();
}

bool isIpv6Loopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1");
}

// The parts of an absolute http(s) URL check that redirect URIs, the lifecycle URL and base URLs share.
// Returns an Ok result when `url` is absolute with a scheme and a host.
RuleResult checkAbsolute(const QString &text, const QString &field, const QString &codePrefix,
                         const QString &what, const QString &example)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return error(field, codePrefix + QStringLiteral(".not-absolute"),
                     RuleText::tr("“%1” is not a complete web address. The %2 must be a full address "
                                  "that starts with https:// and names a server, for example %3.")
                         .arg(shown(text), what, example));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return error(field, codePrefix + QStringLiteral(".scheme"),
                     RuleText::tr("“%1” starts with %2:, but the %3 must be a web address starting with "
                                  "https://, for example %4.")
                         .arg(shown(text), shown(url.scheme()), what, example));
    }
    return ok(field);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

namespace rules {

QString normalizeSecret(const QString &raw)
{
    return withoutZeroWidth(raw).trimmed();
}

QString normalizeIdentifier(const QString &raw)
{
    QString value = withoutZeroWidth(raw).trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
        value = value.mid(1, value.size() - 2).trimmed();
    return value;
}

QString quoteForMessage(const QString &value)
{
    constexpr int kMaxShown = 80;
    if (currentSecretShape().match(value).hasMatch())
        return RuleText::tr("(hidden: it looks like a client secret)");
    QString out;
    out.reserve(std::min<qsizetype>(value.size(), kMaxShown + 1));
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        // Control, bidirectional and invisible characters could disguise the text or drive a terminal.
        const bool hidden = u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
                            (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || isZeroWidth(c);
        out.append(hidden ? QChar(0xFFFD) : c);
        if (out.size() > kMaxShown) {
            out.truncate(kMaxShown - 1);
            out.append(QChar(0x2026));
            break;
        }
    }
    return out;
}

bool isGuid(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(value).hasMatch();
}

RuleResult checkTenant(const QString &rawTenant)
{
    const QString field = QStringLiteral("tenant");
    const QString tenant = normalizeIdentifier(rawTenant);
    const QString lower = tenant.toLower();
    if (tenant.isEmpty()) {
        return error(
            field, QStringLiteral("tenant.missing"),
            RuleText::tr("Enter your tenant: a domain of your organization, such as contoso.onmicrosoft.com, "
                         "or its Directory (tenant) ID, shown on the Overview page of the Microsoft Entra "
                         "admin center."));
    }
    if (currentSecretShape().match(tenant).hasMatch()) {
        return error(
            field, QStringLiteral("tenant.looks-like-secret"),
            RuleText::tr("This looks like a client secret, not a tenant. Paste it in the secret field "
                         "instead, and enter your tenant's domain (such as contoso.onmicrosoft.com) or "
                         "Directory (tenant) ID here."));
    }
    if (lower == QLatin1String("common") || lower == QLatin1String("organizations")) {
        return error(
            field, QStringLiteral("tenant.multi-tenant-alias"),
            RuleText::tr("“%1” is not a tenant: it is a shared sign-in address that lets accounts of "
                         "any organization sign in. The connector must be tied to your one tenant, so "
                         "that only your organization's accounts are used and your app registration "
                         "is found. Enter your Directory (tenant) ID or your domain, for example "
                         "contoso.onmicrosoft.com.")
                .arg(shown(tenant)));
    }
    if (lower == QLatin1String("consumers") || lower == kConsumerTenant) {
        return error(field, QStringLiteral("tenant.consumers"),
                     RuleText::tr("“%1” stands for personal Microsoft accounts, which cannot hold Teams "
                                  "meetings for FlexO. The connector must be tied to your organization's "
                                  "tenant: enter its Directory (tenant) ID or its domain, for example "
                                  "contoso.onmicrosoft.com.")
                         .arg(shown(tenant)));
    }
    if (lower == kEmptyGuid) {
        return error(
            field, QStringLiteral("tenant.empty-guid"),
            RuleText::tr("The all-zero ID is a placeholder, not a real tenant. Copy the Directory "
                         "(tenant) ID from the Overview page of the Microsoft Entra admin center, or "
                         "enter your domain instead."));
    }
    if (isGuid(tenant))
        return ok(field);
    if (tenant.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        tenant.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        // login.microsoftonline.com/<tenant>/...: the tenant is the first path segment.
        const QString segment = normalizeIdentifier(QUrl(tenant).path().section(QLatin1Char('/'), 1, 1));
        if (!segment.isEmpty() && (isGuid(segment) || isDnsDomain(segment))) {
            return error(
                field, QStringLiteral("tenant.is-url"),
                RuleText::tr("Enter only the tenant, not a web address: here, %1.").arg(shown(segment)));
        }
        return error(field, QStringLiteral("tenant.is-url"),
                     RuleText::tr("Enter only the tenant ID or domain, not a web address. For "
                                  "https://login.microsoftonline.com/contoso.onmicrosoft.com, enter "
                                  "contoso.onmicrosoft.com."));
    }
    if (tenant.contains(QLatin1Char('@'))) {
        const QString domain = tenant.section(QLatin1Char('@'), -1);
        return error(field, QStringLiteral("tenant.is-email"),
                     RuleText::tr("“%1” is an email address. Enter only the domain, the part after @ (%2), "
                                  "or the Directory (tenant) ID.")
                         .arg(shown(tenant), shown(domain)));
    }
    if (looksLikeAttemptedGuid(tenant)) {
        return error(
            field, QStringLiteral("tenant.malformed-guid"),
            RuleText::tr("This looks like a tenant ID, but it is not complete: a Directory (tenant) "
                         "ID has 36 characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee. Copy it "
                         "again from the Overview page of the Microsoft Entra admin center."));
    }
    if (isDnsDomain(tenant))
        return ok(field);
    return error(field, QStringLiteral("tenant.invalid"),
                 RuleText::tr("“%1” is neither a tenant ID nor a domain. Enter the Directory (tenant) ID (36 "
                              "characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee) or a domain of your "
                              "organization, such as contoso.onmicrosoft.com.")
                     .arg(shown(tenant)));
}

RuleResult checkClientId(const QString &rawClientId, const QString &rawTenantId)
{
    const QString field = QStringLiteral("clientId");
    const QString clientId = normalizeIdentifier(rawClientId);
    if (clientId.isEmpty()) {
        return error(field, QStringLiteral("clientId.missing"),
                     RuleText::tr("Enter the Application (client) ID shown on the Overview page of the app "
                                  "registration."));
    }
    if (!isGuid(clientId)) {
        return error(
            field, QStringLiteral("clientId.not-guid"),
            RuleText::tr("This is not an Application (client) ID, which has 36 characters, such as "
                         "00001111-aaaa-2222-bbbb-3333cccc4444. Copy it from the Overview page of the "
                         "app registration."));
    }
    if (clientId == kEmptyGuid) {
        return error(field, QStringLiteral("clientId.empty-guid"),
                     RuleText::tr("The all-zero ID is a placeholder, not a real application. Copy the "
                                  "Application (client) ID from the Overview page of the app registration."));
    }
    if (clientId.compare(kGraphAppId, Qt::CaseInsensitive) == 0) {
        return error(field, QStringLiteral("clientId.is-graph"),
                     RuleText::tr("This is the ID of Microsoft Graph itself, not of your app registration. "
                                  "Copy the Application (client) ID from the Overview page of the app "
                                  "registration."));
    }
    if (clientId.compare(normalizeIdentifier(rawTenantId), Qt::CaseInsensitive) == 0) {
        return error(field, QStringLiteral("clientId.is-tenant-id"),
                     RuleText::tr("This is the Directory (tenant) ID, not the Application (client) ID. Both "
                                  "are on the Overview page of the app registration: copy the one labelled "
                                  "“Application (client) ID”."));
    }
    return ok(field);
}

RuleResult checkSecret(const QString &secret)
{
    const QString field = QStringLiteral("secret");
    if (secret.isEmpty()) {
        return error(field, QStringLiteral("secret.missing"),
                     RuleText::tr("Paste the client secret's Value, from Certificates & secrets → Client "
                                  "secrets, “Value” column."));
    }
    if (isGuid(normalizeIdentifier(secret))) {
        return error(field, QStringLiteral("secret.looks-like-secret-id"),
                     RuleText::tr("This is the Secret ID, not the secret. Paste the “Value” column of "
                                  "Certificates & secrets instead. The Value is shown only once, right after "
                                  "the secret is created: if it is gone, create a new client secret and copy "
                                  "its Value."));
    }
    if (secret.contains(QStringLiteral("***")) || secret.contains(QChar(0x2026)) ||
        secret.endsWith(QLatin1String("..."))) {
        return error(
            field, QStringLiteral("secret.masked"),
            RuleText::tr("This is the shortened hint the portal shows once you leave the page, not "
                         "the secret. The Value is shown in full only once, right after the secret is "
                         "created: create a new client secret and copy its Value."));
    }
    for (const QChar c : secret) {
        if (c.isSpace()) {
            return error(field, QStringLiteral("secret.whitespace"),
                         RuleText::tr("The value contains a space or a line break, which a client secret "
                                      "never does: more than the Value was probably copied. Copy only the "
                                      "“Value” cell with its Copy button."));
        }
        if (c.unicode() < 0x21 || c.unicode() > 0x7E) {
            return error(field, QStringLiteral("secret.invalid-characters"),
                         RuleText::tr("The value contains a character that a client secret never has (“%1”). "
                                      "Copy the “Value” cell again with its Copy button.")
                             .arg(shown(QString(c))));
        }
    }
    if (secret.size() < kMinSecretLength) {
        return error(
            field, QStringLiteral("secret.too-short"),
            RuleText::tr("The value has %1 characters, but a client secret has %2 to %3 (usually "
                         "40): it was probably copied only in part. Copy the whole “Value” cell with "
                         "its Copy button.")
                .arg(secret.size())
                .arg(kMinSecretLength)
                .arg(kMaxSecretLength));
    }
    if (secret.size() > kMaxSecretLength) {
        return error(field, QStringLiteral("secret.too-long"),
                     RuleText::tr("The value has %1 characters, but a client secret has at most %2 (usually "
                                  "40): more than the Value was probably copied. Copy only the “Value” cell "
                                  "with its Copy button.")
                         .arg(secret.size())
                         .arg(kMaxSecretLength));
    }
    const QRegularExpressionMatch shape = currentSecretShape().match(secret);
    if (shape.hasMatch() && shape.capturedLength() == secret.size()) {
        return result(RuleSeverity::Note, field, QStringLiteral("secret.current-format"),
                      RuleText::tr("This has the shape of a client secret Value."));
    }
    return result(RuleSeverity::Note, field, QStringLiteral("secret.legacy-format"),
                  RuleText::tr("This does not have the shape of recent client secrets (which contain “Q~”), "
                               "but older secrets look like this one, so it is accepted. The credentials "
                               "check will tell whether it is right."));
}

RuleResult checkSecret(const QString &secret, const QString &tenantId, const QString &clientId)
{
    const QString pasted = normalizeIdentifier(secret);
    if (!pasted.isEmpty() && pasted.compare(normalizeIdentifier(clientId), Qt::CaseInsensitive) == 0) {
        return error(
            QStringLiteral("secret"), QStringLiteral("secret.is-client-id"),
            RuleText::tr("This is the Application (client) ID, not the secret. Paste the “Value” "
                         "column of Certificates & secrets instead. The Value is shown only once, right "
                         "after the secret is created: if it is gone, create a new client secret and "
                         "copy its Value."));
    }
    if (!pasted.isEmpty() && pasted.compare(normalizeIdentifier(tenantId), Qt::CaseInsensitive) == 0) {
        return error(
            QStringLiteral("secret"), QStringLiteral("secret.is-tenant-id"),
            RuleText::tr("This is the Directory (tenant) ID, not the secret. Paste the “Value” column "
                         "of Certificates & secrets instead. The Value is shown only once, right after "
                         "the secret is created: if it is gone, create a new client secret and copy its "
                         "Value."));
    }
    return checkSecret(secret);
}

RuleResult checkSecretExpiry(const QDate &expiry, const QDate &today)
{
    const QString field = QStringLiteral("secretExpiry");
    if (!expiry.isValid()) {
        return result(
            RuleSeverity::Warning, field, QStringLiteral("secretExpiry.unknown"),
            RuleText::tr("The secret's expiry date is not known. Enter the date shown in the "
                         "“Expires” column of Certificates & secrets, so that you are warned before "
                         "the secret stops working."));
    }
    const qint64 days = today.daysTo(expiry);
    if (days < 0) {
        return error(field, QStringLiteral("secretExpiry.past"),
                     RuleText::tr("The client secret expired on %1, so FlexO can no longer connect to Teams "
                                  "with it. Create a new client secret (Certificates & secrets → New client "
                                  "secret) and enter its Value and expiry date.")
                         .arg(isoDate(expiry)));
    }
    if (days <= kExpiryWarningDays) {
        const QString when = days == 0   ? RuleText::tr("today")
                             : days == 1 ? RuleText::tr("tomorrow")
                                         : RuleText::tr("in %1 days").arg(days);
        return result(RuleSeverity::Warning, field, QStringLiteral("secretExpiry.soon"),
                      RuleText::tr("The client secret expires %1 (%2). Create a new client secret now and "
                                   "update FlexO with it, or Teams meetings will stop being created on that "
                                   "day.")
                          .arg(when, isoDate(expiry)));
    }
    if (expiry > today.addMonths(kMaxSecretLifetimeMonths)) {
        return result(RuleSeverity::Warning, field, QStringLiteral("secretExpiry.too-far"),
                      RuleText::tr("%1 is more than 24 months away, but a client secret lasts at most 24 "
                                   "months. Check the date for a typo, for example in the year.")
                          .arg(isoDate(expiry)));
    }
    return ok(field);
}

RuleResult checkRedirectUri(const QString &rawUri)
{
    const QString field = QStringLiteral("redirectUris");
    const QString uri = rawUri.trimmed();
    const QString what = RuleText::tr("redirect URI");
    const QString example = QStringLiteral("https://flexo.example.com/teams/callback");
    if (uri.isEmpty()) {
        return error(field, QStringLiteral("redirectUri.missing"),
                     RuleText::tr("Enter the redirect URI given by FlexO, for example %1.").arg(example));
    }
    if (uri.size() > kMaxRedirectUriLength) {
        return error(
            field, QStringLiteral("redirectUri.too-long"),
            RuleText::tr("This redirect URI has %1 characters, but Microsoft accepts at most %2. Ask "
                         "for a shorter address for FlexO.")
                .arg(uri.size())
                .arg(kMaxRedirectUriLength));
    }
    RuleResult absolute = checkAbsolute(uri, field, QStringLiteral("redirectUri"), what, example);
    if (absolute.isError())
        return absolute;
    const QUrl url(uri, QUrl::StrictMode);
    if (url.hasFragment() || uri.contains(QLatin1Char('#'))) {
        return error(
            field, QStringLiteral("redirectUri.fragment"),
            RuleText::tr("“%1” contains “#”. Microsoft does not accept a redirect URI with a fragment "
                         "(the part from #): remove it.")
                .arg(shown(uri)));
    }
    if (isIpv6Loopback(url)) {
        return error(
            field, QStringLiteral("redirectUri.ipv6-loopback"),
            RuleText::tr("Microsoft does not support [::1] in redirect URIs. Use http://localhost instead "
                         "(or http://127.0.0.1, which the Azure portal accepts only through the app's "
                         "Manifest)."));
    }
    static const QRegularExpression unsupported(QStringLiteral("[!$'(),;*]"));
    const QRegularExpressionMatch bad = unsupported.match(uri);
    if (bad.hasMatch()) {
        return error(field, QStringLiteral("redirectUri.unsupported-character"),
                     RuleText::tr("“%1” contains “%2”, which Microsoft does not accept in a redirect URI. "
                                  "Ask for an address without it.")
                         .arg(shown(uri), bad.captured()));
    }
    if (url.scheme().toLower() == QLatin1String("http") && !address::isLoopbackRedirectHost(url.host())) {
        return error(field, QStringLiteral("redirectUri.not-https"),
                     RuleText::tr("“%1” uses http://. Microsoft accepts http only for localhost and "
                                  "127.0.0.1 (127.0.0.1 only through the app's Manifest); every other "
                                  "redirect URI must start with https://.")
                         .arg(shown(uri)));
    }
    // The portal's Web platform takes http://localhost only; 127.0.0.1 goes in through the manifest
    // (Microsoft's redirect URI restrictions).
    const QString manifestNote =
        url.host() == QLatin1String("127.0.0.1")
            ? RuleText::tr("The Azure portal accepts only http://localhost addresses on the Web platform: "
                           "register “%1” in the app's Manifest (replyUrlsWithType, type \"Web\"), or use "
                           "http://localhost instead.")
                  .arg(shown(uri))
            : QString();
    if (url.path().isEmpty()) {
        QString text =
            RuleText::tr("“%1” has no path: Microsoft matches it as %2, with a trailing slash. Make "
                         "sure FlexO uses exactly the same address.")
                .arg(shown(uri), shown(uri + QLatin1Char('/')));
        if (!manifestNote.isEmpty())
            text += QLatin1Char(' ') + manifestNote;
        return result(RuleSeverity::Note, field, QStringLiteral("redirectUri.no-path"), text);
    }
    if (!manifestNote.isEmpty())
        return result(RuleSeverity::Note, field, QStringLiteral("redirectUri.loopback-ip-manifest"),
                      manifestNote);
    return ok(field);
}

RuleResult checkLifecycleUrl(const QString &rawUrl)
{
    const QString field = QStringLiteral("lifecycleUrl");
    const QString text = rawUrl.trimmed();
    const QString what = RuleText::tr("lifecycle URL");
    const QString example = QStringLiteral("https://flexo.example.com/teams/lifecycle");
    if (text.isEmpty()) {
        return error(
            field, QStringLiteral("lifecycleUrl.missing"),
            RuleText::tr("Enter the lifecycle URL given by your FlexO representative, for example %1.")
                .arg(example));
    }
    RuleResult absolute = checkAbsolute(text, field, QStringLiteral("lifecycleUrl"), what, example);
    if (absolute.isError())
        return absolute;
    if (QUrl(text).scheme().toLower() != QLatin1String("https")) {
        return error(
            field, QStringLiteral("lifecycleUrl.not-https"),
            RuleText::tr("“%1” uses http://, but the lifecycle URL must use https://. Enter the https:// "
                         "address given by your FlexO representative.")
                .arg(shown(text)));
    }
    return ok(field);
}

RuleResult checkCustomBaseUrl(const QString &rawUrl)
{
    const QString field = QStringLiteral("customBaseUrl");
    const QString text = rawUrl.trimmed();
    const QString what = RuleText::tr("base URL");
    const QString example = QStringLiteral("https://login.example.com");
    if (text.isEmpty()) {
        return error(field, QStringLiteral("customBaseUrl.missing"),
                     RuleText::tr("A custom cloud needs both base URLs, for example %1.").arg(example));
    }
    RuleResult absolute = checkAbsolute(text, field, QStringLiteral("customBaseUrl"), what, example);
    if (absolute.isError())
        return absolute;
    const QUrl url(text);
    if (url.hasQuery() || url.hasFragment()) {
        return error(field, QStringLiteral("customBaseUrl.query"),
                     RuleText::tr("“%1” contains “?” or “#”. A base URL is the start of the addresses this "
                                  "tool builds: remove everything from the ? or #.")
                         .arg(shown(text)));
    }
    if (url.scheme().toLower() == QLatin1String("http") && !address::isLoopbackHost(url.host())) {
        return error(field, QStringLiteral("customBaseUrl.not-https"),
                     RuleText::tr("“%1” uses http://, which would send secrets and tokens unencrypted. Use "
                                  "https://; http is accepted only for a server on this computer "
                                  "(localhost, 127.0.0.1 or ::1).")
                         .arg(shown(text)));
    }
    return ok(field);
}

namespace {

void add(QList<RuleResult> &results, RuleResult r, const QString &field = {})
{
    if (r.severity == RuleSeverity::Ok)
        return;
    if (!field.isEmpty())
        r.field = field;
    results.append(r);
}

void checkTenantFields(QList<RuleResult> &results, const ConnectorConfig &config)
{
    const QString id = normalizeIdentifier(config.tenantId);
    const QString domain = normalizeIdentifier(config.tenantDomain);
    if (id.isEmpty() && domain.isEmpty()) {
        add(results, checkTenant(QString()));
        return;
    }
    if (!id.isEmpty()) {
        const RuleResult r = checkTenant(id);
        if (r.isError() || isGuid(id)) {
            add(results, r);
        } else {
            add(results, error(QStringLiteral("tenant"), QStringLiteral("tenant.id-not-guid"),
                               RuleText::tr("The tenant ID “%1” is not a GUID. Put a domain in the tenant "
                                            "domain instead, or enter the Directory (tenant) ID.")
                                   .arg(shown(id))));
        }
    }
    if (!domain.isEmpty()) {
        const RuleResult r = checkTenant(domain);
        if (r.isError() || !isGuid(domain)) {
            add(results, r);
        } else {
            add(results, error(QStringLiteral("tenant"), QStringLiteral("tenant.domain-is-guid"),
                               RuleText::tr("The tenant domain “%1” is a GUID. Put it in the tenant ID "
                                            "instead, or enter a domain such as contoso.onmicrosoft.com.")
                                   .arg(shown(domain))));
        }
    }
}

void checkSecretFields(QList<RuleResult> &results, const ConnectorConfig &config, bool secretKnown)
{
    if (secretKnown) {
        const QString secret = normalizeSecret(config.secret);
        const RuleResult shape = checkSecret(secret, config.tenantId, config.clientId);
        add(results, shape);
        // A wrong value is already explained; the hint only tells apart two plausible secrets.
        if (!shape.isError() && !config.secretHint.isEmpty() && !secret.startsWith(config.secretHint)) {
            add(results,
                result(RuleSeverity::Warning, QStringLiteral("secret"),
                       QStringLiteral("secret.hint-mismatch"),
                       RuleText::tr("The secret does not begin with “%1”, the hint recorded with its "
                                    "expiry date: it may be another secret than the one whose expiry "
                                    "date is known. Check the “Value” hint in Certificates & secrets.")
                           .arg(shown(config.secretHint))));
        }
    } else if (normalizeIdentifier(config.tenantId).isEmpty()) {
        // The keychain entry is found by the tenant ID (KeychainBinding): a domain alone finds none.
        // (A tenant ID that is not a GUID is an error of its own.)
        add(results,
            result(RuleSeverity::Warning, QStringLiteral("secret"), QStringLiteral("secret.location-missing"),
                   RuleText::tr("The configuration has no tenant ID (GUID), so its secret cannot be found "
                                "in the keychain. Provide the secret another way (standard input or the "
                                "FLEXO_CLIENT_SECRET variable), or save it again from the wizard.")));
    }
    if (!config.secretHint.isEmpty() && config.secretHint.size() != 3) {
        add(results,
            result(RuleSeverity::Warning, QStringLiteral("secretHint"), QStringLiteral("secret.hint-length"),
                   RuleText::tr("The secret hint “%1” should be the first 3 characters of the secret, "
                                "as shown in Certificates & secrets.")
                       .arg(shown(config.secretHint))));
    }
}

void checkUris(QList<RuleResult> &results, const ConnectorConfig &config)
{
    if (config.redirectUris.isEmpty()) {
        add(results, error(QStringLiteral("redirectUris"), QStringLiteral("redirectUris.missing"),
                           RuleText::tr("No redirect URI is set. Enter the redirect URIs given by your FlexO "
                                        "representative.")));
    }
    QSet<QString> seen;
    for (const QString &uri : config.redirectUris) {
        add(results, checkRedirectUri(uri));
        if (seen.contains(uri.trimmed())) {
            add(results,
                result(RuleSeverity::Warning, QStringLiteral("redirectUris"),
                       QStringLiteral("redirectUris.duplicate"),
                       RuleText::tr("“%1” is listed twice; one is enough.").arg(shown(uri.trimmed()))));
        }
        seen.insert(uri.trimmed());
    }
    add(results, checkRedirectUri(config.signInRedirectUri), QStringLiteral("signInRedirectUri"));
    add(results, checkLifecycleUrl(config.lifecycleUrl.toString()));
    if (config.cloud == Cloud::Custom) {
        add(results, checkCustomBaseUrl(config.customLoginBase.toString()),
            QStringLiteral("customLoginBase"));
        add(results, checkCustomBaseUrl(config.customGraphBase.toString()),
            QStringLiteral("customGraphBase"));
    }
}

void checkNetwork(QList<RuleResult> &results, const ConnectorConfig &config)
{
    if (!address::parseProxy(config.proxy).isValid()) {
        add(results,
            error(QStringLiteral("proxy"), QStringLiteral("proxy.invalid"),
                  RuleText::tr("“%1” is not a proxy address. Enter it as http://host:port (for "
                               "example http://proxy.example.com:3128), “none” for no proxy, or leave it "
                               "empty to use the system's proxy settings.")
                      .arg(shown(config.proxy.trimmed()))));
    }
}

} // namespace

QList<RuleResult> checkConfig(const ConnectorConfig &config, const QDate &today, bool secretKnown)
{
    QList<RuleResult> results;
    checkTenantFields(results, config);
    add(results, checkClientId(config.clientId, config.tenantId));
    checkSecretFields(results, config, secretKnown);
    add(results, checkSecretExpiry(config.secretExpiry, today));
    checkUris(results, config);
    checkNetwork(results, config);
    return results;
}

} // namespace rules
} // namespace flexo
