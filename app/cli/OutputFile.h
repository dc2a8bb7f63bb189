#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace flexo::cli {

// Writes a report or an export so that a reader never sees half a file and an old file is replaced
// only once the new one is complete (QSaveFile).
class OutputFile
{
public:
    // `privateFile`: readable by the owner only (0600), for files that hold a secret.
    [[nodiscard]] static Error write(const QString &path, const QByteArray &data, bool privateFile);
};

} // namespace flexo::cli
