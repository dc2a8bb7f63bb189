#include "config/ConfigPaths.h"

#include "config/ConfigRules.h"

#include <QStandardPaths>

namespace flexo {
namespace {

QString localData()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

QString ConfigPaths::defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/connector.json");
}

QString ConfigPaths::logDirectory()
{
    return localData() + QStringLiteral("/logs");
}

QString ConfigPaths::journalDirectory()
{
    return localData();
}

QString ConfigPaths::cleanupJournalFile()
{
    return journalDirectory() + QStringLiteral("/probe-meetings.json");
}

QString ConfigPaths::defaultKeychainService()
{
    return QStringLiteral("flexo-teams-setup");
}

QString ConfigPaths::defaultKeychainKey(const QString &tenant, const QString &clientId)
{
    return rules::normalizeIdentifier(tenant).toLower() + QLatin1Char('/') +
           rules::normalizeIdentifier(clientId).toLower();
}

SecretLocation ConfigPaths::defaultSecretLocation(const ConnectorConfig &config)
{
    return SecretLocation{defaultKeychainService(), defaultKeychainKey(config.tenant(), config.clientId)};
}

} // namespace flexo
