#pragma once

#include <QString>

namespace flexo {

// Where the tool keeps its files. Paths follow QStandardPaths, so they depend on the application and
// organization names set in main(). (The keychain entry of a secret: KeychainBinding.)
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
    // <AppLocalDataLocation>/unfinished-setup.json: what the wizard had before it was closed, never
    // the secret.
    [[nodiscard]] static QString unfinishedSetupFile();
};

} // namespace flexo
