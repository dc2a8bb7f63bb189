#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace flexo::cli {

// `show CONFIG [--reveal]`: prints what FlexO's Teams integration form asks for, under its own field
// names. The secret is printed only with --reveal and only when standard output is a terminal: never
// into a pipe, a file or a log that could keep it.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::ShowCommand)

public:
    // `outIsTerminal`: whether `out` writes to a terminal (Terminal::isTerminal() of the real stream).
    ShowCommand(QTextStream &out, QTextStream &err, QIODevice *in, bool outIsTerminal);

    [[nodiscard]] QString name() const override { return QStringLiteral("show"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

private:
    bool m_outIsTerminal = false;
};

} // namespace flexo::cli
