#pragma once

#include "cloud/EntraError.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace flexo {

// What is known about the attempt that failed, so that an explanation can name the exact value to
// change (the URI to register, the admin-consent link, the secret's expiry date).
struct AadstsContext
{
    QString clientId;
    QString tenant;
    QString uriToRegister;    // the sign-in redirect URI as registered (no port)
    QUrl adminConsentUrl;     // tenant-specific admin-consent link
    QString adminRequestText; // the ready-to-send request that goes with the link
    QDate secretExpiry;       // as entered in FlexO, invalid when unknown
};

// The AADSTS codes (and bare OAuth errors) the setup can meet, each with a cause and a fix written
// for an administrator. Microsoft says its codes may change: unknown codes fall back to the OAuth
// `error` value and to Entra's own description, never to silence.
class AadstsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AadstsCatalog)

public:
    // Every AADSTS number with an entry of its own.
    [[nodiscard]] static QList<int> knownCodes();
    // Every bare OAuth error value with an entry of its own (access_denied, consent_required, ...).
    [[nodiscard]] static QStringList knownErrors();
    [[nodiscard]] static bool contains(int aadsts);

    // The translated explanation: message (what happened, with the AADSTS number), cause, fix and an
    // English detail with the observed ids. Error code: "AADSTSnnnn" or "entra.<error>".
    [[nodiscard]] static Error explain(const EntraError &error, const AadstsContext &context = {});

    // What to know to register `uri`: for an http://127.0.0.1 address, that the portal takes only
    // http://localhost on the Web platform and 127.0.0.1 needs the manifest. Empty for other URIs.
    [[nodiscard]] static QString registrationNote(const QString &uri);

    // Microsoft's page for an AADSTS number.
    [[nodiscard]] static QUrl errorPageUrl(int aadsts);
};

} // namespace flexo
