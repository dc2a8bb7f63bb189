#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

// Plain HTTP requests to the fake cloud for its tests: no product code involved.
class FakeCloudClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        [[nodiscard]] QJsonObject json() const;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    explicit FakeCloudClient(const QUrl &base);

    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    Reply get(const QString &path, const QByteArray &bearer = {});
    Reply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
               const QByteArray &bearer = {}, const QByteArray &authorization = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer = {});
    Reply deleteResource(const QString &path, const QByteArray &bearer = {});
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers);

    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;
    // application/x-www-form-urlencoded as a browser writes it: spaces as '+'.
    [[nodiscard]] static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QList<QSslCertificate> m_ca;
    int m_timeoutMs = 10000;
};
