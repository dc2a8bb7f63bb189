#pragma once

#include "cli/Command.h"

namespace flexo::cli {

// `import FILE [--output CONFIG]`: checks a config file from elsewhere (a FlexO export, a colleague's
// file), stores a secret it holds in the keychain and writes the config without it. A bad file changes
// nothing: no keychain entry, no config.
class ImportCommand : public Command
{
public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace flexo::cli
