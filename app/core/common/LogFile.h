#pragma once

#include <QString>

namespace flexo {

// Sends the program's log to a file the admin can attach to a ticket: <dir>/flexo-teams-setup.log,
// mode 0600 in a 0700 folder, kept under 1 MiB (the previous part is kept as .log.1).
// Messages at or above `echoLevel` are also written to standard error, so a command-line user sees
// warnings without the routine lines. What reaches the log is already redacted by the code that
// logs it (common/Redaction.h); as a last line of defence every line is also scrubbed of the
// registered secrets, and its control characters are made visible so that one entry stays one line.
class LogFile
{
public:
    enum class Echo { Everything, WarningsAndAbove, Nothing };

    // Installs the message handler for the whole process. Returns the log file's path, or an empty
    // string when the folder cannot be created (then messages go to standard error only).
    static QString install(const QString &directory, Echo echo);

    [[nodiscard]] static QString fileName() { return QStringLiteral("flexo-teams-setup.log"); }
};

} // namespace flexo
