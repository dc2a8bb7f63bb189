#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The commands and options a roff manual page describes: each `.SS` section under COMMANDS is a
// command, and the first option of each `.TP` item is one it describes.
class ManPage
{
public:
    static ManPage read(const QString &path);

    [[nodiscard]] bool isValid() const { return !m_commands.isEmpty(); }
    [[nodiscard]] QStringList commands() const { return m_commands; }
    // The options of OPTIONS and WIZARD OPTIONS: the program without a command.
    [[nodiscard]] QSet<QString> programOptions() const { return m_programOptions; }
    [[nodiscard]] QSet<QString> commandOptions(const QString &command) const
    {
        return m_commandOptions.value(command);
    }

private:
    QStringList m_commands;
    QSet<QString> m_programOptions;
    QHash<QString, QSet<QString>> m_commandOptions;
};
