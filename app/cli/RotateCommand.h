#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace flexo {
struct RotationOutcome;
}

namespace flexo::cli {

// `rotate CONFIG --expires DATE`: replaces the client secret of a saved config. The new secret is read
// from standard input (hidden on a terminal), proved with client credentials while the old one is
// tried too, stored in the keychain entry bound to the config (the old one put back if anything fails)
// and the config is saved with the new expiry date and hint (SecretRotation).
class RotateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::RotateCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("rotate"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

private:
    void printOutcome(const RotationOutcome &outcome, const QString &path);
};

} // namespace flexo::cli
