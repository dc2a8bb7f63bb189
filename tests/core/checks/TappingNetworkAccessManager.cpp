#include "TappingNetworkAccessManager.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace flexo {

QNetworkReply *TappingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    QIODevice *data = outgoingData;
    if (outgoingData) {
        const QByteArray body = outgoingData->readAll();
        m_requestBodies << body;
        auto *copy = new QBuffer(this);
        copy->setData(body);
        copy->open(QIODevice::ReadOnly);
        data = copy;
    }
    const QByteArray authorization = request.rawHeader("Authorization");
    if (authorization.startsWith("Bearer "))
        m_bearerTokens << authorization.mid(7);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
    // Connected before the caller's own slots, so the whole body is still unread here.
    connect(reply, &QNetworkReply::finished, this,
            [this, reply] { m_responseBodies << reply->peek(reply->bytesAvailable()); });
    return reply;
}

QStringList TappingNetworkAccessManager::sensitiveValues() const
{
    static const QStringList formKeys = {QStringLiteral("client_secret"), QStringLiteral("code"),
                                         QStringLiteral("code_verifier"), QStringLiteral("refresh_token"),
                                         QStringLiteral("assertion")};
    static const QStringList jsonKeys = {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                         QStringLiteral("id_token")};
    QStringList values;
    auto add = [&values](const QString &value) {
        if (value.size() >= 8 && !values.contains(value))
            values << value;
    };
    for (const QByteArray &body : m_requestBodies) {
        const QUrlQuery form(QString::fromLatin1(body));
        for (const QString &key : formKeys)
            add(form.queryItemValue(key, QUrl::FullyDecoded));
    }
    for (const QByteArray &body : m_responseBodies) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        for (const QString &key : jsonKeys)
            add(json.value(key).toString());
    }
    for (const QByteArray &token : m_bearerTokens)
        add(QString::fromLatin1(token));
    return values;
}

} // namespace flexo
