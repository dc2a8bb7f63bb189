#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "FormData.h"

namespace flexo::fake {

// What the services see of a request: already split, with the query decoded like a form.
struct HttpRequest
{
    QByteArray method;
    QString path;         // percent-decoded
    QStringList segments; // path split on '/', empty parts dropped
    FormData query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &item : headers) {
            if (item.first.compare(name, Qt::CaseInsensitive) == 0)
                return item.second;
        }
        return {};
    }
};

} // namespace flexo::fake
