#pragma once

#include "checks/Check.h"

#include <memory>
#include <vector>

namespace flexo {

// The checks of DESIGN.md §3, in their order: config, secret-expiry, flexo-endpoints, discovery,
// app-credentials, sign-in, refresh, meeting-create, meeting-delete. Hand them to a CheckRunner;
// find one by id with CheckRunner::check() (e.g. qobject_cast<SignInCheck *> to paste an address).
class StandardChecks
{
public:
    [[nodiscard]] static std::vector<std::unique_ptr<Check>> create();
    [[nodiscard]] static QStringList ids();
};

} // namespace flexo
