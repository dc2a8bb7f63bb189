#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace flexo::cli {

// `validate CONFIG...`: the offline checks of each config file (no network, no keychain).
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::ValidateCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("validate"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

    // Reads the arguments only (no file is opened). Returns false after printing a usage error, or
    // true with `helpShown` set when --help was asked.
    bool parseOptions(const QStringList &arguments, QStringList *configPaths, bool *helpShown);
};

} // namespace flexo::cli
