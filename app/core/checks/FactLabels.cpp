#include "checks/FactLabels.h"

#include <QHash>

namespace flexo {

namespace {

struct Entry
{
    const char *key;
    const char *label; // source text, translated in FactLabels' context
};

// Alphabetical by key, so that a missing one is easy to spot.
constexpr Entry entries[] = {
    {"aadsts", QT_TRANSLATE_NOOP("flexo::FactLabels", "Entra error number")},
    {"account", QT_TRANSLATE_NOOP("flexo::FactLabels", "Signed-in account")},
    {"adminConsentUrl", QT_TRANSLATE_NOOP("flexo::FactLabels", "Admin-consent link")},
    {"adminRequestText", QT_TRANSLATE_NOOP("flexo::FactLabels", "Request to send to an administrator")},
    {"answerLost", QT_TRANSLATE_NOOP("flexo::FactLabels", "Answer lost on the way")},
    {"answeredBy", QT_TRANSLATE_NOOP("flexo::FactLabels", "Answered by (not Microsoft)")},
    {"attempts", QT_TRANSLATE_NOOP("flexo::FactLabels", "Attempts")},
    {"clientRequestId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Client request ID")},
    {"cloud", QT_TRANSLATE_NOOP("flexo::FactLabels", "Cloud")},
    {"cloudInstance", QT_TRANSLATE_NOOP("flexo::FactLabels", "Cloud instance")},
    {"correlationId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Correlation ID")},
    {"createUncertain", QT_TRANSLATE_NOOP("flexo::FactLabels", "Creation not confirmed")},
    {"daysLeft", QT_TRANSLATE_NOOP("flexo::FactLabels", "Days left")},
    {"displayName", QT_TRANSLATE_NOOP("flexo::FactLabels", "Account name")},
    {"endpoint", QT_TRANSLATE_NOOP("flexo::FactLabels", "Address tried")},
    {"endpoints", QT_TRANSLATE_NOOP("flexo::FactLabels", "FlexO addresses")},
    {"errorCode", QT_TRANSLATE_NOOP("flexo::FactLabels", "Error code")},
    {"expires", QT_TRANSLATE_NOOP("flexo::FactLabels", "Expires")},
    {"expiresAt", QT_TRANSLATE_NOOP("flexo::FactLabels", "Access valid until")},
    {"expiresIn", QT_TRANSLATE_NOOP("flexo::FactLabels", "Access valid for (seconds)")},
    {"externalId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Probe meeting's own ID")},
    {"grantedScopes", QT_TRANSLATE_NOOP("flexo::FactLabels", "Granted permissions")},
    {"heldBackMs", QT_TRANSLATE_NOOP("flexo::FactLabels", "Waited for the service's Retry-After (ms)")},
    {"httpStatus", QT_TRANSLATE_NOOP("flexo::FactLabels", "HTTP status")},
    {"joinWebUrl", QT_TRANSLATE_NOOP("flexo::FactLabels", "Meeting join link")},
    {"journalKeptAside", QT_TRANSLATE_NOOP("flexo::FactLabels", "Unreadable cleanup list kept aside as")},
    {"keptSignIn", QT_TRANSLATE_NOOP("flexo::FactLabels", "From the kept sign-in")},
    {"keptSignInStored", QT_TRANSLATE_NOOP("flexo::FactLabels", "Rotated sign-in stored")},
    {"keptSince", QT_TRANSLATE_NOOP("flexo::FactLabels", "Sign-in kept since")},
    {"leftBehind", QT_TRANSLATE_NOOP("flexo::FactLabels", "Probe meeting left behind")},
    {"leftoverJoinWebUrls", QT_TRANSLATE_NOOP("flexo::FactLabels", "Join links of left-over probe meetings")},
    {"leftoverMeetingIds", QT_TRANSLATE_NOOP("flexo::FactLabels", "Left-over probe meetings")},
    {"leftoversInProgress",
     QT_TRANSLATE_NOOP("flexo::FactLabels", "Left-over probe meetings still being removed")},
    {"leftoversOfOtherAccounts",
     QT_TRANSLATE_NOOP("flexo::FactLabels", "Left-over probe meetings of other accounts")},
    {"leftoversRemoved", QT_TRANSLATE_NOOP("flexo::FactLabels", "Left-over probe meetings removed")},
    {"meetingId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Probe meeting ID")},
    {"missingScopes", QT_TRANSLATE_NOOP("flexo::FactLabels", "Missing permissions")},
    {"notes", QT_TRANSLATE_NOOP("flexo::FactLabels", "Notes")},
    {"objectId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Account object ID")},
    {"outcome", QT_TRANSLATE_NOOP("flexo::FactLabels", "Outcome")},
    {"problems", QT_TRANSLATE_NOOP("flexo::FactLabels", "Problems")},
    {"redirectUri", QT_TRANSLATE_NOOP("flexo::FactLabels", "Redirect URI sent")},
    {"redirectUris", QT_TRANSLATE_NOOP("flexo::FactLabels", "Redirect URIs")},
    {"refreshTokenRotated", QT_TRANSLATE_NOOP("flexo::FactLabels", "New refresh token received")},
    {"requestId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Request ID")},
    {"retriedAnswers", QT_TRANSLATE_NOOP("flexo::FactLabels", "Answers that were retried")},
    {"signedInTenantId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Tenant of the account")},
    {"skipReason", QT_TRANSLATE_NOOP("flexo::FactLabels", "Why it did not run")},
    {"subject", QT_TRANSLATE_NOOP("flexo::FactLabels", "Meeting subject")},
    {"tenantId", QT_TRANSLATE_NOOP("flexo::FactLabels", "Tenant ID")},
    {"tenantRegionScope", QT_TRANSLATE_NOOP("flexo::FactLabels", "Tenant region")},
    {"timeoutSeconds", QT_TRANSLATE_NOOP("flexo::FactLabels", "Time limit (seconds)")},
    {"tokenType", QT_TRANSLATE_NOOP("flexo::FactLabels", "Token type")},
    {"triedMs", QT_TRANSLATE_NOOP("flexo::FactLabels", "Time spent trying (ms)")},
    {"uri", QT_TRANSLATE_NOOP("flexo::FactLabels", "Address")},
    {"uriToRegister", QT_TRANSLATE_NOOP("flexo::FactLabels", "Redirect URI to register")},
    {"usedBy", QT_TRANSLATE_NOOP("flexo::FactLabels", "Used by")},
};

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> byKey = [] {
        QHash<QString, const char *> hash;
        for (const Entry &entry : entries)
            hash.insert(QLatin1String(entry.key), entry.label);
        return hash;
    }();
    return byKey;
}

} // namespace

QString FactLabels::label(const QString &key)
{
    const char *source = table().value(key, nullptr);
    return source ? tr(source) : key;
}

bool FactLabels::hasLabel(const QString &key)
{
    return table().contains(key);
}

QStringList FactLabels::keys()
{
    QStringList all;
    for (const Entry &entry : entries)
        all << QLatin1String(entry.key);
    return all;
}

} // namespace flexo
