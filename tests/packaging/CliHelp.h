#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// What the program's own --help says: its commands and, for the program and each command, its
// options. The man page and the shell completions are compared with it so they cannot drift.
class CliHelp
{
public:
    // Runs the built program with --help and COMMAND --help for every command it lists.
    static CliHelp fromProgram(const QString &program);

    [[nodiscard]] bool isValid() const { return !m_commands.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    // The commands, in the order the help lists them.
    [[nodiscard]] QStringList commands() const { return m_commands; }
    // The options of the program without a command (its own and the wizard's), long and short.
    [[nodiscard]] QSet<QString> programOptions() const { return m_programOptions; }
    // The options of one command, without -h/--help, which every command has.
    [[nodiscard]] QSet<QString> commandOptions(const QString &command) const
    {
        return m_commandOptions.value(command);
    }

private:
    QStringList m_commands;
    QSet<QString> m_programOptions;
    QHash<QString, QSet<QString>> m_commandOptions;
    QString m_error;
};
