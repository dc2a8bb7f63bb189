#include "net/NetErrors.h"

#include <QStringList>

namespace flexo {

namespace {

QString joinedInfo(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

} // namespace

bool NetErrors::isTransportError(QNetworkReply::NetworkError code)
{
    // Qt's ranges: 1-99 network layer, 101-199 proxy; content (2xx), protocol (3xx) and server (4xx)
    // errors come with an HTTP answer that the caller reads.
    // ContentReSendError: the connection closed before the answer and the body could not be sent
    // again (HttpCall never lets Qt repeat a request on its own).
    return (code > 0 && code < 200) || code == QNetworkReply::UnknownNetworkError ||
           code == QNetworkReply::UnknownProxyError || code == QNetworkReply::ContentReSendError;
}

bool NetErrors::isTransient(const Error &error)
{
    return error.code == QLatin1String("net.connection-dropped") ||
           error.code == QLatin1String("net.timeout");
}

Error NetErrors::intermediaryPage(const QUrl &url, int status, const QString &intermediary,
                                  const Context &context)
{
    const QString host = url.host();
    const QString message =
        context.viaProxy && !context.proxyAddress.isEmpty()
            ? tr("The proxy %1 (%2) answered HTTP %3 with its own error page instead of %4: Microsoft's "
                 "service did not answer.")
                  .arg(context.proxyAddress, intermediary)
                  .arg(status)
                  .arg(host)
            : tr("A proxy or gateway (%1) answered HTTP %2 with its own error page instead of %3: "
                 "Microsoft's service did not answer.")
                  .arg(intermediary)
                  .arg(status)
                  .arg(host);
    return Error::make(
        QStringLiteral("net.proxy-error-page"), message,
        tr("Something between this computer and %1 could not reach it, refused the request or gave up "
           "waiting; nothing says that Microsoft's service is at fault.")
            .arg(host),
        tr("Run the check again; if it keeps failing, ask the network team whether %1 is reachable "
           "through the proxy, and check the proxy setting (proxy) of the configuration.")
            .arg(host),
        QStringLiteral("%1 %2: HTTP %3 HTML page from \"%4\" without Microsoft's headers")
            .arg(host, url.path())
            .arg(status)
            .arg(intermediary));
}

QString NetErrors::subjectName(const QSslCertificate &certificate)
{
    const QString name = certificate.subjectDisplayName();
    const QStringList org = certificate.subjectInfo(QSslCertificate::Organization);
    if (!org.isEmpty() && !name.contains(org.first()))
        return QStringLiteral("%1 (%2)").arg(name, org.first());
    return name;
}

QString NetErrors::issuerName(const QSslCertificate &certificate)
{
    const QString name = certificate.issuerDisplayName();
    const QStringList org = certificate.issuerInfo(QSslCertificate::Organization);
    if (!org.isEmpty() && !name.contains(org.first()))
        return QStringLiteral("%1 (%2)").arg(name, org.first());
    return name;
}

Error NetErrors::fromSslErrors(const Context &context)
{
    const QString host = context.url.host();
    QSslCertificate leaf = context.peerCertificateChain.value(0);
    QStringList details;
    bool trust = false;
    bool hostMismatch = false;
    bool expired = false;
    for (const QSslError &error : context.sslErrors) {
        if (leaf.isNull() && !error.certificate().isNull())
            leaf = error.certificate();
        trust = trust || isTrustError(error.error());
        hostMismatch = hostMismatch || error.error() == QSslError::HostNameMismatch;
        expired = expired || error.error() == QSslError::CertificateExpired ||
                  error.error() == QSslError::CertificateNotYetValid;
        details << error.errorString();
    }
    QStringList chain;
    for (const QSslCertificate &certificate : context.peerCertificateChain)
        chain << QStringLiteral("subject=\"%1\" issuer=\"%2\"")
                     .arg(subjectName(certificate), issuerName(certificate));
    const QString detail =
        QStringLiteral("TLS errors for %1: %2; chain: %3; extra CA bundle: %4")
            .arg(host, joinedInfo(details), joinedInfo(chain),
                 context.caBundlePath.isEmpty() ? QStringLiteral("none") : context.caBundlePath);
    const QString subject = leaf.isNull() ? host : subjectName(leaf);
    const QString issuer = leaf.isNull() ? tr("an unknown issuer") : issuerName(leaf);

    if (trust) {
        const QString fix =
            context.caBundlePath.isEmpty()
                ? tr("If your network inspects TLS, ask for the proxy's CA certificate (PEM) and "
                     "set it as the CA bundle (caBundle) in the configuration: it is then trusted for "
                     "this tool's requests only. Otherwise, check that nothing intercepts the connection.")
                : tr("The CA bundle %1 is in use but does not contain this issuer: export the proxy's "
                     "CA certificate (PEM) again and set it as the CA bundle.")
                      .arg(context.caBundlePath);
        return Error::make(
            QStringLiteral("net.tls-untrusted"),
            tr("The connection to %1 is not trusted: its certificate (subject '%2') was issued by '%3', not "
               "by a "
               "public authority this computer trusts.")
                .arg(host, subject, issuer),
            tr("A proxy is probably inspecting TLS traffic and presents its own certificates."), fix, detail);
    }
    if (hostMismatch) {
        return Error::make(
            QStringLiteral("net.tls-host-mismatch"),
            tr("The certificate presented by %1 is for another name (subject '%2', issued by '%3').")
                .arg(host, subject, issuer),
            tr("The address may be wrong, or a proxy or load balancer answers with the wrong certificate."),
            tr("Check the address; if it is right, the certificate of that server must be fixed."), detail);
    }
    if (expired) {
        return Error::make(
            QStringLiteral("net.tls-expired"),
            tr("The certificate presented by %1 (subject '%2', issued by '%3') is expired or not yet "
               "valid.")
                .arg(host, subject, issuer),
            tr("Either the server's certificate has expired, or this computer's clock is wrong."),
            tr("Check the date and time of this computer; otherwise the server's certificate must be "
               "renewed."),
            detail);
    }
    return Error::make(QStringLiteral("net.tls"),
                       tr("The secure connection to %1 failed (certificate subject '%2', issued by '%3').")
                           .arg(host, subject, issuer),
                       tr("The certificate could not be verified: %1.").arg(joinedInfo(details)),
                       tr("Check the certificate of that server, or the proxy between this computer and it."),
                       detail);
}

Error NetErrors::fromReply(QNetworkReply::NetworkError code, const QString &qtMessage, const Context &context)
{
    const QString host = context.url.host();
    const QString detail = QStringLiteral("%1 %2: QNetworkReply error %3 (%4)")
                               .arg(host, context.url.path())
                               .arg(int(code))
                               .arg(qtMessage);

    if (!context.sslErrors.isEmpty())
        return fromSslErrors(context);
    if (context.cancelled) {
        return Error::make(QStringLiteral("net.cancelled"), tr("The request to %1 was cancelled.").arg(host),
                           {}, {}, detail);
    }
    if (context.timedOut || code == QNetworkReply::TimeoutError) {
        return Error::make(
            QStringLiteral("net.timeout"),
            tr("%1 did not answer within %2 seconds.").arg(host).arg(context.timeoutMs / 1000.0),
            tr("The network is slow or a firewall silently drops the connection."),
            tr("Check that this computer can reach %1 (firewall, proxy), then run the check again.")
                .arg(host),
            detail);
    }

    // With an explicit proxy every connection goes to the proxy: a refusal is the proxy's.
    if (context.viaProxy &&
        (code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError))
        code = QNetworkReply::ProxyConnectionRefusedError;

    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(
            QStringLiteral("net.connection-refused"), tr("The connection to %1 was refused.").arg(host),
            tr("Nothing accepts connections at that address and port, or a firewall rejects them."),
            tr("Check the address and port, and the firewall rules for outgoing connections."), detail);
    case QNetworkReply::HostNotFoundError:
        return Error::make(
            QStringLiteral("net.host-not-found"), tr("The host name %1 could not be resolved.").arg(host),
            tr("The name is misspelled, or this computer's DNS cannot resolve external names "
               "(common when only a proxy may reach the internet)."),
            tr("Check the spelling and the DNS settings; if the network requires a proxy, set it "
               "in the system settings or in the configuration (proxy)."),
            detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Error::make(QStringLiteral("net.connection-dropped"),
                           tr("The connection to %1 was closed before an answer arrived.").arg(host),
                           tr("The network dropped the connection, or a proxy or firewall closed it."),
                           tr("Run the check again; if it keeps failing, check the proxy or firewall."),
                           detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(QStringLiteral("net.tls-handshake"),
                           tr("The secure connection to %1 could not be established.").arg(host),
                           tr("The server and this computer found no common TLS version or cipher, or "
                              "something in between broke the handshake."),
                           tr("Check the proxy or firewall between this computer and %1.").arg(host), detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Error::make(
            QStringLiteral("net.proxy-auth-required"),
            tr("The proxy asks for a login (HTTP 407) before it lets the request to %1 through.").arg(host),
            tr("The proxy requires authentication that this tool does not provide."),
            tr("Ask the network team to allow %1 through the proxy without a login for this "
               "computer, or use a proxy that does not require one.")
                .arg(host),
            detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return Error::make(
            QStringLiteral("net.proxy-unreachable"),
            context.proxyAddress.isEmpty()
                ? tr("The proxy could not be used to reach %1.").arg(host)
                : tr("The proxy %1 could not be used to reach %2.").arg(context.proxyAddress, host),
            tr("The proxy refused the connection, could not be found, or did not answer."),
            tr("Check the proxy address and port in the system settings or in the "
               "configuration (proxy)."),
            detail);
    default:
        break;
    }
    return Error::make(QStringLiteral("net.failed"), tr("The request to %1 failed: %2.").arg(host, qtMessage),
                       tr("A network problem prevented the request."),
                       tr("Check the network connection and the proxy settings, then run the check again."),
                       detail);
}

} // namespace flexo
