#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace flexo {

// The rules every request of the product follows, whoever builds it (HttpCall, or the OAuth flow's
// own token requests):
//  - redirects are never followed: a 307/308 would send the secret, a code, a verifier or a refresh
//    token again, to wherever the answer points; a 3xx is reported as it is;
//  - an answer body larger than kMaxBodyBytes is not read: the request is aborted as soon as its
//    announced or received size passes the limit, so a hostile server or proxy cannot exhaust memory.
class NetworkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPolicy)

public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    // Sets the manager's redirect policy to "never follow" (Qt 6 follows by default).
    static void apply(QNetworkAccessManager *manager);

    // Aborts `reply` once its body passes `maxBytes` (announced by Content-Length, or received);
    // bodyTooLarge() then tells why it ended. Call right after the request is sent.
    static void limitBody(QNetworkReply *reply, qint64 maxBytes = kMaxBodyBytes);
    [[nodiscard]] static bool bodyTooLarge(const QNetworkReply *reply);

    // "net.body-too-large": the answer of `url` passed the limit (the message names both).
    [[nodiscard]] static Error bodyTooLargeError(const QUrl &url, qint64 maxBytes = kMaxBodyBytes);
    // "net.redirect-refused": `url` answered `status` with a redirect to `location`, not followed.
    [[nodiscard]] static Error redirectError(const QUrl &url, int status, const QUrl &location);
    [[nodiscard]] static bool isRedirect(int status)
    {
        return status >= 300 && status < 400 && status != 304;
    }
};

} // namespace flexo
