#pragma once

#include "cloud/EntraError.h"

#include <QByteArray>
#include <QString>

namespace flexo {

// What an authorize endpoint's HTML page says, read without running it. Microsoft's sign-in pages keep
// their state in a `$Config={...}` script: `pgid` names the page ("ConvergedSignIn" for the sign-in
// form, "ConvergedError" for an error), and an error page adds `iErrorCode` and
// `strServiceExceptionMessage` ("AADSTS50011: …"). The visible text carries the same AADSTS line with
// "Request Id", "Correlation Id" and "Timestamp". Nothing else is assumed: a page that shows neither is
// "other".
struct AuthorizePage
{
    static constexpr int kMaxTextChars = 600;

    QString pageId;   // $Config's pgid, empty when the page has none
    int aadsts = 0;   // iErrorCode, else the AADSTS number of the exception message or of the text
    QString message;  // strServiceExceptionMessage, else the visible text's AADSTS line
    QString text;     // the visible text (no tags, scripts or styles), lines kept, at most kMaxTextChars
    EntraError entra; // the AADSTS number and the ids the page shows

    [[nodiscard]] bool isSignInPage() const;
    [[nodiscard]] bool isErrorPage() const;

    [[nodiscard]] static AuthorizePage parse(const QByteArray &html);
    // The `$Config={...}` object of a page, or an empty object.
    [[nodiscard]] static QByteArray configJson(const QByteArray &html);
    // The page as a person reads it: tags, scripts and styles removed, entities decoded.
    [[nodiscard]] static QString visibleText(const QByteArray &html);
};

} // namespace flexo
