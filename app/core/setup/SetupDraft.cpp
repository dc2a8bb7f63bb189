#include "setup/SetupDraft.h"

#include "config/ConfigFile.h"
#include "setup/SetupModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flexo {

namespace {

const QString kFormat = QStringLiteral("flexo-teams-unfinished-setup");
constexpr int kVersion = 1;

} // namespace

SetupDraft SetupDraft::fromModel(const SetupModel &model, const QDateTime &now)
{
    const ConnectorConfig &config = model.config();
    SetupDraft draft;
    draft.savedAt = now.toUTC();
    draft.cloud = config.cloud;
    draft.customLoginBase = config.customLoginBase;
    draft.customGraphBase = config.customGraphBase;
    draft.proxy = config.proxy;
    draft.caBundle = config.caBundle;
    draft.tenantInput = model.tenantInput();
    draft.clientId = config.clientId;
    draft.secretExpiry = config.secretExpiry;
    draft.redirectUris = config.redirectUris;
    draft.lifecycleUrl = config.lifecycleUrl;
    draft.appRegistered = model.appRegistered();
    return draft;
}

void SetupDraft::applyTo(SetupModel &model) const
{
    model.setCloud(cloud);
    model.setCustomBases(customLoginBase, customGraphBase);
    model.setProxy(proxy);
    model.setCaBundle(caBundle);
    model.setTenantInput(tenantInput);
    model.setClientId(clientId);
    model.setSecretExpiry(secretExpiry);
    model.setRedirectUris(redirectUris);
    model.setLifecycleUrl(lifecycleUrl);
    model.setAppRegistered(appRegistered);
}

bool SetupDraft::isWorthKeeping() const
{
    return !tenantInput.isEmpty() || !clientId.isEmpty() || !redirectUris.isEmpty() ||
           !lifecycleUrl.isEmpty();
}

QByteArray SetupDraft::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cloud"), ConfigFile::cloudName(cloud)},
        {QStringLiteral("customLoginBase"), customLoginBase.toString()},
        {QStringLiteral("customGraphBase"), customGraphBase.toString()},
        {QStringLiteral("proxy"), proxy},
        {QStringLiteral("caBundle"), caBundle},
        {QStringLiteral("tenant"), tenantInput},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("secretExpiry"),
         secretExpiry.isValid() ? secretExpiry.toString(Qt::ISODate) : QString()},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("lifecycleUrl"), lifecycleUrl.toString()},
        {QStringLiteral("appRegistered"), appRegistered},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

std::optional<SetupDraft> SetupDraft::fromJson(const QByteArray &data)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != kFormat ||
        json.value(QStringLiteral("version")).toInt() != kVersion)
        return std::nullopt;
    const std::optional<Cloud> cloud =
        ConfigFile::cloudFromName(json.value(QStringLiteral("cloud")).toString());
    const QDateTime savedAt =
        QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    if (!cloud || !savedAt.isValid())
        return std::nullopt;
    const QJsonValue uris = json.value(QStringLiteral("redirectUris"));
    if (!uris.isArray() && !uris.isUndefined())
        return std::nullopt;

    SetupDraft draft;
    draft.savedAt = savedAt.toUTC();
    draft.cloud = *cloud;
    draft.customLoginBase = QUrl(json.value(QStringLiteral("customLoginBase")).toString());
    draft.customGraphBase = QUrl(json.value(QStringLiteral("customGraphBase")).toString());
    draft.proxy = json.value(QStringLiteral("proxy")).toString();
    draft.caBundle = json.value(QStringLiteral("caBundle")).toString();
    draft.tenantInput = json.value(QStringLiteral("tenant")).toString();
    draft.clientId = json.value(QStringLiteral("clientId")).toString();
    draft.secretExpiry =
        QDate::fromString(json.value(QStringLiteral("secretExpiry")).toString(), Qt::ISODate);
    for (const QJsonValue &uri : uris.toArray()) {
        if (uri.isString())
            draft.redirectUris << uri.toString();
    }
    draft.lifecycleUrl = QUrl(json.value(QStringLiteral("lifecycleUrl")).toString());
    draft.appRegistered = json.value(QStringLiteral("appRegistered")).toBool();
    return draft;
}

} // namespace flexo
