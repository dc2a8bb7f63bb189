#include "HttpResponse.h"

namespace flexo::fake {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

HttpResponse::HttpResponse(int statusCode, const QByteArray &contentType, const QByteArray &body)
    : status(statusCode)
    , m_body(body)
{
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document, const QByteArray &contentType)
{
    return HttpResponse(status, contentType, document.toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::html(int status, const QString &page)
{
    return HttpResponse(status, "text/html; charset=utf-8", page.toUtf8());
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse response(302, "text/html; charset=utf-8", QByteArray());
    response.setHeader("Location", location);
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    return HttpResponse(status, QByteArray(), QByteArray());
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray HttpResponse::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : m_headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
    return out;
}

} // namespace flexo::fake
