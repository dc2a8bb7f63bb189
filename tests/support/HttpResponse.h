#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace flexo::fake {

// One answer of the fake cloud, written to the socket by hand so that faults can cut it anywhere.
class HttpResponse
{
public:
    HttpResponse() = default;
    HttpResponse(int status, const QByteArray &contentType, const QByteArray &body);

    [[nodiscard]] static HttpResponse json(int status, const QJsonDocument &document,
                                           const QByteArray &contentType = "application/json; charset=utf-8");
    [[nodiscard]] static HttpResponse html(int status, const QString &page);
    [[nodiscard]] static HttpResponse redirect(const QByteArray &location);
    [[nodiscard]] static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

    // Status line, headers (with Content-Length) and the blank line.
    [[nodiscard]] QByteArray head() const;
    [[nodiscard]] QByteArray serialize() const { return head() + m_body; }

    int status = 200;
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body) { m_body = body; }

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};

} // namespace flexo::fake
