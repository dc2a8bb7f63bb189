#include "TestConfigs.h"

#include "config/ConfigFile.h"

#include <QJsonDocument>

namespace flexo::test {

ConnectorConfig TestConfigs::forCloud(const QUrl &cloud)
{
    ConnectorConfig config;
    config.cloud = Cloud::Custom;
    config.customLoginBase = cloud;
    config.customGraphBase = cloud;
    config.tenantId = tenantId;
    config.tenantDomain = fake::defaults::tenantDomain;
    config.clientId = clientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = secret.left(3);
    config.redirectUris = {QStringLiteral("https://127.0.0.1:9/teams/oauth/callback")};
    config.lifecycleUrl = QUrl(QStringLiteral("https://127.0.0.1:9/teams/lifecycle"));
    config.proxy = QStringLiteral("none");
    return config;
}

bool TestConfigs::write(const ConnectorConfig &config, const QString &path, bool includeSecret)
{
    SaveOptions options;
    options.includeSecret = includeSecret;
    return ConfigFile::save(config, path, options).isNull();
}

QString TestConfigs::writeInto(const QString &directory, const QString &name, const ConnectorConfig &config)
{
    const QString path = directory + QLatin1Char('/') + name;
    return write(config, path) ? path : QString();
}

bool TestConfigs::leaksSecret(const QByteArray &text)
{
    return text.contains(secret.toUtf8()) || text.contains(expiredSecret.toUtf8()) ||
           text.contains("eyJ"); // the start of every JWT
}

QJsonArray TestConfigs::checksOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("runs"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("checks"))
        .toArray();
}

QJsonObject TestConfigs::checkOf(const QByteArray &json, const QString &id)
{
    const QJsonArray checks = checksOf(json);
    for (const QJsonValue &check : checks) {
        if (check.toObject().value(QStringLiteral("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

} // namespace flexo::test
