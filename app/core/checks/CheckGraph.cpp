#include "checks/CheckGraph.h"

namespace flexo {

CheckGraph::CheckGraph(QList<CheckNode> nodes)
    : m_nodes(std::move(nodes))
{}

const CheckGraph &CheckGraph::standard()
{
    using I = ConfigInput;
    static const CheckGraph graph({
        // Every value, offline; the expiry date is judged by secret-expiry alone.
        {CheckId::Config,
         {},
         {},
         {I::Cloud, I::Tenant, I::ClientId, I::Secret, I::SecretExpiry, I::FlexoAddresses, I::SignInRedirect,
          I::Network}},
        {CheckId::SecretExpiry, {CheckId::Config}, {}, {I::SecretExpiry}},
        {CheckId::FlexoEndpoints, {}, {}, {I::FlexoAddresses, I::Network}},
        {CheckId::Discovery, {}, {}, {I::Cloud, I::Tenant, I::Network}},
        {CheckId::AppCredentials, {CheckId::Discovery}, CheckNeed::Secret, {I::ClientId, I::Secret}},
        // Needs neither a secret nor a person: the authorize endpoint only sees the client ID.
        {CheckId::RedirectUris,
         {CheckId::Discovery},
         {},
         {I::ClientId, I::FlexoAddresses, I::SignInRedirect}},
        {CheckId::SignIn,
         {CheckId::AppCredentials},
         CheckNeeds(CheckNeed::Person) | CheckNeed::Secret,
         {I::SignInRedirect}},
        // Without a person, the refresh redeems the kept sign-in (with the secret app-credentials
        // proved) and the meeting probe uses what it gave.
        {CheckId::Refresh, {CheckId::SignIn}, {}, {}, {CheckId::AppCredentials}},
        {CheckId::MeetingCreate, {CheckId::SignIn}, {}, {}, {CheckId::Refresh}},
        {CheckId::MeetingDelete, {CheckId::MeetingCreate}, {}, {}},
    });
    return graph;
}

const CheckNode *CheckGraph::node(CheckId id) const
{
    for (const CheckNode &candidate : m_nodes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<CheckId> CheckGraph::ids() const
{
    QList<CheckId> ids;
    ids.reserve(m_nodes.size());
    for (const CheckNode &candidate : m_nodes)
        ids << candidate.id;
    return ids;
}

bool CheckGraph::contains(CheckId id) const
{
    return node(id) != nullptr;
}

QList<CheckId> CheckGraph::prerequisites(CheckId id) const
{
    const CheckNode *found = node(id);
    return found ? found->prerequisites : QList<CheckId>{};
}

CheckNeeds CheckGraph::needs(CheckId id) const
{
    const CheckNode *found = node(id);
    return found ? found->needs : CheckNeeds{};
}

bool CheckGraph::takesKeptWay(const CheckNode &node, CheckNeeds available)
{
    return !available.testFlag(CheckNeed::Person) && !node.keptSignInPrerequisites.isEmpty();
}

QList<CheckId> CheckGraph::prerequisites(CheckId id, CheckNeeds available) const
{
    const CheckNode *found = node(id);
    if (!found)
        return {};
    return takesKeptWay(*found, available) ? found->keptSignInPrerequisites : found->prerequisites;
}

CheckNeeds CheckGraph::needs(CheckId id, CheckNeeds available) const
{
    const CheckNode *found = node(id);
    if (!found)
        return {};
    return takesKeptWay(*found, available) ? found->needs | CheckNeed::KeptSignIn : found->needs;
}

QList<CheckId> CheckGraph::withDependents(const QList<CheckId> &ids) const
{
    // Prerequisites come first in the list, so one pass in order finds every dependent.
    QList<CheckId> affected;
    for (const CheckNode &candidate : m_nodes) {
        bool hit = ids.contains(candidate.id);
        for (const CheckId prerequisite : candidate.prerequisites)
            hit = hit || affected.contains(prerequisite);
        if (hit)
            affected << candidate.id;
    }
    return affected;
}

QList<CheckId> CheckGraph::affectedBy(ConfigInput input) const
{
    QList<CheckId> readers;
    for (const CheckNode &candidate : m_nodes) {
        if (candidate.inputs.contains(input))
            readers << candidate.id;
    }
    return withDependents(readers);
}

std::optional<CheckNeed> CheckGraph::missingNeed(CheckId id, CheckNeeds available) const
{
    const CheckNode *found = node(id);
    if (!found)
        return std::nullopt;
    const CheckNeeds wanted = needs(id, available);
    for (const CheckNeed need : {CheckNeed::Person, CheckNeed::Secret, CheckNeed::KeptSignIn}) {
        if (wanted.testFlag(need) && !available.testFlag(need))
            return need;
    }
    for (const CheckId prerequisite : prerequisites(id, available)) {
        if (const std::optional<CheckNeed> missing = missingNeed(prerequisite, available))
            return missing;
    }
    return std::nullopt;
}

} // namespace flexo
