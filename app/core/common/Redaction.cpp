#include "common/Redaction.h"

#include <QStringList>
#include <QUrlQuery>

namespace flexo {

namespace {

bool isSensitiveKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("code"),          QStringLiteral("state"),         QStringLiteral("client_secret"),
        QStringLiteral("code_verifier"), QStringLiteral("access_token"),  QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),      QStringLiteral("assertion"),     QStringLiteral("password"),
        QStringLiteral("client_assertion")};
    return keys.contains(key, Qt::CaseInsensitive);
}

QString redactQuery(const QString &query)
{
    QUrlQuery q(query);
    const auto items = q.queryItems(QUrl::FullyEncoded);
    QUrlQuery out;
    for (const auto &item : items) {
        out.addQueryItem(item.first, isSensitiveKey(item.first) ? QStringLiteral("REDACTED") : item.second);
    }
    return out.toString(QUrl::FullyEncoded);
}

} // namespace

QString redactSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(none)");
    return QStringLiteral("%1… (%2 characters)").arg(secret.left(3)).arg(secret.size());
}

QString redactToken(const QString &token)
{
    if (token.isEmpty())
        return QStringLiteral("(none)");
    return QStringLiteral("[redacted, %1 characters]").arg(token.size());
}

QString redactUser(const QString &upn)
{
    const qsizetype at = upn.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return upn.isEmpty() ? QString() : QStringLiteral("***");
    return upn.left(1) + QStringLiteral("***") + upn.mid(at);
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (copy.hasQuery())
        copy.setQuery(redactQuery(copy.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (copy.hasFragment())
        copy.setFragment(redactQuery(copy.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    copy.setPassword(QString());
    return copy.toString(QUrl::FullyEncoded);
}

QString redactForm(const QByteArray &body)
{
    return redactQuery(QString::fromLatin1(body));
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue; // too short to be told apart from ordinary text
        text.replace(secret, QStringLiteral("REDACTED"));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, QStringLiteral("REDACTED"), Qt::CaseInsensitive);
    }
    return text;
}

} // namespace flexo
