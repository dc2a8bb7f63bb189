#include "FakeCloudClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>

QJsonObject FakeCloudClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray FakeCloudClient::Reply::header(const QByteArray &name) const
{
    for (const auto &item : headers) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

FakeCloudClient::FakeCloudClient(const QUrl &base)
    : m_base(base)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl FakeCloudClient::url(const QString &pathAndQuery) const
{
    return QUrl(m_base.toString() + pathAndQuery, QUrl::TolerantMode);
}

QByteArray FakeCloudClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' +
               QUrl::toPercentEncoding(field.second, " ").replace(' ', '+');
    }
    return out;
}

FakeCloudClient::Reply FakeCloudClient::send(const QByteArray &verb, const QUrl &target,
                                             const QByteArray &body,
                                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(target);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(m_timeoutMs + 5000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

FakeCloudClient::Reply FakeCloudClient::get(const QString &path, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isNull())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("GET", url(path), {}, headers);
}

FakeCloudClient::Reply FakeCloudClient::post(const QString &path, const QByteArray &body,
                                             const QByteArray &contentType, const QByteArray &bearer,
                                             const QByteArray &authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (!bearer.isNull())
        headers.append({"Authorization", "Bearer " + bearer});
    else if (!authorization.isNull())
        headers.append({"Authorization", authorization});
    return send("POST", url(path), body, headers);
}

FakeCloudClient::Reply FakeCloudClient::postForm(const QString &path,
                                                 const QList<QPair<QString, QString>> &fields)
{
    return post(path, formEncode(fields), "application/x-www-form-urlencoded");
}

FakeCloudClient::Reply FakeCloudClient::postJson(const QString &path, const QJsonObject &body,
                                                 const QByteArray &bearer)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", bearer);
}

FakeCloudClient::Reply FakeCloudClient::deleteResource(const QString &path, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isNull())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("DELETE", url(path), {}, headers);
}
