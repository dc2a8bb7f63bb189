#include "net/NetworkPolicy.h"

#include "common/Logging.h"
#include "common/Redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace flexo {

namespace {

const char *const kTooLarge = "flexoBodyTooLarge";

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

void abortTooLarge(QNetworkReply *reply, qint64 seen, qint64 maxBytes)
{
    if (reply->property(kTooLarge).toBool())
        return;
    reply->setProperty(kTooLarge, true);
    qCWarning(lcNet).noquote() << "answer of" << reply->url().host() << "passed" << maxBytes << "bytes ("
                               << seen << "seen): not reading it";
    reply->abort();
}

} // namespace

void NetworkPolicy::apply(QNetworkAccessManager *manager)
{
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void NetworkPolicy::limitBody(QNetworkReply *reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes)
            abortTooLarge(reply, announced, maxBytes);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes](qint64 received, qint64) {
                         if (received > maxBytes)
                             abortTooLarge(reply, received, maxBytes);
                     });
}

bool NetworkPolicy::bodyTooLarge(const QNetworkReply *reply)
{
    return reply && reply->property(kTooLarge).toBool();
}

Error NetworkPolicy::bodyTooLargeError(const QUrl &url, qint64 maxBytes)
{
    const QString host = plainText(url.host());
    return Error::make(
        QStringLiteral("net.body-too-large"),
        tr("The answer from %1 is larger than %2 MiB, the most FlexO reads; it was not read.")
            .arg(host, megabytes(maxBytes)),
        tr("The sign-in service and Graph answer in a few kilobytes: a proxy or a server that "
           "is not Microsoft's answered instead."),
        tr("Check the cloud's addresses and the proxy settings."),
        QStringLiteral("%1%2: body over %3 bytes, aborted").arg(host, url.path()).arg(maxBytes));
}

Error NetworkPolicy::redirectError(const QUrl &url, int status, const QUrl &location)
{
    const QString host = plainText(url.host());
    const QString target =
        location.isEmpty()
            ? tr("an unnamed address")
            : plainText(location.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                            .toString());
    return Error::make(QStringLiteral("net.redirect-refused"),
                       tr("%1 answered with a redirect (HTTP %2) to %3; FlexO does not follow redirects.")
                           .arg(host)
                           .arg(status)
                           .arg(target),
                       tr("Following it would send the request, with its secret or code, to another address. "
                          "Microsoft's sign-in and Graph endpoints never redirect these requests: a proxy or "
                          "a server that is not Microsoft's answered."),
                       tr("Check the cloud's addresses and the proxy settings."),
                       QStringLiteral("%1%2: HTTP %3 redirect to %4 not followed")
                           .arg(host, url.path())
                           .arg(status)
                           .arg(redactUrl(location)));
}

} // namespace flexo
