#pragma once

#include "cli/Command.h"

namespace flexo::cli {

// `export CONFIG --output FILE [--include-secret]`: writes the FlexO integration config. Without
// --include-secret the file holds no secret at all; with it, the secret (from the keychain entry the
// config names, --secret-stdin or FLEXO_CLIENT_SECRET) is written into a file readable only by its owner.
class ExportCommand : public Command
{
public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace flexo::cli
