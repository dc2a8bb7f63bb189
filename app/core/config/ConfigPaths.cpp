#include "config/ConfigPaths.h"

#include "common/SafeFile.h"
#include "config/ConfigRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace flexo {
namespace {

struct PathText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::ConfigPaths)
};

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

Error ConfigPaths::ensurePrivateDirectory(const QString &path)
{
    if (Error error = SafeFile::makePrivateDirectory(path)) {
        return Error::make(
            QStringLiteral("config.directory.create-failed"),
            PathText::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(path)),
            error.cause, PathText::tr("Check that you may write to its parent folder."), error.detail);
    }
    return {};
}

} // namespace flexo
