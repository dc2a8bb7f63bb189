#include "checks/CheckId.h"

#include <array>

namespace flexo {

namespace {

struct Named
{
    CheckId id;
    const char *name;
};

constexpr std::array<Named, 10> kNames{{
    {CheckId::Config, "config"},
    {CheckId::SecretExpiry, "secret-expiry"},
    {CheckId::FlexoEndpoints, "flexo-endpoints"},
    {CheckId::Discovery, "discovery"},
    {CheckId::AppCredentials, "app-credentials"},
    {CheckId::RedirectUris, "redirect-uris"},
    {CheckId::SignIn, "sign-in"},
    {CheckId::Refresh, "refresh"},
    {CheckId::MeetingCreate, "meeting-create"},
    {CheckId::MeetingDelete, "meeting-delete"},
}};

} // namespace

QString checkName(CheckId id)
{
    for (const Named &named : kNames) {
        if (named.id == id)
            return QString::fromLatin1(named.name);
    }
    return {};
}

QStringList checkNames(const QList<CheckId> &ids)
{
    QStringList names;
    names.reserve(ids.size());
    for (const CheckId id : ids)
        names << checkName(id);
    return names;
}

std::optional<CheckId> checkIdFromName(const QString &name)
{
    for (const Named &named : kNames) {
        if (name == QLatin1String(named.name))
            return named.id;
    }
    return std::nullopt;
}

QDebug operator<<(QDebug debug, CheckId id)
{
    const QDebugStateSaver saver(debug);
    debug.noquote() << checkName(id);
    return debug;
}

} // namespace flexo
