#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace flexo::cli {

// What `export` was asked to do, once the arguments are parsed.
struct ExportOptions
{
    QString configPath;
    QString outputPath;
    bool includeSecret = false;
    bool secretFromStdin = false;
};

// `export CONFIG --output FILE [--include-secret]`: writes the FlexO integration config. Without
// --include-secret the file holds no secret at all; with it, the secret (from the keychain entry bound to
// the config's cloud, tenant and client, --secret-stdin or FLEXO_CLIENT_SECRET) is written into a file
// readable only by its owner.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::ExportCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

    // Reads the arguments only (no file, keychain or standard input). Returns false after printing a
    // usage error, or true with `helpShown` set when --help was asked.
    bool parseOptions(const QStringList &arguments, ExportOptions *options, bool *helpShown);
};

} // namespace flexo::cli
