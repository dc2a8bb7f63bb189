#include "config/ConfigPaths.h"

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

QString ConfigPaths::unfinishedSetupFile()
{
    return localData() + QStringLiteral("/unfinished-setup.json");
}

} // namespace flexo
