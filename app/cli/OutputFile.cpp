#include "cli/OutputFile.h"

#include "common/SafeFile.h"

namespace flexo::cli {

Error OutputFile::write(const QString &path, const QByteArray &data, bool privateFile)
{
    return SafeFile::write(path, data, privateFile ? SafeFile::Access::Private : SafeFile::Access::Shared);
}

} // namespace flexo::cli
