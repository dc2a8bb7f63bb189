#include "net/JsonBody.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace flexo {

Error JsonBody::parse(const QByteArray &body, const QString &what, QJsonDocument *document)
{
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        *document = parsed;
        return {};
    }

    // A body that stops in the middle of a value was cut short (a dropped connection or a proxy
    // that gave up); anything else is not the JSON that was expected.
    const bool truncated = parseError.offset >= body.trimmed().size() - 1 ||
                           parseError.error == QJsonParseError::UnterminatedObject ||
                           parseError.error == QJsonParseError::UnterminatedArray ||
                           parseError.error == QJsonParseError::UnterminatedString;
    const QString detail = QStringLiteral("%1: %2 at offset %3 of %4 bytes")
                               .arg(what, parseError.errorString())
                               .arg(parseError.offset)
                               .arg(body.size());
    if (truncated && !body.trimmed().isEmpty()) {
        return Error::make(QStringLiteral("net.json-truncated"),
                           tr("The answer from the server was cut short (%1).").arg(what),
                           tr("The connection ended before the whole answer arrived, often because of an "
                              "unstable network or a proxy that closes long connections."),
                           tr("Run the check again; if it keeps failing, check the proxy or firewall."),
                           detail);
    }
    return Error::make(
        QStringLiteral("net.json-malformed"), tr("The server's answer could not be read (%1).").arg(what),
        tr("It is not the JSON the Microsoft service sends: something between this computer "
           "and Microsoft (a proxy, a captive portal, a firewall page) probably answered instead."),
        tr("Check the proxy settings, or open the address in a browser to see who answers."), detail);
}

bool JsonBody::looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("json"))
        return true;
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace flexo
