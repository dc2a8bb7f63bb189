#include "config/ConfigPaths.h"

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
    QDir dir(path);
    if (dir.exists())
        return {};
    if (!QDir().mkpath(path)) {
        return Error::make(
            QStringLiteral("config.directory.create-failed"),
            PathText::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(path)),
            QString(), PathText::tr("Check that you may write to its parent folder."),
            QStringLiteral("mkpath failed"));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace flexo
