#include "auth/LoopbackRequest.h"

#include "cloud/EntraError.h"

#include <QList>
#include <QUrl>

namespace flexo {

LoopbackRequest LoopbackRequest::parse(const QByteArray &received)
{
    LoopbackRequest request;
    // Requests may arrive in pieces: wait for the blank line that ends the headers.
    qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        end = received.indexOf("\n\n");
    if (end < 0) {
        if (received.size() > kMaxHeaderBytes)
            request.status = Status::TooLarge;
        return request;
    }
    const QByteArray requestLine = received.left(received.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/")) {
        request.status = Status::Malformed;
        return request;
    }
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    request.status = Status::Complete;
    request.method = parts.at(0);
    request.path = QUrl::fromPercentEncoding(rawPath);
    request.rawQuery = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
    return request;
}

std::optional<QString> LoopbackRequest::state() const
{
    std::optional<QString> state;
    const auto items = EntraError::formItems(rawQuery);
    for (const auto &item : items) {
        if (item.first == QLatin1String("state"))
            state = item.second;
    }
    return state;
}

} // namespace flexo
