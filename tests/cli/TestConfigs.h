#pragma once

#include "config/ConnectorConfig.h"

#include <QUrl>

namespace flexo::test {

// Connector configs for the default scenario of the fake cloud (tenant "stluc", the FlexO app).
class TestConfigs
{
public:
    static inline const QString tenantId = QStringLiteral("8eaef023-2b34-4da1-9baa-8bc8c9d6a490");
    static inline const QString clientId = QStringLiteral("3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c");
    static inline const QString secret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_");
    static inline const QString expiredSecret = QStringLiteral("Old7Q~expiredSecretValue.0123456789abcde");

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
};

} // namespace flexo::test
