#include "checks/StandardChecks.h"

#include "checks/AppCredentialsCheck.h"
#include "checks/ConfigCheck.h"
#include "checks/DiscoveryCheck.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/MeetingDeleteCheck.h"
#include "checks/RedirectUrisCheck.h"
#include "checks/RefreshCheck.h"
#include "checks/SecretExpiryCheck.h"
#include "checks/SignInCheck.h"

namespace flexo {

std::vector<std::unique_ptr<Check>> StandardChecks::create()
{
    std::vector<std::unique_ptr<Check>> checks;
    checks.push_back(std::make_unique<ConfigCheck>());
    checks.push_back(std::make_unique<SecretExpiryCheck>());
    checks.push_back(std::make_unique<FlexoEndpointsCheck>());
    checks.push_back(std::make_unique<DiscoveryCheck>());
    checks.push_back(std::make_unique<AppCredentialsCheck>());
    checks.push_back(std::make_unique<RedirectUrisCheck>());
    auto signIn = std::make_unique<SignInCheck>();
    auto refresh = std::make_unique<RefreshCheck>(signIn.get());
    checks.push_back(std::move(signIn));
    checks.push_back(std::move(refresh));
    auto create = std::make_unique<MeetingCreateCheck>();
    auto remove = std::make_unique<MeetingDeleteCheck>(create.get());
    checks.push_back(std::move(create));
    checks.push_back(std::move(remove));
    return checks;
}

} // namespace flexo
