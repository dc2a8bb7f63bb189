#include "common/Error.h"

#include <QStringList>

namespace flexo {

QString Error::userText() const
{
    QStringList parts;
    for (const QString &part : {message, cause, fix}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

Error Error::make(const QString &code, const QString &message, const QString &cause, const QString &fix,
                  const QString &detail)
{
    Error error;
    error.code = code;
    error.message = message;
    error.cause = cause;
    error.fix = fix;
    error.detail = detail;
    return error;
}

} // namespace flexo
