#pragma once

#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QString>

namespace flexo {

// Where the tool keeps its files and its keychain entry by default. Paths follow QStandardPaths, so
// they depend on the application and organization names set in main().
class ConfigPaths
{
public:
    // <AppConfigLocation>/connector.json, e.g. ~/.config/<app>/connector.json on Linux.
    [[nodiscard]] static QString defaultConfigFile();
    // <AppLocalDataLocation>/logs: diagnostic logs (always redacted).
    [[nodiscard]] static QString logDirectory();
    // <AppLocalDataLocation>: holds the probe-meeting cleanup journal.
    [[nodiscard]] static QString journalDirectory();
    // <AppLocalDataLocation>/probe-meetings.json: probe meetings that may still need deleting.
    [[nodiscard]] static QString cleanupJournalFile();

    // "flexo-teams-setup": the keychain service under which secrets are stored.
    [[nodiscard]] static QString defaultKeychainService();
    // "<tenant>/<client id>": one keychain entry per app registration.
    [[nodiscard]] static QString defaultKeychainKey(const QString &tenant, const QString &clientId);
    [[nodiscard]] static SecretLocation defaultSecretLocation(const ConnectorConfig &config);
};

} // namespace flexo
