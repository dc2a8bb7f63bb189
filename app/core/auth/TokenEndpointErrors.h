#pragma once

#include "cloud/EntraError.h"
#include "common/Error.h"
#include "net/HttpResult.h"

#include <QCoreApplication>

namespace flexo {

// The token endpoint's answers that say nothing about the configuration, in an admin's words: a
// temporary failure or throttling that outlasted the retry policy, and a sign-in code that an
// earlier send of the same redemption had already used. Every message names the endpoint, what
// it answered (HTTP status, AADSTS number, ids) and how long FlexO tried.
class TokenEndpointErrors
{
    Q_DECLARE_TR_FUNCTIONS(TokenEndpointErrors)

public:
    // HTTP 429 and 500-599: a temporary failure, not a refusal of the configuration.
    [[nodiscard]] static bool isTransient(int status) { return status == 429 || status >= 500; }

    // "auth.token.unavailable": Entra answered `entra` (a transient status) to every attempt.
    [[nodiscard]] static Error unavailable(const EntraError &entra, const HttpFacts &facts);

    // "auth.signin.code-used-by-lost-answer": the redemption was answered AADSTS54005 (code already
    // redeemed) after an earlier send of this very redemption lost its answer. A code is single-use:
    // the first send used it, and its tokens never arrived. Nothing is wrong with the registration.
    [[nodiscard]] static Error codeUsedByLostAnswer(const EntraError &entra, const HttpFacts &facts);
};

} // namespace flexo
