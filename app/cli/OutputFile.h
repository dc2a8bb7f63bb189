#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace flexo::cli {

// Writes a report or an export so that a reader never sees half a file and an old file is replaced
// only once the new one is complete; a symbolic link is never written through (SafeFile).
class OutputFile
{
public:
    // `privateFile`: readable by the owner only (0600 from the first byte), for files that hold a
    // secret; such a file is also refused in a folder that other users may change.
    [[nodiscard]] static Error write(const QString &path, const QByteArray &data, bool privateFile);
};

} // namespace flexo::cli
