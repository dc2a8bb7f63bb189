#pragma once

#include "common/Error.h"
#include "net/NetworkOptions.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace flexo {

// Builds the network stack of the product's own requests from the configuration: the proxy
// (system settings, none, or an explicit one) and the extra CA bundle, which is trusted for these
// requests only (never installed as Qt's default configuration).
class NetworkFactory
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFactory)

public:
    // The options of a config's network settings: its proxy ("" = system, "none", "http://host:port")
    // and its extra CA bundle (a PEM file; "" = none), loaded here.
    [[nodiscard]] static Result<NetworkOptions> options(const QString &proxy, const QString &caBundle);
    [[nodiscard]] static Result<NetworkOptions> parseProxy(const QString &proxy, NetworkOptions options = {});
    [[nodiscard]] static Result<QList<QSslCertificate>> loadCaBundle(const QString &path);

    // A manager whose proxy follows `options`; the caller owns it (through `parent`).
    [[nodiscard]] static QNetworkAccessManager *createManager(const NetworkOptions &options,
                                                              QObject *parent = nullptr);
    static void applyProxy(QNetworkAccessManager *manager, const NetworkOptions &options);

    // The TLS configuration for one request: the system CAs plus the extra ones. Without extra CAs,
    // Qt's default configuration is returned unchanged.
    [[nodiscard]] static QSslConfiguration sslConfiguration(const NetworkOptions &options);
};

} // namespace flexo
