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

    // A complete answer that is not JSON: a body cut short by the connection is reported by HttpCall
    // (JsonBody::truncated), because only the transport knows that the answer ended too early.
    const QString detail = QStringLiteral("%1: %2 at offset %3 of %4 bytes")
                               .arg(what, parseError.errorString())
                               .arg(parseError.offset)
                               .arg(body.size());
    return Error::make(
        QStringLiteral("net.json-malformed"), tr("The server's answer could not be read (%1).").arg(what),
        tr("It is not the JSON the Microsoft service sends: something between this computer "
           "and Microsoft (a proxy, a captive portal, a firewall page) probably answered instead."),
        tr("Check the proxy settings, or open the address in a browser to see who answers."), detail);
}

Error JsonBody::truncated(const QString &what, const QString &detail)
{
    return Error::make(QStringLiteral("net.json-truncated"),
                       tr("The answer from the server was cut short (%1).").arg(what),
                       tr("The connection ended before the whole answer arrived, often because of an "
                          "unstable network or a proxy that closes long connections."),
                       tr("Run the check again; if it keeps failing, check the proxy or firewall."), detail);
}

bool JsonBody::looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("json"))
        return true;
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

} // namespace flexo
