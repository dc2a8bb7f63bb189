#pragma once

#include "cloud/EntraError.h"

#include <QString>

namespace flexo {

// What a person pasted into the test sign-in instead of waiting for the loopback listener: the address
// the browser ended on (or only its query), or the text of Microsoft's error page. Works on the text
// alone, so that anything pasted can be tested and fuzzed; the session decides what to do with it.
struct PastedAnswer
{
    enum class Kind {
        Unrecognised,  // neither an answer nor a Microsoft error
        ErrorRedirect, // a redirect carrying "error": explained whatever its state
        CodeRedirect,  // a redirect carrying "code": redeemed only when its state is the attempt's
        ErrorPage,     // Microsoft's error page, with an AADSTS number
    };

    Kind kind = Kind::Unrecognised;
    QString rawQuery;           // of a redirect, as received ('+' meaning space)
    QString state;              // of a CodeRedirect, decoded; empty when it has none
    EntraError pageError;       // of an ErrorPage
    qsizetype pastedLength = 0; // characters pasted, surrounding white space left out (for the log)

    [[nodiscard]] static PastedAnswer read(const QString &text);
};

} // namespace flexo
