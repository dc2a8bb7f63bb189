#pragma once

#include "auth/AuthResult.h"
#include "checks/CheckResult.h"

namespace flexo {

// `base` (id and title set) completed from an authentication step's outcome: passed with its summary,
// or failed with the explanation and what Entra answered (HTTP status, AADSTS, ids).
[[nodiscard]] CheckResult checkResultFromAuth(CheckResult base, const AuthResult &auth);

} // namespace flexo
