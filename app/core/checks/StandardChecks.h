#pragma once

#include "checks/Check.h"

#include <memory>
#include <vector>

namespace flexo {

// One of each check of CheckGraph::standard(), fresh for one runner. Hand them to a CheckRunner;
// find one by id with CheckRunner::check() (e.g. qobject_cast<SignInCheck *> to paste an address).
class StandardChecks
{
public:
    [[nodiscard]] static std::vector<std::unique_ptr<Check>> create();
};

} // namespace flexo
