#include "common/Remedy.h"

#include <QCoreApplication>

namespace flexo {

namespace {

struct KindName
{
    RemedyKind kind;
    const char *name;
};

const KindName kNames[] = {
    {RemedyKind::None, "none"},
    {RemedyKind::RegisterRedirectUri, "register-redirect-uri"},
    {RemedyKind::GrantAdminConsent, "grant-admin-consent"},
    {RemedyKind::SwitchCloud, "switch-cloud"},
    {RemedyKind::CreateNewSecret, "create-new-secret"},
    {RemedyKind::AssignTeamsLicence, "assign-teams-licence"},
    {RemedyKind::AskConditionalAccessOwner, "ask-conditional-access-owner"},
    {RemedyKind::CorrectTenant, "correct-tenant"},
    {RemedyKind::CorrectClientId, "correct-client-id"},
    {RemedyKind::AddPermission, "add-permission"},
    {RemedyKind::SignInAgain, "sign-in-again"},
    {RemedyKind::UseTenantAccount, "use-tenant-account"},
    {RemedyKind::EnableApplication, "enable-application"},
    {RemedyKind::RetryLater, "retry-later"},
    {RemedyKind::CheckNetwork, "check-network"},
    {RemedyKind::CorrectConfig, "correct-config"},
    {RemedyKind::RecordSecretExpiry, "record-secret-expiry"},
    {RemedyKind::KeepSignInAgain, "keep-sign-in-again"},
};

} // namespace

QString Remedy::platformName(const QString &platform)
{
    if (platform == QLatin1String("spa"))
        return tr("Single-page application");
    if (platform == QLatin1String("publicClient"))
        return tr("Mobile and desktop applications");
    return tr("Web");
}

bool Remedy::operator==(const Remedy &other) const
{
    return kind == other.kind && target == other.target && platform == other.platform &&
           fromPlatform == other.fromPlatform && link == other.link && text == other.text;
}

QString Remedy::kindName(RemedyKind kind)
{
    for (const KindName &entry : kNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("none");
}

RemedyKind Remedy::kindFromName(const QString &name, bool *ok)
{
    for (const KindName &entry : kNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return RemedyKind::None;
}

Remedy Remedy::make(RemedyKind kind, const QString &target)
{
    Remedy remedy;
    remedy.kind = kind;
    remedy.target = target;
    return remedy;
}

Remedy Remedy::registerRedirectUri(const QString &uri, const QString &fromPlatform)
{
    Remedy remedy = make(RemedyKind::RegisterRedirectUri, uri);
    remedy.platform = QStringLiteral("web");
    remedy.fromPlatform = fromPlatform;
    return remedy;
}

Remedy Remedy::grantAdminConsent(const QUrl &link, const QString &text)
{
    Remedy remedy = make(RemedyKind::GrantAdminConsent);
    remedy.link = link;
    remedy.text = text;
    return remedy;
}

QString Remedy::summary() const
{
    switch (kind) {
    case RemedyKind::None:
        return {};
    case RemedyKind::RegisterRedirectUri:
        if (target.isEmpty())
            return tr("Register the redirect URI on the Web platform of the app registration.");
        if (!fromPlatform.isEmpty())
            return tr("Move %1 from the %2 platform to the %3 platform of the app registration.")
                .arg(target, platformName(fromPlatform), platformName(platform));
        return tr("Register %1 on the %2 platform of the app registration.")
            .arg(target, platformName(platform));
    case RemedyKind::GrantAdminConsent:
        return link.isValid()
                   ? tr("Have an administrator grant consent: %1").arg(link.toString(QUrl::FullyEncoded))
                   : tr("Have an administrator grant consent under API permissions.");
    case RemedyKind::SwitchCloud:
        if (text.isEmpty() && target.isEmpty())
            return tr("Choose the tenant's own cloud in FlexO.");
        return tr("Choose %1 as the cloud in FlexO.").arg(text.isEmpty() ? target : text);
    case RemedyKind::CreateNewSecret:
        return tr("Create a new client secret and enter its Value.");
    case RemedyKind::AssignTeamsLicence:
        return target.isEmpty() ? tr("Assign a Microsoft Teams licence to the account.")
                                : tr("Assign a Microsoft Teams licence to %1.").arg(target);
    case RemedyKind::AskConditionalAccessOwner:
        return target.isEmpty()
                   ? tr("Ask the owner of the Conditional Access policies to allow this sign-in.")
                   : tr("Ask the owner of the Conditional Access policies to allow this sign-in (correlation "
                        "ID %1).")
                         .arg(target);
    case RemedyKind::CorrectTenant:
        return tr("Correct the Directory (tenant) ID.");
    case RemedyKind::CorrectClientId:
        return tr("Correct the Application (client) ID.");
    case RemedyKind::AddPermission:
        return tr("Add the delegated permission %1 and grant consent.").arg(target);
    case RemedyKind::SignInAgain:
        return tr("Run the test sign-in again.");
    case RemedyKind::UseTenantAccount:
        return tr("Sign in with an account of the configured tenant.");
    case RemedyKind::EnableApplication:
        return tr("Enable the application for sign-in under Enterprise applications.");
    case RemedyKind::RetryLater:
        return tr("Try again later.");
    case RemedyKind::CheckNetwork:
        return tr("Check the network, the proxy and TLS inspection.");
    case RemedyKind::CorrectConfig:
        return target.isEmpty() ? tr("Correct the configuration.")
                                : tr("Correct %1 in the configuration.").arg(target);
    case RemedyKind::RecordSecretExpiry:
        return tr("Enter the client secret's expiry date so that it is tracked.");
    case RemedyKind::KeepSignInAgain:
        return tr("Run the test sign-in again with --keep-sign-in (or tick \"Keep this sign-in\" in the "
                  "wizard) to keep a new monitoring sign-in.");
    }
    return {};
}

} // namespace flexo
