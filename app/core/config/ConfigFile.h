#pragma once

#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace flexo {

struct SaveOptions
{
    // Write the secret itself into the file: only for an explicit export the admin asked for.
    bool includeSecret = false;
    // A file for the FlexO server, not this machine's config: without the secret, keys of the
    // "secret" section this version does not know are left out ("Value", "clientSecret", ...).
    bool forExport = false;
};

// The connector config file: JSON, UTF-8, `"format": "flexo-teams-connector"`,
// `"version": 1`, documented by resources/schema/flexo-teams-connector.schema.json.
//
// Reading never writes anything, so a file of unknown origin (`import`, `validate`) can be checked
// safely: parse() works on bytes only, load() only reads the file. Saving is atomic, keeps the previous
// file as "<name>.bak" and writes mode 0600.
class ConfigFile
{
public:
    static constexpr int kVersion = 1;
    // Larger files are refused before parsing: a real config is a few kilobytes.
    static constexpr qint64 kMaxFileSize = 1024 * 1024;
    // Deeper JSON is refused before parsing: a real config nests three levels.
    static constexpr int kMaxNestingDepth = 64;

    [[nodiscard]] static QString formatName(); // "flexo-teams-connector"
    // How the name of a config meant for another machine ends (".flexo-teams.json"). The desktop's
    // file type for connector configs (packaging/linux/org.flexo.TeamsSetup.mime.xml) matches it, and
    // the value of formatName() as magic.
    [[nodiscard]] static QString fileNameSuffix();

    // Error codes: config.file.{not-found, not-a-file, unreadable, too-large, empty, not-utf8, too-deep,
    // not-json, truncated, not-object, wrong-format, bad-version, newer-version, wrong-type, invalid-value}
    // when reading; config.file.{save-failed, backup-failed} when saving.

    // Reads and checks a config file. The error names the file and the problem; nothing is written.
    [[nodiscard]] static Result<ConnectorConfig> load(const QString &path);
    // Checks and reads the bytes of a config file; `sourceName` is the file name used in messages.
    [[nodiscard]] static Result<ConnectorConfig> parse(const QByteArray &data, const QString &sourceName);

    // The JSON the file holds. Without options.includeSecret, the secret is never part of it, nor, in
    // an export (options.forExport), keys of the "secret" section this version does not know.
    [[nodiscard]] static QJsonObject toJson(const ConnectorConfig &config, const SaveOptions &options = {});
    [[nodiscard]] static QByteArray serialize(const ConnectorConfig &config, const SaveOptions &options = {});

    // Writes the config to `path` atomically with mode 0600 from the first byte (never through a
    // symbolic link, never into a folder others may change; a missing folder is created 0700), first
    // copying the file already there (if any) to backupPath(path) — except for an export that holds the
    // secret, which keeps no copy. On failure nothing at `path` has changed. Returns a null Error on success.
    [[nodiscard]] static Error save(const ConnectorConfig &config, const QString &path,
                                    const SaveOptions &options = {});
    [[nodiscard]] static QString backupPath(const QString &path);

    // "config.file.secret-copy" when a string anywhere in `json` holds one of `secrets` (a key this
    // version does not know, kept on round trip, whose value is the secret): a file written without
    // the secret must not carry it under another name. save() checks it, with the config's secret and
    // every registered one, whenever the secret is not to be written.
    [[nodiscard]] static Error refuseSecretCopies(const QJsonObject &json, const QStringList &secrets);

    // The JSON Schema of the format, as shipped in resources/schema and built into the program.
    [[nodiscard]] static QByteArray schema();

    // "global", "usgov-high", "usgov-dod", "china", "custom": the cloud names used in the file.
    [[nodiscard]] static QString cloudName(Cloud cloud);
    [[nodiscard]] static std::optional<Cloud> cloudFromName(const QString &name);
};

} // namespace flexo
