#pragma once

#include "config/ConnectorConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace flexo {

class SetupModel;

// What the admin entered in an unfinished setup, to offer it again when the wizard starts next time.
// It has no field for the client secret, so no draft can ever carry it: the admin pastes it again.
struct SetupDraft
{
    QDateTime savedAt; // UTC
    Cloud cloud = Cloud::Global;
    QUrl customLoginBase;
    QUrl customGraphBase;
    QString proxy;
    QString caBundle;
    QString tenantInput; // as typed: a domain or a GUID
    QString clientId;
    QDate secretExpiry;
    QStringList redirectUris;
    QUrl lifecycleUrl;
    bool appRegistered = false;

    [[nodiscard]] static SetupDraft fromModel(const SetupModel &model, const QDateTime &now);
    // Puts the values back; the pages show them when they are next shown.
    void applyTo(SetupModel &model) const;
    // Whether the admin entered anything worth offering again.
    [[nodiscard]] bool isWorthKeeping() const;

    [[nodiscard]] QByteArray toJson() const;
    // Empty for anything that is not a draft this version wrote (a damaged or foreign file).
    [[nodiscard]] static std::optional<SetupDraft> fromJson(const QByteArray &json);
};

} // namespace flexo
