#pragma once

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace flexo {

// Every check of the product. Their run order, prerequisites and needs are CheckGraph::standard();
// docs/architecture.md says how to add one.
enum class CheckId {
    Config,
    SecretExpiry,
    FlexoEndpoints,
    Discovery,
    AppCredentials,
    RedirectUris,
    SignIn,
    Refresh,
    MeetingCreate,
    MeetingDelete,
};

// The stable name of a check, as reports, logs and the config file's lastVerification write it:
// "config", "secret-expiry", "flexo-endpoints", "discovery", "app-credentials", "redirect-uris",
// "sign-in", "refresh", "meeting-create", "meeting-delete".
[[nodiscard]] QString checkName(CheckId id);
[[nodiscard]] QStringList checkNames(const QList<CheckId> &ids);
// The check of a stable name; none for a name this version does not know.
[[nodiscard]] std::optional<CheckId> checkIdFromName(const QString &name);

[[nodiscard]] inline size_t qHash(CheckId id, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(id), seed);
}

QDebug operator<<(QDebug debug, CheckId id);

} // namespace flexo

Q_DECLARE_METATYPE(flexo::CheckId)
