#pragma once

#include "DefaultScenarioValues.h"
#include "config/ConnectorConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace flexo::test {

// Connector configs for the default scenario of the fake cloud (tenant "stluc", the FlexO app).
class TestConfigs
{
public:
    static inline const QString tenantId = fake::defaults::tenantId;
    static inline const QString clientId = fake::defaults::clientId;
    static inline const QString secret = fake::defaults::secret;
    static inline const QString expiredSecret = fake::defaults::expiredSecret;

    // A config of the Custom cloud pointed at `cloud`, with no secret in memory. Its FlexO addresses
    // are on a closed local port, so the (warning only) endpoint check fails fast and offline.
    [[nodiscard]] static ConnectorConfig forCloud(const QUrl &cloud);
    // Writes `config` (with its secret only when `includeSecret`); returns false on failure.
    static bool write(const ConnectorConfig &config, const QString &path, bool includeSecret = false);
    // Writes `config` as `name` in `directory`; returns its path, or an empty string on failure.
    [[nodiscard]] static QString writeInto(const QString &directory, const QString &name,
                                           const ConnectorConfig &config);
    // True when `text` holds either test secret or anything shaped like a JWT.
    [[nodiscard]] static bool leaksSecret(const QByteArray &text);
    // The checks of the first run of a JSON report, and the one named `id` (empty when absent).
    [[nodiscard]] static QJsonArray checksOf(const QByteArray &json);
    [[nodiscard]] static QJsonObject checkOf(const QByteArray &json, const QString &id);
};

} // namespace flexo::test
