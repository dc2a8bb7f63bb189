#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace flexo {

// What an answer says about itself, read the same way for every service: the error code of
// Entra's and Graph's error bodies, Entra's correlation id, and whether a proxy or gateway answered
// with its own error page instead of Microsoft.
class ServiceAnswer
{
public:
    // "AADSTS90033" (Entra's error_codes), Graph's error.code ("serviceNotAvailable"), or the OAuth
    // `error` string; empty when the body names no error.
    [[nodiscard]] static QString errorCode(const QJsonObject &body);
    [[nodiscard]] static QString correlationId(const QJsonObject &body);
    // The body as a JSON object when it is one (quietly: no error for anything else).
    [[nodiscard]] static QJsonObject objectOf(const QByteArray &body);

    // For an error status (400 and up) with an HTML body and none of the headers that Microsoft's
    // services and their edge send (request-id, x-ms-request-id, client-request-id, x-ms-ests-server,
    // x-azure-ref, x-ms-ags-diagnostic): the name of what answered (its Server or Via header, else
    // the page's title, else "unknown"), shown as plain text. Nothing for any other answer.
    // `headers` have lower-case names.
    [[nodiscard]] static std::optional<QString>
    intermediary(int status, const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
};

} // namespace flexo
