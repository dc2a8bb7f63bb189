#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace flexo::cli {

// What `import` was asked to do, once the arguments are parsed.
struct ImportOptions
{
    QString sourcePath;
    QString outputPath; // empty: this machine's config
};

// `import FILE [--output CONFIG]`: checks a config file from elsewhere (a FlexO export, a colleague's
// file), stores a secret it holds in the keychain and writes the config without it. A bad file changes
// nothing: no keychain entry, no config.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::ImportCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

    // Reads the arguments only (no file, keychain or standard input). Returns false after printing a
    // usage error, or true with `helpShown` set when --help was asked.
    bool parseOptions(const QStringList &arguments, ImportOptions *options, bool *helpShown);
};

} // namespace flexo::cli
