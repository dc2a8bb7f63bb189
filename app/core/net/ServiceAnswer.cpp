#include "net/ServiceAnswer.h"

#include "common/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace flexo {

namespace {

constexpr int kNameLength = 80;

QString shortName(const QString &name)
{
    const QString plain = plainText(name.simplified());
    return plain.size() > kNameLength ? plain.left(kNameLength - 1) + QChar(0x2026) : plain;
}

} // namespace

QJsonObject ServiceAnswer::objectOf(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{'))
        return {};
    return QJsonDocument::fromJson(trimmed).object();
}

QString ServiceAnswer::errorCode(const QJsonObject &body)
{
    const QJsonArray codes = body.value(QLatin1String("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().toInteger() > 0)
        return QStringLiteral("AADSTS%1").arg(codes.first().toInteger());
    const QJsonValue error = body.value(QLatin1String("error"));
    if (error.isObject())
        return shortName(error.toObject().value(QLatin1String("code")).toString());
    return shortName(error.toString());
}

QString ServiceAnswer::correlationId(const QJsonObject &body)
{
    return shortName(body.value(QLatin1String("correlation_id")).toString());
}

std::optional<QString> ServiceAnswer::intermediary(int status, const QHash<QByteArray, QByteArray> &headers,
                                                   const QByteArray &body)
{
    if (status < 400)
        return std::nullopt;
    const QByteArray contentType = headers.value("content-type").toLower();
    const QByteArray start = body.trimmed().left(256).toLower();
    const bool html =
        contentType.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html");
    if (!html)
        return std::nullopt;
    // Microsoft's own pages (an edge's HTML 5xx included) carry at least one of these.
    static const QByteArray microsoft[] = {"request-id",       "x-ms-request-id", "client-request-id",
                                           "x-ms-ests-server", "x-azure-ref",     "x-ms-ags-diagnostic"};
    for (const QByteArray &name : microsoft) {
        if (headers.contains(name))
            return std::nullopt;
    }
    for (const QByteArray &name : {QByteArray("server"), QByteArray("via")}) {
        const QString value = shortName(QString::fromLatin1(headers.value(name)));
        if (!value.isEmpty())
            return value;
    }
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(4096)));
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return shortName(match.captured(1));
    return QStringLiteral("unknown");
}

} // namespace flexo
