#include "IdentityService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include "EntraError.h"
#include "Jwt.h"
#include "RedirectUriRules.h"
#include "ScopeSet.h"

namespace flexo::fake {

namespace {

// `object` with each key of `overrides` set to its value, or removed when the value is null.
QJsonObject applyOverrides(QJsonObject object, const QJsonObject &overrides)
{
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isNull())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    return object;
}

constexpr qint64 kCodeLifetimeSeconds = 600;

bool isGuidText(const QString &text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

bool isDnsName(const QString &text)
{
    static const QRegularExpression dns(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return dns.match(text).hasMatch();
}

QString clientNotFound(const QString &clientId, const QString &tenant)
{
    return QStringLiteral(
               "Application with identifier '%1' was not found in the directory '%2'. This can happen if "
               "the application has not been installed by the administrator of the tenant or consented "
               "to by any user in the tenant. You may have sent your authentication request to the "
               "wrong tenant.")
        .arg(clientId, tenant);
}

QString tenantNotFound(const QString &tenant)
{
    return QStringLiteral(
               "Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing "
               "into the correct cloud. Check with your subscription administrator, this may happen if "
               "there are no active subscriptions for the tenant.")
        .arg(tenant);
}

QString missingParameter(const QString &name)
{
    return QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name);
}

// A client secret or assertion in the body, or HTTP Basic client authentication: a confidential client.
bool presentsCredential(const HttpRequest &request, const FormData &form)
{
    return !form.value(QStringLiteral("client_secret")).isEmpty() ||
           !form.value(QStringLiteral("client_assertion")).isEmpty() ||
           request.header("Authorization").startsWith("Basic ");
}

QStringList withoutOnlineMeetings(const QStringList &scopes)
{
    QStringList out;
    for (const QString &scope : scopes) {
        if (!scope.startsWith(QLatin1String("OnlineMeetings."), Qt::CaseInsensitive))
            out << scope;
    }
    return out;
}

bool containsAll(const QStringList &granted, const QStringList &wanted)
{
    for (const QString &scope : wanted) {
        if (!granted.contains(scope, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

IdentityService::IdentityService(CloudState *state)
    : m_state(state)
{}

IdentityService::TenantForm IdentityService::resolveTenant(const QString &segment,
                                                           const Scenario::Tenant **tenant) const
{
    *tenant = nullptr;
    if (segment == QLatin1String("common") || segment == QLatin1String("organizations") ||
        segment == QLatin1String("consumers"))
        return TenantForm::Common;
    if (segment == QLatin1String("00000000-0000-0000-0000-000000000000"))
        return TenantForm::EmptyGuid;
    if (!isGuidText(segment) && !isDnsName(segment))
        return TenantForm::Malformed;
    *tenant = m_state->scenario.tenant(segment);
    return *tenant ? TenantForm::Found : TenantForm::Unknown;
}

QStringList IdentityService::graphResources(const Scenario::Tenant &tenant) const
{
    return {Scenario::graphResource(tenant.cloud), m_state->baseUrl};
}

HttpResponse IdentityService::discovery(const HttpRequest &request)
{
    const QString segment = request.segments.value(0);
    const Scenario::Tenant *tenant = nullptr;
    const QDateTime now = m_state->now();
    HttpResponse response;
    QString id;
    switch (resolveTenant(segment, &tenant)) {
    case TenantForm::Malformed:
        response =
            EntraError::json(400, QStringLiteral("invalid_request"), 900023,
                             QStringLiteral("Specified tenant identifier '%1' is neither a valid DNS name, "
                                            "nor a valid external domain.")
                                 .arg(segment),
                             now);
        break;
    case TenantForm::EmptyGuid:
        response = EntraError::json(400, QStringLiteral("invalid_tenant"), 90002,
                                    QStringLiteral("Requested tenant identifier '%1' is not valid. Tenant "
                                                   "identifiers may not be an empty GUID.")
                                        .arg(segment),
                                    now);
        break;
    case TenantForm::Unknown:
        response =
            EntraError::json(400, QStringLiteral("invalid_tenant"), 90002, tenantNotFound(segment), now);
        break;
    case TenantForm::Common:
        id = segment;
        break;
    case TenantForm::Found: {
        // The global service describes US Government tenants (Azure Government identity guidance);
        // the China cloud's tenants are separate (what each side answers there: unconfirmed).
        const QString home = Scenario::signInService(tenant->cloud);
        if (home != m_state->scenario.endpointCloud &&
            (home == QLatin1String("China") || m_state->scenario.endpointCloud == QLatin1String("China"))) {
            response =
                EntraError::json(400, QStringLiteral("invalid_tenant"), 90002, tenantNotFound(segment), now);
        } else {
            id = tenant->id;
        }
        break;
    }
    }
    if (id.isEmpty()) {
        response.setHeader("Cache-Control", "max-age=86400, private");
        response.setHeader("Access-Control-Allow-Origin", "*");
        return response;
    }
    const QString cloud = tenant ? tenant->cloud : QStringLiteral("Global");
    const QString regionScope = tenant ? tenant->regionScope : Scenario::defaultRegionScope(cloud);
    const QString regionSubScope = tenant ? tenant->regionSubScope : QString();
    const QString authority = m_state->baseUrl + QLatin1Char('/') + id;
    const QString issuerId = tenant ? id : QStringLiteral("{tenantid}");
    const QString graphHost = QUrl(Scenario::graphResource(cloud)).host();
    QJsonObject document{
        {QStringLiteral("token_endpoint"), QString(authority + QStringLiteral("/oauth2/v2.0/token"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                    QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"), QString(authority + QStringLiteral("/discovery/v2.0/keys"))},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"), QStringLiteral("code id_token"),
                    QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("issuer"),
         QString(m_state->baseUrl + QLatin1Char('/') + issuerId + QStringLiteral("/v2.0"))},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"), QStringLiteral("https://%1/oidc/userinfo").arg(graphHost)},
        {QStringLiteral("authorization_endpoint"),
         QString(authority + QStringLiteral("/oauth2/v2.0/authorize"))},
        {QStringLiteral("device_authorization_endpoint"),
         QString(authority + QStringLiteral("/oauth2/v2.0/devicecode"))},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), QString(authority + QStringLiteral("/oauth2/v2.0/logout"))},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("cloud_instance_name"),
                    QStringLiteral("cloud_instance_host_name"), QStringLiteral("cloud_graph_host_name"),
                    QStringLiteral("msgraph_host"), QStringLiteral("aud"), QStringLiteral("exp"),
                    QStringLiteral("iat"), QStringLiteral("preferred_username"), QStringLiteral("name"),
                    QStringLiteral("tid"), QStringLiteral("ver"), QStringLiteral("email")}},
        {QStringLiteral("kerberos_endpoint"), QString(authority + QStringLiteral("/kerberos"))},
        {QStringLiteral("cloud_instance_name"), Scenario::cloudInstanceName(cloud)},
        {QStringLiteral("cloud_graph_host_name"), Scenario::cloudGraphHostName(cloud)},
        {QStringLiteral("msgraph_host"), graphHost},
        {QStringLiteral("rbac_url"), QStringLiteral("https://pas.windows.net")},
    };
    if (!regionScope.isEmpty())
        document.insert(QStringLiteral("tenant_region_scope"), regionScope);
    if (!regionSubScope.isEmpty())
        document.insert(QStringLiteral("tenant_region_sub_scope"), regionSubScope);
    response = HttpResponse::json(200, QJsonDocument(applyOverrides(document, m_state->discoveryOverrides)));
    response.setHeader("Cache-Control", "max-age=86400, private");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("x-ms-request-id", EntraError::newGuid().toLatin1());
    return response;
}

HttpResponse IdentityService::redirectTo(const QString &redirectUri, const FormData &params)
{
    QUrl url(redirectUri);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    QByteArray location = url.toEncoded();
    location += (url.hasQuery() ? '&' : '?') + params.encode();
    return HttpResponse::redirect(location);
}

HttpResponse IdentityService::redirectWithError(const QString &redirectUri, const QString &state,
                                                const QString &error, int code, const QString &message,
                                                const QDateTime &now)
{
    FormData params;
    params.add(QStringLiteral("error"), error);
    params.add(QStringLiteral("error_description"),
               QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                   .arg(code)
                   .arg(message, EntraError::newGuid(), EntraError::newGuid(), EntraError::timestamp(now)));
    params.add(QStringLiteral("error_uri"),
               QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code));
    if (!state.isEmpty())
        params.add(QStringLiteral("state"), state);
    return redirectTo(redirectUri, params);
}

HttpResponse IdentityService::redirectWithCode(const Pending &pending)
{
    TokenStore::Code code;
    code.tenantId = pending.tenantId;
    code.clientId = pending.clientId;
    code.redirectUri = pending.redirectUri;
    code.platform = pending.platform;
    code.challenge = pending.challenge;
    code.challengeMethod = pending.challengeMethod;
    code.scopes = pending.scopes;
    code.upn = pending.upn;
    code.nonce = pending.nonce;
    code.issued = m_state->now();
    FormData params;
    params.add(QStringLiteral("code"), m_state->tokens.addCode(code));
    if (!pending.state.isEmpty())
        params.add(QStringLiteral("state"), pending.state);
    params.add(QStringLiteral("session_state"), EntraError::newGuid());
    return redirectTo(pending.redirectUri, params);
}

HttpResponse IdentityService::authorize(const HttpRequest &request)
{
    const QDateTime now = m_state->now();
    const QString segment = request.segments.value(0);
    const Scenario::Tenant *tenant = nullptr;
    const TenantForm form = resolveTenant(segment, &tenant);
    if (form == TenantForm::Malformed) {
        return EntraError::page(
            400, 900023,
            QStringLiteral("Specified tenant identifier '%1' is neither a valid DNS name, nor a "
                           "valid external domain.")
                .arg(segment),
            now);
    }
    if (form != TenantForm::Found)
        return EntraError::page(400, 90002, tenantNotFound(segment), now);

    const FormData &query = request.query;
    const QString clientId = query.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return EntraError::page(400, 900144, missingParameter(QStringLiteral("client_id")), now);
    Scenario::App *app = m_state->scenario.app(tenant->id, clientId);
    if (!app)
        return EntraError::page(400, 700016, clientNotFound(clientId, segment), now);

    const QString redirectUri = query.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        return EntraError::page(400, 900144, missingParameter(QStringLiteral("redirect_uri")), now);
    bool anyRegistered = false;
    QString platform;
    RedirectUriRules::Result match = RedirectUriRules::Result::Mismatch;
    for (const QString &candidate : Scenario::platforms()) {
        const QStringList uris = app->redirectUris.value(candidate);
        anyRegistered = anyRegistered || !uris.isEmpty();
        const RedirectUriRules::Result result = RedirectUriRules::match(uris, redirectUri);
        if (result == RedirectUriRules::Result::Match) {
            platform = candidate;
            match = result;
            break;
        }
        if (match == RedirectUriRules::Result::Mismatch)
            match = result;
    }
    if (!anyRegistered) {
        return EntraError::page(400, 500113,
                                QStringLiteral("No reply address is registered for the application."), now);
    }
    if (match != RedirectUriRules::Result::Match) {
        QString message =
            QStringLiteral("The redirect URI '%1' specified in the request does not match the redirect "
                           "URIs configured for the application '%2'. Make sure the redirect URI sent "
                           "in the request matches one added to your application in the Azure portal. "
                           "Navigate to https://aka.ms/redirectUriMismatchError to learn more about "
                           "how to fix this.")
                .arg(redirectUri, app->clientId);
        if (match == RedirectUriRules::Result::TrailingSlash)
            message +=
                QStringLiteral(" More details: Reply address did not match because requested address did not "
                               "have a trailing slash.");
        else if (match == RedirectUriRules::Result::Case)
            message +=
                QStringLiteral(" More details: Reply address did not match because of case sensitivity.");
        return EntraError::page(400, 50011, message, now);
    }

    // From here on errors go back to the application, as Entra does once client and redirect are trusted.
    const QString state = query.value(QStringLiteral("state"));
    const QString responseType = query.value(QStringLiteral("response_type"));
    if (responseType.isEmpty()) {
        return redirectWithError(redirectUri, state, QStringLiteral("invalid_request"), 900144,
                                 missingParameter(QStringLiteral("response_type")), now);
    }
    if (responseType != QLatin1String("code")) {
        return redirectWithError(
            redirectUri, state, QStringLiteral("unsupported_response_type"), 700054,
            QStringLiteral("response_type '%1' is not enabled for the application.").arg(responseType), now);
    }
    const QString challenge = query.value(QStringLiteral("code_challenge"));
    QString method = query.value(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() && method.isEmpty())
        method = QStringLiteral("plain");
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain")) {
        return redirectWithError(
            redirectUri, state, QStringLiteral("invalid_request"), 50149,
            QStringLiteral("The code_challenge_method is not supported. Supported values are "
                           "'plain' and 'S256'."),
            now);
    }
    if (method == QLatin1String("S256") && challenge.size() != 43) {
        return redirectWithError(redirectUri, state, QStringLiteral("invalid_request"), 501491,
                                 QStringLiteral("Invalid size of Code_Challenge parameter."), now);
    }
    const QString scopeText = query.value(QStringLiteral("scope"));
    if (scopeText.trimmed().isEmpty()) {
        return redirectWithError(redirectUri, state, QStringLiteral("invalid_request"), 900144,
                                 missingParameter(QStringLiteral("scope")), now);
    }
    const ScopeSet scopes = ScopeSet::parse(scopeText, graphResources(*tenant));
    if (!scopes.unknownResource.isEmpty()) {
        return redirectWithError(
            redirectUri, state, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named "
                           "%2.")
                .arg(scopes.unknownResource.first(), segment),
            now);
    }
    for (const QString &name : scopes.graph) {
        if (ScopeSet::isApplicationOnly(name)) {
            return redirectWithError(
                redirectUri, state, QStringLiteral("invalid_client"), 650053,
                QStringLiteral("The application '%1' asked for scope '%2' that doesn't exist on "
                               "the resource '00000003-0000-0000-c000-000000000000'. Contact "
                               "the app vendor.")
                    .arg(app->displayName, name),
                now);
        }
    }

    Pending pending;
    pending.tenantId = tenant->id;
    pending.clientId = app->clientId;
    pending.redirectUri = redirectUri;
    pending.platform = platform;
    pending.state = state;
    pending.challenge = challenge;
    pending.challengeMethod = method;
    pending.nonce = query.value(QStringLiteral("nonce"));
    pending.oidc = scopes.oidc;
    pending.graph = scopes.graph;
    pending.scopes = scopes.oidc + scopes.graph;

    // prompt=login asks for the credentials whatever the session: the sign-in page. A browser without
    // Microsoft's cookies sees the same page; the fake's browser counts as signed in otherwise.
    if (query.value(QStringLiteral("prompt")) == QLatin1String("login")) {
        const QString id = TokenStore::randomToken(QStringLiteral("signin."), 24);
        m_pending.insert(id, pending);
        return signInPage(id, pending);
    }
    return continueSignIn(pending, *tenant, *app);
}

HttpResponse IdentityService::continueSignIn(Pending pending, const Scenario::Tenant &tenant,
                                             const Scenario::App &app)
{
    const QDateTime now = m_state->now();
    const QString upn = m_state->scenario.signInUser;
    const Scenario::Tenant *home = m_state->scenario.tenantOfUser(upn);
    if (!home) {
        return EntraError::page(
            400, 50034,
            QStringLiteral("The user account %1 does not exist in the %2 directory.").arg(upn, tenant.id),
            now);
    }
    if (home->id != tenant.id) {
        return EntraError::page(
            400, 50020,
            QStringLiteral("User account '%1' from identity provider 'https://sts.windows.net/%2/' "
                           "does not exist in tenant '%3' and cannot access the application "
                           "'%4'(%5) in that tenant. The account needs to be added as an "
                           "external user in the tenant first.")
                .arg(upn, home->id, tenant.name, app.clientId, app.displayName),
            now);
    }
    pending.upn = upn;

    const bool needsAdmin = !app.userConsentAllowed && !containsAll(app.grantedScopes, pending.graph);
    const QString mode = app.consentMode;
    if (mode == QLatin1String("adminApproval") || (needsAdmin && mode != QLatin1String("scopeNotGranted"))) {
        const QString id = TokenStore::randomToken(QStringLiteral("consent."), 24);
        m_pending.insert(id, pending);
        return adminApprovalPage(id, app);
    }
    if (mode == QLatin1String("scopeNotGranted")) {
        QStringList granted = pending.oidc;
        for (const QString &name : withoutOnlineMeetings(pending.graph)) {
            if (app.grantedScopes.contains(name, Qt::CaseInsensitive))
                granted << name;
        }
        pending.scopes = granted;
        return redirectWithCode(pending);
    }
    if (mode == QLatin1String("page")) {
        const QString id = TokenStore::randomToken(QStringLiteral("consent."), 24);
        m_pending.insert(id, pending);
        return consentPage(id, pending, app);
    }
    return redirectWithCode(pending);
}

HttpResponse IdentityService::signInPage(const QString &id, const Pending &pending)
{
    // The shape of Microsoft's sign-in page as far as public reports show it: the title, and a $Config
    // with pgid "ConvergedSignIn" and the form's urlPost (its sErrorCode 50058 only says nobody is signed
    // in yet). A person signs in with the fake's single button.
    const QString action = QStringLiteral("/%1/oauth2/v2.0/consent").arg(pending.tenantId);
    const QJsonObject config{{QStringLiteral("pgid"), QStringLiteral("ConvergedSignIn")},
                             {QStringLiteral("urlPost"), action},
                             {QStringLiteral("sErrorCode"), QStringLiteral("50058")}};
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<title>Sign in to your account</title></head><body>\n"
            "<p><small>FlexO sandbox: a local imitation of Microsoft sign-in, for testing. It is not "
            "Microsoft and no real account is used.</small></p>\n"
            "<h1>Sign in</h1>\n"
            "<form id=\"signin\" method=\"post\" action=\"%1\">"
            "<input type=\"hidden\" name=\"request\" value=\"%2\">"
            "<input type=\"hidden\" name=\"answer\" value=\"signin\">"
            "<button type=\"submit\">Sign in as %3</button></form>\n%4</body></html>\n")
            .arg(action, id, EntraError::htmlEscape(m_state->scenario.signInUser),
                 EntraError::configScript(config));
    return HttpResponse::html(200, page);
}

HttpResponse IdentityService::consentPage(const QString &id, const Pending &pending, const Scenario::App &app)
{
    QString permissions;
    for (const QString &scope : pending.scopes)
        permissions += QStringLiteral("<li><code>%1</code></li>\n").arg(EntraError::htmlEscape(scope));
    const QString action = QStringLiteral("/%1/oauth2/v2.0/consent").arg(pending.tenantId);
    const QString hidden = QStringLiteral("<input type=\"hidden\" name=\"request\" value=\"%1\">").arg(id);
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                       "<title>FlexO sandbox: permission request</title>\n<style>\n"
                       "body{font-family:sans-serif;max-width:34em;margin:3em auto;color:#222}\n"
                       ".banner{background:#fff3cd;border:1px solid #e0c36a;padding:.6em;border-radius:4px}\n"
                       "button{font-size:1em;padding:.5em 1.5em;margin-right:1em}\n</style></head><body>\n"
                       "<p class=\"banner\"><strong>FlexO sandbox</strong> &mdash; this page imitates a "
                       "sign-in service on "
                       "your own computer for trying out the setup. It is not Microsoft and no real account "
                       "is used.</p>\n"
                       "<h1>Permission requested</h1>\n<p>Signed in as <strong>%1</strong>.</p>\n"
                       "<p>The application <strong>%2</strong> asks to:</p>\n<ul>\n%3</ul>\n"
                       "<form id=\"accept\" method=\"post\" action=\"%4\">%5"
                       "<input type=\"hidden\" name=\"answer\" value=\"accept\"><button "
                       "type=\"submit\">Accept</button></form>\n"
                       "<form id=\"cancel\" method=\"post\" action=\"%4\">%5"
                       "<input type=\"hidden\" name=\"answer\" value=\"cancel\"><button "
                       "type=\"submit\">Cancel</button></form>\n"
                       "</body></html>\n")
            .arg(EntraError::htmlEscape(pending.upn), EntraError::htmlEscape(app.displayName), permissions,
                 action, hidden);
    return HttpResponse::html(200, page);
}

HttpResponse IdentityService::adminApprovalPage(const QString &id, const Scenario::App &app)
{
    const Pending &pending = m_pending[id];
    const QString back =
        QStringLiteral("/%1/oauth2/v2.0/consent?request=%2&amp;answer=cancel").arg(pending.tenantId, id);
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<title>FlexO sandbox: need admin approval</title></head><body>\n"
            "<p><small>FlexO sandbox: a local imitation of Microsoft sign-in, for testing.</small></p>\n"
            "<h1>Need admin approval</h1>\n<p id=\"error\">AADSTS90094: %1 needs permission to access "
            "resources in your organization that only an admin can grant. Please ask an admin to grant "
            "permission to this app before you can use it.</p>\n"
            "<p><a href=\"#\">Have an admin account? Sign in with that account</a></p>\n"
            "<p><a id=\"return\" href=\"%2\">Return to the application without granting consent</a></p>\n"
            "</body></html>\n")
            .arg(EntraError::htmlEscape(app.displayName), back);
    return HttpResponse::html(200, page);
}

HttpResponse IdentityService::consent(const HttpRequest &request)
{
    const FormData form = request.method == "POST" ? FormData::parse(request.body) : request.query;
    const QString id = form.value(QStringLiteral("request"));
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return EntraError::page(
            400, 900561, QStringLiteral("The endpoint only accepts answers to a pending sign-in request."),
            m_state->now());
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    const QString answer = form.value(QStringLiteral("answer"));
    if (answer == QLatin1String("signin")) {
        const Scenario::Tenant *tenant = m_state->scenario.tenant(pending.tenantId);
        const Scenario::App *app = m_state->scenario.app(pending.tenantId, pending.clientId);
        if (!tenant || !app) {
            return EntraError::page(400, 700016, clientNotFound(pending.clientId, pending.tenantId),
                                    m_state->now());
        }
        return continueSignIn(pending, *tenant, *app);
    }
    if (answer == QLatin1String("accept"))
        return redirectWithCode(pending);
    FormData params;
    params.add(QStringLiteral("error"), QStringLiteral("access_denied"));
    params.add(QStringLiteral("error_subcode"), QStringLiteral("cancel"));
    if (!pending.state.isEmpty())
        params.add(QStringLiteral("state"), pending.state);
    return redirectTo(pending.redirectUri, params);
}

HttpResponse IdentityService::checkSecret(const Scenario::App &app, const HttpRequest &request,
                                          const FormData &form, bool *ok) const
{
    *ok = false;
    const QDateTime now = m_state->now();
    QString secret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("Authorization");
    if (secret.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0)
            secret = FormData::parse("s=" + decoded.mid(colon + 1)).value(QStringLiteral("s"));
    }
    if (secret.isEmpty()) {
        return EntraError::json(401, QStringLiteral("invalid_client"), 7000218,
                                QStringLiteral("The request body must contain the following parameter: "
                                               "'client_assertion' or 'client_secret'."),
                                now);
    }
    for (const Scenario::Secret &candidate : app.secrets) {
        if (candidate.value != secret)
            continue;
        if (candidate.expires < now) {
            return EntraError::json(
                401, QStringLiteral("invalid_client"), 7000222,
                QStringLiteral("The provided client secret keys for app '%1' are expired. Visit "
                               "the Azure portal to create new keys for your app: "
                               "https://aka.ms/NewClientSecret, or consider using certificate "
                               "credentials for added security: https://aka.ms/certCreds.")
                    .arg(app.clientId),
                now);
        }
        *ok = true;
        return {};
    }
    return EntraError::json(
        401, QStringLiteral("invalid_client"), 7000215,
        QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the "
                       "request is the client secret value, not the client secret ID, for a "
                       "secret added to app '%1'.")
            .arg(app.clientId),
        now);
}

HttpResponse IdentityService::token(const HttpRequest &request)
{
    const QDateTime now = m_state->now();
    if (request.method != "POST") {
        return EntraError::json(
            400, QStringLiteral("invalid_request"), 900561,
            QStringLiteral("The endpoint only accepts POST requests. Received a %1 request.")
                .arg(QString::fromLatin1(request.method)),
            now);
    }
    const QString segment = request.segments.value(0);
    const Scenario::Tenant *tenant = nullptr;
    switch (resolveTenant(segment, &tenant)) {
    case TenantForm::Malformed:
        return EntraError::json(
            400, QStringLiteral("invalid_request"), 900023,
            QStringLiteral("Specified tenant identifier '%1' is neither a valid DNS name, nor a "
                           "valid external domain.")
                .arg(segment),
            now);
    case TenantForm::Common:
        return EntraError::json(
            400, QStringLiteral("invalid_request"), 9001023,
            QStringLiteral("The grant type isn't supported over the /common or /consumers "
                           "endpoints. Please use the /organizations or tenant-specific "
                           "endpoint."),
            now);
    case TenantForm::EmptyGuid:
    case TenantForm::Unknown:
        return EntraError::json(400, QStringLiteral("invalid_request"), 90002, tenantNotFound(segment), now);
    case TenantForm::Found:
        break;
    }
    const FormData form = FormData::parse(request.body);
    const QString home = Scenario::signInService(tenant->cloud);
    if (home != m_state->scenario.endpointCloud) {
        if (home == QLatin1String("China") || m_state->scenario.endpointCloud == QLatin1String("China"))
            return EntraError::json(400, QStringLiteral("invalid_request"), 90002, tenantNotFound(segment),
                                    now);
        // A confidential client of a tenant of another cloud (GCC High or DoD at the global service).
        if (presentsCredential(request, form)) {
            return EntraError::json(
                400, QStringLiteral("invalid_request"), 900382,
                QStringLiteral("Confidential Client is not supported in Cross Cloud request."), now,
                QString(), false);
        }
    }
    QString clientId = form.value(QStringLiteral("client_id"));
    const QByteArray authorization = request.header("Authorization");
    if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        clientId = FormData::parse("c=" + decoded.left(decoded.indexOf(':'))).value(QStringLiteral("c"));
    }
    if (clientId.isEmpty()) {
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("client_id")), now);
    }
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("grant_type")), now);
    }
    Scenario::App *app = m_state->scenario.app(tenant->id, clientId);
    if (!app) {
        return EntraError::json(400, QStringLiteral("unauthorized_client"), 700016,
                                clientNotFound(clientId, segment), now);
    }
    if (grantType == QLatin1String("authorization_code")) {
        // The platform of the redirect URI a code was issued for decides who may redeem it.
        const TokenStore::Code *code = m_state->tokens.code(form.value(QStringLiteral("code")));
        if (code && code->clientId == app->clientId && code->platform == QLatin1String("spa") &&
            request.header("Origin").isEmpty()) {
            return EntraError::json(
                400, QStringLiteral("invalid_request"), 9002327,
                QStringLiteral("Tokens issued for the 'Single-Page Application' client-type "
                               "may only be redeemed via cross-origin requests."),
                now);
        }
        if (code && code->clientId == app->clientId && code->platform == QLatin1String("publicClient") &&
            presentsCredential(request, form)) {
            return EntraError::json(401, QStringLiteral("invalid_client"), 700025,
                                    QStringLiteral("Client is public so neither 'client_assertion' nor "
                                                   "'client_secret' should be presented."),
                                    now);
        }
    }
    bool secretOk = false;
    HttpResponse secretError = checkSecret(*app, request, form, &secretOk);
    if (!secretOk)
        return secretError;
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(*tenant, *app, form);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(*tenant, *app, form);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentialsGrant(*tenant, *app, form);
    return EntraError::json(
        400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType), now);
}

HttpResponse IdentityService::authorizationCodeGrant(const Scenario::Tenant &tenant, const Scenario::App &app,
                                                     const FormData &form)
{
    const QDateTime now = m_state->now();
    const QString value = form.value(QStringLiteral("code"));
    if (value.isEmpty())
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("code")), now);
    TokenStore::Code *code = m_state->tokens.code(value);
    if (!code) {
        return EntraError::json(400, QStringLiteral("invalid_grant"), 9002313,
                                QStringLiteral("Invalid request. Request is malformed or invalid."), now);
    }
    if (code->redeemed) {
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a "
                           "new valid code or use an existing refresh token."),
            now);
    }
    if (code->issued.secsTo(now) > kCodeLifetimeSeconds) {
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to "
                           "inactivity. Send a new interactive authorization request for this "
                           "user and resource."),
            now);
    }
    if (code->tenantId != tenant.id) {
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 700005,
            QStringLiteral("Provided Authorization Code is intended to use against other tenant, "
                           "hence rejected."),
            now);
    }
    if (code->clientId != app.clientId) {
        return EntraError::json(400, QStringLiteral("invalid_grant"), 70000,
                                QStringLiteral("Provided grant is invalid or malformed."), now);
    }
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty()) {
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("redirect_uri")), now);
    }
    if (redirectUri != code->redirectUri) {
        return EntraError::json(400, QStringLiteral("invalid_client"), 500112,
                                QStringLiteral("The reply address '%1' does not match the reply address '%2' "
                                               "provided when requesting Authorization code.")
                                    .arg(redirectUri, code->redirectUri),
                                now);
    }
    if (!code->challenge.isEmpty()) {
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        if (verifier.isEmpty()) {
            return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                    missingParameter(QStringLiteral("code_verifier")), now);
        }
        QString computed = verifier;
        if (code->challengeMethod == QLatin1String("S256")) {
            computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        }
        if (computed != code->challenge) {
            return EntraError::json(
                400, QStringLiteral("invalid_grant"), 50148,
                QStringLiteral("The code_verifier does not match the code_challenge supplied in "
                               "the authorization request for PKCE."),
                now);
        }
    }
    code->redeemed = true;
    const TokenStore::Code redeemed = *code;
    return tokenResponse(tenant, app.clientId, redeemed.upn, redeemed.scopes, redeemed.nonce);
}

HttpResponse IdentityService::refreshTokenGrant(const Scenario::Tenant &tenant, const Scenario::App &app,
                                                const FormData &form)
{
    const QDateTime now = m_state->now();
    const QString value = form.value(QStringLiteral("refresh_token"));
    if (value.isEmpty()) {
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("refresh_token")), now);
    }
    TokenStore::Refresh *refresh = m_state->tokens.refresh(value);
    if (!refresh || refresh->tenantId != tenant.id) {
        return EntraError::json(400, QStringLiteral("invalid_grant"), 9002313,
                                QStringLiteral("Invalid request. Request is malformed or invalid."), now);
    }
    if (refresh->expired) {
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token was "
                           "issued on %1 and was inactive for 90.00:00:00.")
                .arg(refresh->issued.toString(Qt::ISODate)),
            now);
    }
    if (refresh->refusal != 0)
        return refreshRefused(refresh->refusal, app, refresh->issued, now);
    if (refresh->clientId != app.clientId) {
        return EntraError::json(400, QStringLiteral("invalid_grant"), 70000,
                                QStringLiteral("Provided grant is invalid or malformed."), now);
    }
    QStringList scopes = refresh->scopes;
    const QString scopeText = form.value(QStringLiteral("scope"));
    if (!scopeText.trimmed().isEmpty()) {
        const ScopeSet asked = ScopeSet::parse(scopeText, graphResources(tenant));
        for (const QString &name : asked.graph) {
            if (!scopes.contains(name, Qt::CaseInsensitive)) {
                return EntraError::json(
                    400, QStringLiteral("invalid_grant"), 65001,
                    QStringLiteral("The user or administrator has not consented to use the "
                                   "application with ID '%1' named '%2'. Send an interactive "
                                   "authorization request for this user and resource.")
                        .arg(app.clientId, app.displayName),
                    now, QStringLiteral("consent_required"));
            }
        }
        if (!asked.graph.isEmpty()) {
            QStringList narrowed;
            for (const QString &scope : scopes) {
                if (ScopeSet::isOidc(scope) || asked.graph.contains(scope, Qt::CaseInsensitive))
                    narrowed << scope;
            }
            scopes = narrowed;
        }
    }
    const QString upn = refresh->upn;
    // Rotation: the redeemed token is gone once its successor is issued.
    if (m_state->singleUseRefreshTokens)
        m_state->tokens.removeRefresh(value);
    return tokenResponse(tenant, app.clientId, upn, scopes, QString());
}

QList<int> IdentityService::refreshRefusals()
{
    return {50173, 70008, 50076, 50078, 65001, 53003};
}

HttpResponse IdentityService::refreshRefused(int aadsts, const Scenario::App &app, const QDateTime &issued,
                                             const QDateTime &now)
{
    // Entra's texts for these codes at the token endpoint; a second factor asked for comes with the
    // "basic_action" suberror and a claims challenge that only a person in a browser can answer.
    switch (aadsts) {
    case 50173:
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 50173,
            QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth token is "
                           "needed. The user might have changed or reset their password. The grant was "
                           "issued on '%1' and the TokensValidFrom date (before which tokens are not valid) "
                           "for this user is '%2'.")
                .arg(issued.toString(Qt::ISODate), now.toString(Qt::ISODate)),
            now);
    case 70008:
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to inactivity. "
                           "Send a new interactive authorization request for this user and resource."),
            now);
    case 65001: // consent withdrawn since the token was issued
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 65001,
            QStringLiteral(
                "The user or administrator has not consented to use the application with ID '%1' "
                "named '%2'. Send an interactive authorization request for this user and resource.")
                .arg(app.clientId, app.displayName),
            now, QStringLiteral("consent_required"));
    case 53003: // a Conditional Access policy added since
        return EntraError::json(400, QStringLiteral("invalid_grant"), 53003,
                                QStringLiteral("Access has been blocked by Conditional Access policies. The "
                                               "access policy does not allow token issuance."),
                                now);
    case 50076:
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 50076,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must use multi-factor authentication to access "
                           "'00000003-0000-0000-c000-000000000000'."),
            now, QStringLiteral("basic_action"));
    default:
        return EntraError::json(
            400, QStringLiteral("invalid_grant"), 50078,
            QStringLiteral("Presented multi-factor authentication has expired due to policies configured by "
                           "your administrator, you must refresh your multi-factor authentication to access "
                           "'00000003-0000-0000-c000-000000000000'."),
            now, QStringLiteral("basic_action"));
    }
}

HttpResponse IdentityService::clientCredentialsGrant(const Scenario::Tenant &tenant, const Scenario::App &app,
                                                     const FormData &form)
{
    const QDateTime now = m_state->now();
    const QString scopeText = form.value(QStringLiteral("scope"));
    if (scopeText.trimmed().isEmpty()) {
        return EntraError::json(400, QStringLiteral("invalid_request"), 900144,
                                missingParameter(QStringLiteral("scope")), now);
    }
    const ScopeSet scopes = ScopeSet::parse(scopeText, graphResources(tenant));
    if (!scopes.unknownResource.isEmpty()) {
        return EntraError::json(
            400, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named %2.")
                .arg(scopes.unknownResource.first(), tenant.name),
            now);
    }
    if (!scopes.graphDefault || !scopes.graph.isEmpty() || !scopes.oidc.isEmpty()) {
        return EntraError::json(
            400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows "
                           "must have a scope value with /.default suffixed to the resource "
                           "identifier (application ID URI).")
                .arg(scopeText),
            now);
    }
    TokenStore::Access access;
    access.tenantId = tenant.id;
    access.clientId = app.clientId;
    access.expires = now.addSecs(m_state->scenario.accessTokenLifetimeSeconds);
    const int lifetime = m_state->scenario.accessTokenLifetimeSeconds;
    const QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), lifetime},
                           {QStringLiteral("ext_expires_in"), lifetime},
                           {QStringLiteral("access_token"), m_state->tokens.addAccess(access)}};
    HttpResponse response = HttpResponse::json(200, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    response.setHeader("x-ms-request-id", EntraError::newGuid().toLatin1());
    return response;
}

HttpResponse IdentityService::tokenResponse(const Scenario::Tenant &tenant, const QString &clientId,
                                            const QString &upn, const QStringList &scopes,
                                            const QString &nonce)
{
    const QDateTime now = m_state->now();
    const int lifetime = m_state->scenario.accessTokenLifetimeSeconds;
    QStringList graph;
    QStringList oidc;
    for (const QString &scope : scopes)
        (ScopeSet::isOidc(scope) ? oidc : graph) << scope;
    const QString resource = Scenario::graphResource(tenant.cloud);
    QStringList scopeText;
    for (const QString &name : graph)
        scopeText << resource + QLatin1Char('/') + name;
    scopeText << oidc;

    TokenStore::Access access;
    access.tenantId = tenant.id;
    access.clientId = clientId;
    access.upn = upn;
    access.scopes = graph;
    access.expires = now.addSecs(lifetime);
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), scopeText.join(QLatin1Char(' '))},
                     {QStringLiteral("expires_in"), lifetime},
                     {QStringLiteral("ext_expires_in"), lifetime},
                     {QStringLiteral("access_token"), m_state->tokens.addAccess(access)}};
    if (oidc.contains(QLatin1String("offline_access"))) {
        TokenStore::Refresh refresh;
        refresh.tenantId = tenant.id;
        refresh.clientId = clientId;
        refresh.upn = upn;
        refresh.scopes = scopes;
        refresh.issued = now;
        body.insert(QStringLiteral("refresh_token"), m_state->tokens.addRefresh(refresh));
    }
    const Scenario::User *user = m_state->scenario.user(upn);
    if (oidc.contains(QLatin1String("openid")) && user) {
        QJsonObject claims{
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("iss"),
             QString(m_state->baseUrl + QLatin1Char('/') + tenant.id + QStringLiteral("/v2.0"))},
            {QStringLiteral("iat"), now.toSecsSinceEpoch()},
            {QStringLiteral("nbf"), now.toSecsSinceEpoch()},
            {QStringLiteral("exp"), now.addSecs(lifetime).toSecsSinceEpoch()},
            {QStringLiteral("name"), user->displayName},
            {QStringLiteral("oid"), user->objectId},
            {QStringLiteral("preferred_username"), user->upn},
            {QStringLiteral("sub"),
             QString::fromLatin1(
                 QCryptographicHash::hash((user->objectId + clientId).toUtf8(), QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
            {QStringLiteral("tid"), tenant.id},
            {QStringLiteral("ver"), QStringLiteral("2.0")}};
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        claims = applyOverrides(claims, m_state->idTokenOverrides);
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(Jwt::encode(claims)));
    }
    HttpResponse response = HttpResponse::json(200, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    response.setHeader("x-ms-request-id", EntraError::newGuid().toLatin1());
    return response;
}

} // namespace flexo::fake
