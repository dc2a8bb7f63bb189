#include "net/HttpResult.h"

namespace flexo {

QByteArray HttpResult::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

} // namespace flexo
