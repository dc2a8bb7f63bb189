#pragma once

#include "cli/Command.h"

namespace flexo::cli {

// `validate CONFIG...`: the offline checks of each config file (no network, no keychain).
class ValidateCommand : public Command
{
public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("validate"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace flexo::cli
