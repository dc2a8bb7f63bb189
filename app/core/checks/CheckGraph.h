#pragma once

#include "checks/CheckId.h"

#include <QFlags>
#include <QList>

#include <optional>

namespace flexo {

// What a check needs besides its prerequisites. A run that cannot offer it skips the check with the
// reason (CheckResult::skipReason), and the checks after it too.
enum class CheckNeed {
    Person = 0x1,     // someone at the keyboard signs in in a browser
    Secret = 0x2,     // the client secret in memory
    KeptSignIn = 0x4, // a sign-in kept from an earlier run (stands in for a person, see CheckNode)
};
Q_DECLARE_FLAGS(CheckNeeds, CheckNeed)
Q_DECLARE_OPERATORS_FOR_FLAGS(CheckNeeds)

// The values of a config that checks read. A changed value makes the results of the checks reading
// it stale, and those of every check that came after them (SetupModel drops them).
enum class ConfigInput {
    Cloud,          // the cloud, and a custom cloud's base addresses
    Tenant,         // the tenant as entered
    ClientId,       // the Application (client) ID
    Secret,         // the client secret
    SecretExpiry,   // the secret's expiry date
    FlexoAddresses, // FlexO's redirect URIs and lifecycle URL
    SignInRedirect, // the test sign-in's redirect URI
    Network,        // the proxy and the extra CA bundle
};

// One check in the graph.
struct CheckNode
{
    CheckId id;
    QList<CheckId> prerequisites; // must have passed (or warned) first
    CheckNeeds needs;
    QList<ConfigInput> inputs;
    // Without a person, a sign-in kept from an earlier run can stand in for the test sign-in: the check
    // then runs after these instead of `prerequisites` and needs CheckNeed::KeptSignIn on top of `needs`.
    // Empty: only with a person.
    QList<CheckId> keptSignInPrerequisites = {};
};

// The checks, their order and what each one needs: the only place that says so. The runner plans and
// skips from it, the wizard derives from it what a changed value invalidates, the CLI and the
// diagnose window list what a mode runs.
class CheckGraph
{
public:
    // `nodes` in run order; a prerequisite comes before the checks that need it.
    explicit CheckGraph(QList<CheckNode> nodes);

    // config, secret-expiry, flexo-endpoints, discovery, app-credentials, sign-in, refresh,
    // meeting-create, meeting-delete.
    [[nodiscard]] static const CheckGraph &standard();

    [[nodiscard]] QList<CheckId> ids() const; // in run order
    [[nodiscard]] bool contains(CheckId id) const;
    [[nodiscard]] QList<CheckId> prerequisites(CheckId id) const;
    [[nodiscard]] CheckNeeds needs(CheckId id) const;
    // The same for a run that offers `available`: without a person, the kept sign-in's way where a
    // check has one (CheckNode::keptSignInPrerequisites).
    [[nodiscard]] QList<CheckId> prerequisites(CheckId id, CheckNeeds available) const;
    [[nodiscard]] CheckNeeds needs(CheckId id, CheckNeeds available) const;

    // `ids` and every check that depends on one of them, directly or not, in run order.
    [[nodiscard]] QList<CheckId> withDependents(const QList<CheckId> &ids) const;
    // The checks whose results a change to `input` makes stale.
    [[nodiscard]] QList<CheckId> affectedBy(ConfigInput input) const;
    // Why `id` cannot run with only `available`: its first missing need (its own, or a prerequisite's),
    // none when it can. Without a person, a check with a kept sign-in's way takes that way.
    [[nodiscard]] std::optional<CheckNeed> missingNeed(CheckId id, CheckNeeds available) const;

private:
    [[nodiscard]] const CheckNode *node(CheckId id) const;
    [[nodiscard]] static bool takesKeptWay(const CheckNode &node, CheckNeeds available);

    QList<CheckNode> m_nodes;
};

} // namespace flexo
