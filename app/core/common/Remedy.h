#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace flexo {

// What the admin has to do about a failure, as a value: set once, where the failure is understood (the
// AADSTS catalog, discovery, the redirect-URI pre-check, the Graph errors, ...), and shown by every face
// (wizard, diagnose view, command line, reports) from this value, never guessed from message text.
// The numbers are stable: monitoring formats may print them as they are.
enum class RemedyKind : int {
    None = 0,
    RegisterRedirectUri = 1,       // `target` on the `platform` ("web"), out of `fromPlatform` if given
    GrantAdminConsent = 2,         // `link`: the admin-consent URL; `text`: a ready-to-send request
    SwitchCloud = 3,               // `target`: the cloud's config name ("usgov-high"); `text`: its name
    CreateNewSecret = 4,           // a new client secret (its Value), into FlexO and the config
    AssignTeamsLicence = 5,        // `target`: the account that needs a Teams licence
    AskConditionalAccessOwner = 6, // `target`: the correlation id that finds the sign-in in the logs
    CorrectTenant = 7,             // the Directory (tenant) ID or domain
    CorrectClientId = 8,           // the Application (client) ID, not the Object ID
    AddPermission = 9,             // `target`: the delegated permission to add, then consent
    SignInAgain = 10,              // run the test sign-in again and complete every step
    UseTenantAccount = 11,         // sign in with an account of the configured tenant
    EnableApplication = 12,        // Enterprise applications: "Enabled for users to sign in"
    RetryLater = 13,               // on Microsoft's side or throttled: try again later
    CheckNetwork = 14,             // proxy, TLS inspection, name resolution
    CorrectConfig = 15,            // a value of the config (`target`: which)
    RecordSecretExpiry = 16,       // enter the secret's expiry date so that it is tracked
    KeepSignInAgain = 17,          // the kept monitoring sign-in ended: run the test sign-in again, kept
};

struct Remedy
{
    Q_DECLARE_TR_FUNCTIONS(Remedy)

public:
    RemedyKind kind = RemedyKind::None;
    QString target;       // what the remedy acts on: a URI, a cloud, an account, a permission, ...
    QString platform;     // RegisterRedirectUri: "web"
    QString fromPlatform; // RegisterRedirectUri: where the URI is wrongly registered ("spa", "publicClient")
    QUrl link;            // GrantAdminConsent: the admin-consent URL
    QString text;         // GrantAdminConsent: the request to send to an administrator; SwitchCloud: the
                          // cloud's name as people read it (translated)

    [[nodiscard]] bool isNull() const { return kind == RemedyKind::None; }
    [[nodiscard]] bool operator==(const Remedy &other) const;
    [[nodiscard]] bool operator!=(const Remedy &other) const { return !(*this == other); }

    // "register-redirect-uri", "grant-admin-consent", ...: stable, for JSON and reports.
    [[nodiscard]] static QString kindName(RemedyKind kind);
    [[nodiscard]] static RemedyKind kindFromName(const QString &name, bool *ok = nullptr);
    // The remedy in one translated line, with its target: "Register https://… on the Web platform of the
    // app registration." Fit for a status line (Nagios) and a report.
    [[nodiscard]] QString summary() const;

    [[nodiscard]] static Remedy registerRedirectUri(const QString &uri, const QString &fromPlatform = {});
    [[nodiscard]] static Remedy grantAdminConsent(const QUrl &link, const QString &text = {});
    [[nodiscard]] static Remedy make(RemedyKind kind, const QString &target = {});
    // "Web", "Single-page application", "Mobile and desktop applications": the portal's names.
    [[nodiscard]] static QString platformName(const QString &platform);
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::Remedy)
