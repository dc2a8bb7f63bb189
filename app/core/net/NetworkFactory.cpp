#include "net/NetworkFactory.h"

#include "common/AddressRules.h"
#include "common/Logging.h"
#include "net/NetworkPolicy.h"
#include "net/SystemProxyFactory.h"

#include <QFile>
#include <QFileInfo>

namespace flexo {

Result<NetworkOptions> NetworkFactory::options(const QString &proxy, const QString &caBundle)
{
    Result<NetworkOptions> withProxy = parseProxy(proxy);
    if (!withProxy.ok())
        return withProxy;
    NetworkOptions options = withProxy.value();
    const QString bundlePath = caBundle.trimmed();
    if (!bundlePath.isEmpty()) {
        const Result<QList<QSslCertificate>> bundle = loadCaBundle(bundlePath);
        if (!bundle.ok())
            return bundle.error();
        options.caBundlePath = bundlePath;
        options.extraCaCertificates = bundle.value();
    }
    return options;
}

Result<NetworkOptions> NetworkFactory::parseProxy(const QString &proxy, NetworkOptions options)
{
    const address::ProxySetting setting = address::parseProxy(proxy);
    switch (setting.kind) {
    case address::ProxySetting::Kind::System:
        options.proxyMode = NetworkOptions::ProxyMode::System;
        return options;
    case address::ProxySetting::Kind::Direct:
        options.proxyMode = NetworkOptions::ProxyMode::Direct;
        return options;
    case address::ProxySetting::Kind::Http:
        options.proxyMode = NetworkOptions::ProxyMode::Explicit;
        options.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, setting.host, setting.port);
        return options;
    case address::ProxySetting::Kind::Invalid:
        break;
    }
    const QString value = proxy.trimmed();
    return Error::make(
        QStringLiteral("net.proxy-invalid"), tr("The proxy setting \"%1\" is not understood.").arg(value),
        tr("The proxy must be written as http://host:port."),
        tr("Correct the proxy in the configuration: leave it empty to use the system settings, "
           "write \"none\" to connect directly, or http://host:port."),
        QStringLiteral("invalid proxy setting: %1").arg(value));
}

Result<QList<QSslCertificate>> NetworkFactory::loadCaBundle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            QStringLiteral("net.ca-bundle-unreadable"), tr("The CA bundle %1 cannot be read.").arg(path),
            tr("The file does not exist or this user may not read it (%1).").arg(file.errorString()),
            tr("Check the path of the CA bundle (caBundle) in the configuration."),
            QStringLiteral("cannot open CA bundle %1: %2").arg(path, file.errorString()));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return Error::make(
            QStringLiteral("net.ca-bundle-empty"), tr("The CA bundle %1 holds no certificate.").arg(path),
            tr("The file must contain PEM certificates (-----BEGIN CERTIFICATE-----)."),
            tr("Export the proxy's CA certificate in PEM (Base-64) format and point the CA bundle "
               "(caBundle) at that file."),
            QStringLiteral("no PEM certificate in %1").arg(path));
    }
    return certificates;
}

QNetworkAccessManager *NetworkFactory::createManager(const NetworkOptions &options, QObject *parent)
{
    auto *manager = new QNetworkAccessManager(parent);
    NetworkPolicy::apply(manager);
    applyProxy(manager, options);
    return manager;
}

void NetworkFactory::applyProxy(QNetworkAccessManager *manager, const NetworkOptions &options)
{
    switch (options.proxyMode) {
    case NetworkOptions::ProxyMode::System:
        manager->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
        break;
    case NetworkOptions::ProxyMode::Direct:
        manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case NetworkOptions::ProxyMode::Explicit:
        manager->setProxy(options.proxy);
        break;
    }
}

QSslConfiguration NetworkFactory::sslConfiguration(const NetworkOptions &options)
{
    // Read once per process: every check of every config of a fleet builds a client, and asking Qt
    // for its default cost more than the rest of building one. Nothing here changes Qt's default.
    static const QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
    QSslConfiguration configuration = defaults;
    if (options.extraCaCertificates.isEmpty())
        return configuration;
    // Setting CAs turns off Qt's on-demand loading of the system roots, so they are listed explicitly.
    static const QList<QSslCertificate> systemRoots = QSslConfiguration::systemCaCertificates();
    configuration.setCaCertificates(systemRoots + options.extraCaCertificates);
    return configuration;
}

} // namespace flexo
