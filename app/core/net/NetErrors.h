#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace flexo {

// Turns what QNetworkReply reports into an admin's words: which host, what failed, why, what to do.
class NetErrors
{
    Q_DECLARE_TR_FUNCTIONS(NetErrors)

public:
    struct Context
    {
        QUrl url;
        bool timedOut = false;  // our transfer timeout fired (Qt reports it as OperationCanceledError)
        bool cancelled = false; // the caller cancelled
        int timeoutMs = 0;
        QList<QSslError> sslErrors;
        QList<QSslCertificate> peerCertificateChain;
        QString caBundlePath;  // the extra CA bundle in use, if any
        bool viaProxy = false; // a proxy was configured explicitly
        QString proxyAddress;  // "host:port" of that proxy
    };

    // True for failures where no usable HTTP answer exists (as opposed to an HTTP error status).
    [[nodiscard]] static bool isTransportError(QNetworkReply::NetworkError code);

    // True for the failures that happen before any answer and may not happen again: the connection
    // closed or reset before the answer ("net.connection-dropped"), or no answer within the timeout.
    [[nodiscard]] static bool isTransient(const Error &error);

    // "net.proxy-error-page": something between this computer and `url` (a proxy, a gateway) answered
    // `status` with its own error page, named `intermediary`: Microsoft's service did not answer.
    [[nodiscard]] static Error intermediaryPage(const QUrl &url, int status, const QString &intermediary,
                                                const Context &context);

    [[nodiscard]] static Error fromReply(QNetworkReply::NetworkError code, const QString &qtMessage,
                                         const Context &context);
    [[nodiscard]] static Error fromSslErrors(const Context &context);

    // "'CN' (organisation)" for a certificate's subject or issuer.
    [[nodiscard]] static QString subjectName(const QSslCertificate &certificate);
    [[nodiscard]] static QString issuerName(const QSslCertificate &certificate);
};

} // namespace flexo
