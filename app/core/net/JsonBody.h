#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

namespace flexo {

// Parses a response body as JSON and says clearly when it is cut short or not JSON at all.
class JsonBody
{
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    // `what` names the source in messages ("the discovery document", "Microsoft Graph's answer").
    [[nodiscard]] static Error parse(const QByteArray &body, const QString &what, QJsonDocument *document);
    // The error for an answer that ended before its end.
    [[nodiscard]] static Error truncated(const QString &what, const QString &detail);
    [[nodiscard]] static bool looksLikeJson(const QByteArray &contentType, const QByteArray &body);
};

} // namespace flexo
