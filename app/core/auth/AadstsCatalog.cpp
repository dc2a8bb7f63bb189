#include "auth/AadstsCatalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace flexo {

namespace {

struct Entry
{
    int code;          // AADSTS number, 0 for a bare OAuth error
    const char *error; // OAuth error value for a bare entry
    const char *title; // what happened
    const char *cause; // why
    const char *fix;   // what to do
};

// Grouped as the setup meets them: tenant, application, secret, redirect/consent, user, tokens.
// Each entry names its source: [DOC] Microsoft's documentation, [OBS] real answers quoted in public
// issue threads; "reference-error-codes" is
// learn.microsoft.com/entra/identity-platform/reference-error-codes.
const Entry kEntries[] = {
    // [DOC] reference-error-codes (InvalidTenantName: a tenant that cannot be found, often "a cross-cloud
    // app used against the wrong cloud"). The global sign-in service knows US Government tenants
    // (learn.microsoft.com/azure/azure-government/documentation-government-plan-identity): those are
    // told by discovery's region fields, never by this code.
    {90002, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft does not know this tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant ID or domain has a typo, the domain is not verified in any tenant, or the "
                       "tenant belongs to a cloud whose sign-in service does not know it (China, operated "
                       "by 21Vianet, is separate). US Government tenants are known to the global service: "
                       "FlexO names their cloud instead."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Copy the Directory (tenant) ID from the app registration's Overview page and check "
                       "the cloud selected in FlexO.")},
    {900023, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The tenant identifier is not valid."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant value is neither a tenant ID (a GUID) nor a domain name of the tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Enter the Directory (tenant) ID shown on the app registration's Overview page.")},
    {700016, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The application was not found in this tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "No app registration with this Application (client) ID exists in the tenant. Very "
                       "often the Object ID was pasted instead of the Application (client) ID, or the app "
                       "was registered in another tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Open the app registration's Overview page and copy the value labelled "
                       "\"Application (client) ID\" (not \"Object ID\"), and check that the tenant ID "
                       "shown there is the one configured in FlexO.")},
    {7000215, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft refused the client secret."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The secret does not match any secret of the app. Very often the Secret ID was "
                       "pasted instead of the secret's Value, or the secret was deleted."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under Certificates & secrets, create a new client secret and copy its Value column "
                       "(not the Secret ID) right away: the portal shows it only once. Then enter it in "
                       "FlexO.")},
    {7000222, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The client secret has expired."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Client secrets stop working on the expiry date shown under Certificates & secrets."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Create a new client secret (it can last at most 24 months), copy its Value, enter it "
                       "and its expiry date in FlexO, and plan its renewal before that date.")},
    {7000218, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "No client secret was sent."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The app is a confidential (Web) application, so Microsoft wants its client secret, "
                       "and FlexO has none."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Enter the client secret's Value in FlexO.")},
    {900144, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "A required value was missing from the request."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Microsoft names the missing value in its description; most often it is the client "
                       "secret or the client ID."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Check that the client ID and the client secret are filled in FlexO.")},
    // [DOC] reference-error-codes (InvalidClientPublicClientWithCredential); [OBS] a code for a redirect
    // URI on "Mobile and desktop applications" redeemed with a secret: Softeria/ms-365-mcp-server#288,
    // harishkrupo/oauth2ms#19 (fixed by registering the URI as Web). No source ties "Allow public client
    // flows" to this flow, so it is not named.
    {700025, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The redirect URI is registered for a public client."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The redirect URI used for the sign-in is registered on the \"Mobile and desktop "
                       "applications\" platform. Microsoft then treats the sign-in as a public client, "
                       "which may not send a client secret, and FlexO always sends one."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under Authentication, remove the redirect URI from \"Mobile and desktop "
                       "applications\" and add it on the Web platform.")},
    // [OBS] AzureAD/microsoft-authentication-library-for-js#2458 and #2482, sidebase/nuxt-auth#301
    // (invalid_request at the token endpoint); [DOC] v2-oauth2-auth-code-flow: codes for a
    // single-page-application redirect are redeemed by the browser, with an Origin header.
    {9002327, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The redirect URI is registered for a single-page application."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The redirect URI is on the \"Single-page application\" platform. Sign-in codes for "
                       "such an address can only be redeemed by JavaScript in a browser, not by FlexO's "
                       "server or by this tool."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under Authentication, remove the redirect URI from \"Single-page application\" and "
                       "add it on the Web platform.")},
    // [OBS] Microsoft Q&A 183761 (answered by a Microsoft moderator): the app has no redirect URI.
    {500113, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The application has no redirect URI at all."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Microsoft sends the sign-in answer only to an address registered on the app, and "
                       "the app registration has none."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under Authentication, add the Web platform with the redirect URI below.")},
    // [DOC] reference-error-codes (InvalidReplyTo) and reply-url (the port of a localhost URI is ignored).
    {50011, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The redirect URI is not registered for the application."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Microsoft only sends the sign-in answer to an address registered on the app, and "
                       "the one FlexO used is missing (or differs in case, path or trailing slash)."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under Authentication, add the redirect URI below on the Web platform (not "
                       "\"Mobile and desktop applications\", which makes the app public and refuses the "
                       "secret with AADSTS700025). The port does not matter for localhost addresses.")},
    // [DOC] reference-error-codes (DelegationDoesNotExist). Who may consent: [DOC]
    // learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent (Cloud Application
    // Administrator and Application Administrator grant delegated permissions, Privileged Role
    // Administrator and Global Administrator any).
    {65001, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "Nobody has consented to the app's permissions yet."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The app asks for the delegated permission OnlineMeetings.ReadWrite, and neither "
                       "the user nor an administrator has granted it."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Ask an administrator who may grant consent for the organisation (a Cloud "
                       "Application Administrator, Application Administrator or Global Administrator) to "
                       "open the admin-consent link below and accept, or to press \"Grant admin consent\" "
                       "under API permissions, then sign in again.")},
    // [DOC] reference-error-codes (UserDeclinedConsent).
    {65004, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The permission request was declined."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The person signing in pressed Cancel on Microsoft's consent page."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Start the test sign-in again and press Accept, or have an administrator who may "
                       "grant consent (a Cloud Application Administrator, Application Administrator or "
                       "Global Administrator) grant it for the whole organisation.")},
    // [DOC] reference-error-codes (AdminConsentRequired); the roles as for 65001.
    {90094, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "An administrator must approve the app."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant does not let users consent to apps themselves (or the permission needs "
                       "an administrator), so Microsoft showed \"Need admin approval\"."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Send the admin-consent link below to an administrator who may grant consent (a "
                       "Cloud Application Administrator, Application Administrator or Global "
                       "Administrator), or have one press \"Grant admin consent\" under API permissions, "
                       "then run the test sign-in again.")},
    // [DOC] reference-error-codes (AdminConsentRequiredRequestAccess: the admin consent workflow told the
    // person to ask an administrator); the review page: learn.microsoft.com/entra/identity/enterprise-apps/
    // review-admin-consent-requests.
    {90095, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The sign-in is waiting for an administrator's approval."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant uses the admin consent workflow: the person signing in may not consent "
                       "to the app and was offered to send an approval request to the administrators "
                       "instead."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "An administrator approves the request under Enterprise applications, Admin consent "
                       "requests, or grants consent with the admin-consent link below; then run the test "
                       "sign-in again.")},
    {90008, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The app lacks the basic sign-in permission."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "An app that signs users in needs at least the Microsoft Graph permission "
                       "User.Read, and it was not granted."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Under API permissions, add the delegated Microsoft Graph permission User.Read and "
                       "grant consent.")},
    {50020, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "This account does not belong to the tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The account used to sign in comes from another organisation or is a personal "
                       "Microsoft account, and it is not a guest of this tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Sign in with an account of the configured tenant, in a private browser window or "
                       "after signing out of the other account.")},
    {53003, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "A Conditional Access policy blocked the sign-in."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "A Conditional Access policy of the tenant does not allow this sign-in (device, "
                       "location or application rules)."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Ask the tenant's administrator to check the sign-in logs for this attempt (the "
                       "correlation ID below finds it) and adjust the policy or use an allowed device.")},
    {50076, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "Multi-factor authentication is required."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "A policy requires a second factor for this sign-in and it was not completed."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Run the test sign-in again in the browser and complete the second factor.")},
    {50079, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The account must register for multi-factor authentication."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant requires multi-factor authentication and this account has not set it "
                       "up yet."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Sign in once at https://aka.ms/mfasetup to register a second factor, then run the "
                       "test sign-in again.")},
    {54005, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The sign-in code was already used."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "A sign-in code can be redeemed only once; this one was redeemed before (an old "
                       "browser tab or a pasted address that was already used)."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Run the test sign-in again.")},
    {50148, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The sign-in proof (PKCE) did not match."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The code was redeemed with another verifier than the one it was requested with: "
                       "the answer belongs to another sign-in attempt, or something altered the request."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Run the test sign-in again and use only the browser tab it opens.")},
    {501481, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The sign-in proof (PKCE) did not match."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The code was redeemed with another verifier than the one it was requested with: "
                       "the answer belongs to another sign-in attempt, or something altered the request."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Run the test sign-in again and use only the browser tab it opens.")},
    {700082, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The refresh token expired because it was not used."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Refresh tokens expire after a period of inactivity (90 days by default)."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Sign in again; FlexO's own connector gets a new refresh token the same way.")},
    {70008, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The code or refresh token has expired."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Sign-in codes live about ten minutes and refresh tokens expire or get revoked."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Run the test sign-in again.")},
    {70043, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The refresh token is no longer accepted."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "A Conditional Access sign-in frequency policy ended the session."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Sign in again; if this happens often, ask the administrator about the sign-in "
                       "frequency policy.")},
    {70011, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "A requested permission is not valid."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The scope asked for does not exist on Microsoft Graph in this cloud, or mixes "
                       "resources (for example a Graph URL of another cloud)."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Check the cloud selected in FlexO; the delegated permission needed is "
                       "OnlineMeetings.ReadWrite (not OnlineMeetings.ReadWrite.All).")},
    {50194, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The app is single-tenant but a multi-tenant endpoint was used."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Single-tenant apps must be addressed through their own tenant, not \"common\"."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Enter the Directory (tenant) ID in FlexO instead of \"common\" or "
                                        "\"organizations\".")},
    {9001023, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "This sign-in type needs a specific tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The application credentials test cannot run against \"common\" or "
                                        "\"consumers\"."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Enter the Directory (tenant) ID in FlexO.")},
    {50196, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft detected a sign-in loop."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Too many identical requests were sent in a short time."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Wait a few minutes, then try once more.")},
    // [DOC] reference-error-codes (InvalidResourceServicePrincipalNotFound: the resource named in the
    // request is not in the tenant, or the request went to the wrong tenant).
    {500011, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The requested resource was not found in the tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The resource the permission names (Microsoft Graph's address) is not known in this "
                       "tenant: the address is misspelt, or the request went to another tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Check the tenant ID; for a custom cloud, check its Graph base address.")},
    // [DOC] reference-error-codes ("Confidential Client isn't supported in Cross Cloud request"); [OBS]
    // HTTP 400 invalid_request: webprofusion/certify#553, Azure/ms-rest-nodeauth#110; GCC High and DoD
    // must use login.microsoftonline.us, by design: OfficeDev/microsoft-teams-library-js#3121.
    {900382, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The request was sent to another Microsoft cloud than the tenant's."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant lives in another Microsoft cloud (for example US Government GCC High) "
                       "than the sign-in service FlexO asked, and an app with a client secret must sign in "
                       "at its own cloud's service."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Choose the tenant's cloud in FlexO (GCC High and DoD sign in at "
                       "login.microsoftonline.us). The app registration must exist in that cloud's portal "
                       "(portal.azure.us for US Government).")},
    // [DOC] reference-error-codes (same text as 900382); [OBS] juhanakristian/remix-auth-microsoft#13.
    {900432, nullptr,
     QT_TRANSLATE_NOOP("AadstsCatalog", "The request was sent to another Microsoft cloud than the tenant's."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The tenant lives in another Microsoft cloud (for example US Government GCC High) "
                       "than the sign-in service FlexO asked, and an app with a client secret must sign in "
                       "at its own cloud's service."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Choose the tenant's cloud in FlexO (GCC High and DoD sign in at "
                       "login.microsoftonline.us). The app registration must exist in that cloud's portal "
                       "(portal.azure.us for US Government).")},
    {7000112, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The application is disabled."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The app's enterprise application (service principal) has \"Enabled for users to "
                       "sign in\" set to No."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "In Enterprise applications, open the app's Properties and set \"Enabled for users "
                       "to sign in\" to Yes.")},
    {50126, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The user name or password is wrong."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft could not verify the account's password."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Sign in again with the right password.")},
    {50034, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The account does not exist in this tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The user name typed is not an account of the tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Sign in with an account of the configured tenant.")},
    {50053, nullptr, QT_TRANSLATE_NOOP("AadstsCatalog", "The account is locked or the sign-in was blocked."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Too many failed sign-ins, or a sign-in from a suspicious address."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Wait a while, or ask the administrator to unlock the account, then try again.")},
    {0, "consent_required", QT_TRANSLATE_NOOP("AadstsCatalog", "Consent is required."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The app's permissions have not been granted for this user or tenant."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Ask an administrator who may grant consent (a Cloud Application Administrator, "
                       "Application Administrator or Global Administrator) to open the admin-consent link "
                       "below and accept, then sign in again.")},
    {0, "access_denied", QT_TRANSLATE_NOOP("AadstsCatalog", "The sign-in was cancelled."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The person signing in pressed Cancel, or declined the requested permissions."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Run the test sign-in again and accept the permissions, or have an administrator "
                       "who may grant consent grant them for the organisation.")},
    {0, "interaction_required", QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft needs the person to act."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "A policy requires an interactive step (second factor, terms of use, password "
                       "change)."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Run the test sign-in again and complete every step in the browser.")},
    {0, "invalid_grant", QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft refused the code or token."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The sign-in code or refresh token is expired, already used or was issued for "
                       "another request."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Run the test sign-in again.")},
    {0, "invalid_client",
     QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft refused the application's credentials."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The client ID or the client secret is wrong."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "Check the Application (client) ID and enter the client secret's Value again.")},
    {0, "unauthorized_client",
     QT_TRANSLATE_NOOP("AadstsCatalog", "The application may not use this sign-in type."),
     QT_TRANSLATE_NOOP("AadstsCatalog",
                       "The app registration is missing, or it is not allowed to use this grant."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Check the Application (client) ID and the tenant ID in FlexO.")},
    {0, "temporarily_unavailable",
     QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft's sign-in service is temporarily unavailable."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The service is busy or under maintenance."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Try again in a few minutes.")},
    {0, "server_error",
     QT_TRANSLATE_NOOP("AadstsCatalog", "Microsoft's sign-in service had an internal error."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "The error is on Microsoft's side."),
     QT_TRANSLATE_NOOP("AadstsCatalog", "Try again in a few minutes.")},
};

// What the admin does about each entry, as a value (the fix above says it in words).
RemedyKind remedyKindOf(int code, const QString &error)
{
    switch (code) {
    case 90002:
    case 900023:
    case 50194:
    case 9001023:
    case 500011:
        return RemedyKind::CorrectTenant;
    case 700016:
        return RemedyKind::CorrectClientId;
    case 7000215:
    case 7000222:
        return RemedyKind::CreateNewSecret;
    case 7000218:
    case 900144:
    case 70011:
        return RemedyKind::CorrectConfig;
    case 50011:
    case 500113:
    case 700025:
    case 9002327:
        return RemedyKind::RegisterRedirectUri;
    case 65001:
    case 90094:
    case 90095:
        return RemedyKind::GrantAdminConsent;
    case 90008:
        return RemedyKind::AddPermission;
    case 900382:
    case 900432:
        return RemedyKind::SwitchCloud;
    case 53003:
        return RemedyKind::AskConditionalAccessOwner;
    case 50020:
    case 50034:
        return RemedyKind::UseTenantAccount;
    case 7000112:
        return RemedyKind::EnableApplication;
    case 50196:
    case 50053:
        return RemedyKind::RetryLater;
    case 65004:
    case 50076:
    case 50079:
    case 54005:
    case 50148:
    case 501481:
    case 700082:
    case 70008:
    case 70043:
    case 50126:
        return RemedyKind::SignInAgain;
    default:
        break;
    }
    if (code != 0)
        return RemedyKind::None; // a number without an entry: Microsoft's words, no guess
    if (error == QLatin1String("consent_required"))
        return RemedyKind::GrantAdminConsent;
    if (error == QLatin1String("access_denied") || error == QLatin1String("interaction_required") ||
        error == QLatin1String("invalid_grant"))
        return RemedyKind::SignInAgain;
    if (error == QLatin1String("invalid_client"))
        return RemedyKind::CorrectConfig;
    if (error == QLatin1String("unauthorized_client"))
        return RemedyKind::CorrectClientId;
    if (error == QLatin1String("temporarily_unavailable") || error == QLatin1String("server_error"))
        return RemedyKind::RetryLater;
    return RemedyKind::None;
}

Remedy remedyFor(const Entry &entry, const EntraError &e, const AadstsContext &context)
{
    const RemedyKind kind = remedyKindOf(entry.code, QString::fromLatin1(entry.error));
    switch (kind) {
    case RemedyKind::RegisterRedirectUri:
        return Remedy::registerRedirectUri(context.uriToRegister,
                                           entry.code == 700025    ? QStringLiteral("publicClient")
                                           : entry.code == 9002327 ? QStringLiteral("spa")
                                                                   : QString());
    case RemedyKind::GrantAdminConsent:
        return Remedy::grantAdminConsent(context.adminConsentUrl, context.adminRequestText);
    case RemedyKind::AddPermission:
        return Remedy::make(kind, QStringLiteral("User.Read"));
    case RemedyKind::AskConditionalAccessOwner:
        return Remedy::make(kind, e.correlationId);
    case RemedyKind::CorrectConfig:
        return Remedy::make(kind, entry.code == 70011 ? QStringLiteral("cloud") : QStringLiteral("secret"));
    default:
        return Remedy::make(kind);
    }
}

const Entry *findCode(int code)
{
    for (const Entry &entry : kEntries) {
        if (entry.code != 0 && entry.code == code)
            return &entry;
    }
    return nullptr;
}

const Entry *findError(const QString &error)
{
    for (const Entry &entry : kEntries) {
        if (entry.code == 0 && error == QLatin1String(entry.error))
            return &entry;
    }
    return nullptr;
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

} // namespace

QList<int> AadstsCatalog::knownCodes()
{
    QList<int> codes;
    for (const Entry &entry : kEntries) {
        if (entry.code != 0)
            codes << entry.code;
    }
    return codes;
}

QStringList AadstsCatalog::knownErrors()
{
    QStringList errors;
    for (const Entry &entry : kEntries) {
        if (entry.code == 0)
            errors << QLatin1String(entry.error);
    }
    return errors;
}

bool AadstsCatalog::contains(int aadsts)
{
    return findCode(aadsts) != nullptr;
}

QString AadstsCatalog::registrationNote(const QString &uri)
{
    // http://127.0.0.1 addresses cannot be typed into the portal for the Web platform.
    const QUrl url(uri.trimmed());
    if (url.scheme() != QLatin1String("http") || url.host() != QLatin1String("127.0.0.1"))
        return {};
    return tr("The Azure portal accepts only http://localhost addresses on the Web platform; an "
              "http://127.0.0.1 address has to be added in the app's Manifest (replyUrlsWithType, type "
              "\"Web\").");
}

QUrl AadstsCatalog::errorPageUrl(int aadsts)
{
    EntraError e;
    e.aadsts = aadsts;
    return e.helpUrl();
}

Error AadstsCatalog::explain(const EntraError &e, const AadstsContext &context)
{
    const Entry *entry = findCode(e.aadsts);
    // access_denied wins over an unknown number: the person's Cancel is the clearest explanation.
    if (!entry)
        entry = findError(e.error);

    Error out;
    out.code = e.aadsts > 0
                   ? e.aadstsCode()
                   : QStringLiteral("entra.%1").arg(e.error.isEmpty() ? QStringLiteral("unknown") : e.error);
    if (entry) {
        out.message = AadstsCatalog::tr(entry->title);
        out.cause = AadstsCatalog::tr(entry->cause);
        out.fix = AadstsCatalog::tr(entry->fix);
        out.remedy = remedyFor(*entry, e, context);
    } else {
        out.message = AadstsCatalog::tr("Microsoft refused the request.");
        const QString said = e.shortDescription();
        out.cause = said.isEmpty() ? AadstsCatalog::tr("Microsoft gave no reason.")
                                   : AadstsCatalog::tr("Microsoft says: %1").arg(said);
        out.fix =
            e.aadsts > 0
                ? AadstsCatalog::tr("Look the error up on Microsoft's page: %1").arg(e.helpUrl().toString())
                : AadstsCatalog::tr("Try again; if it persists, "
                                    "send the report to support.");
    }
    if (e.aadsts > 0)
        out.message = AadstsCatalog::tr("%1 (%2)").arg(out.message, e.aadstsCode());

    // Context-specific sentences name the exact value to act on.
    switch (e.aadsts) {
    case 700016:
        if (!context.clientId.isEmpty())
            out.cause = joined(out.cause, AadstsCatalog::tr("The ID used was %1.").arg(context.clientId));
        break;
    case 7000222:
        if (context.secretExpiry.isValid())
            out.cause = AadstsCatalog::tr("The client secret expired on %1.")
                            .arg(QLocale().toString(context.secretExpiry, QLocale::LongFormat));
        break;
    case 50011:
    case 500113:
    case 700025:
    case 9002327:
        if (!context.uriToRegister.isEmpty())
            out.fix =
                joined(out.fix, AadstsCatalog::tr("Redirect URI to register: %1").arg(context.uriToRegister));
        out.fix = joined(out.fix, registrationNote(context.uriToRegister));
        break;
    case 65001:
    case 90094:
    case 90095:
        if (context.adminConsentUrl.isValid())
            out.fix = joined(out.fix, AadstsCatalog::tr("Admin-consent link: %1")
                                          .arg(context.adminConsentUrl.toString(QUrl::FullyEncoded)));
        break;
    default:
        if (e.error == QLatin1String("consent_required") && context.adminConsentUrl.isValid())
            out.fix = joined(out.fix, AadstsCatalog::tr("Admin-consent link: %1")
                                          .arg(context.adminConsentUrl.toString(QUrl::FullyEncoded)));
        break;
    }

    QStringList facts;
    if (e.httpStatus)
        facts << QStringLiteral("HTTP %1").arg(e.httpStatus);
    if (!e.error.isEmpty())
        facts << QStringLiteral("error=%1").arg(e.error);
    if (!e.subError.isEmpty())
        facts << QStringLiteral("suberror=%1").arg(e.subError);
    if (e.aadsts)
        facts << e.aadstsCode();
    if (!e.traceId.isEmpty())
        facts << QStringLiteral("trace_id=%1").arg(e.traceId);
    if (!e.correlationId.isEmpty())
        facts << QStringLiteral("correlation_id=%1").arg(e.correlationId);
    if (!e.timestamp.isEmpty())
        facts << QStringLiteral("timestamp=%1").arg(e.timestamp);
    const QString said = e.shortDescription();
    if (!said.isEmpty())
        facts << QStringLiteral("description=\"%1\"").arg(said);
    out.detail = facts.join(QLatin1Char(' '));
    return out;
}

} // namespace flexo
