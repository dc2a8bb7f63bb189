#include "cloud/KeychainBinding.h"

#include "cloud/CloudCatalog.h"
#include "config/ConfigFile.h"
#include "config/ConfigRules.h"

namespace flexo {

namespace {

QString normalized(const QString &identifier)
{
    return rules::normalizeIdentifier(identifier).toLower();
}

QString explanation()
{
    return KeychainBinding::tr("The keychain entry of a secret is tied to the cloud's sign-in address, the "
                               "tenant ID and the client ID, so that a config file cannot point at another "
                               "connector's secret.");
}

} // namespace

QString KeychainBinding::service()
{
    return QStringLiteral("flexo-teams-setup");
}

Result<QString> KeychainBinding::signInHost(const ConnectorConfig &config)
{
    const Result<CloudInfo> cloud = CloudCatalog::forConfig(config);
    if (!cloud.ok())
        return cloud.error();
    const QUrl login = cloud.value().loginBase;
    const int defaultPort =
        login.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    QString host = login.host(QUrl::EncodeUnicode).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    // Another port on the same host is another server as far as a secret is concerned.
    if (login.port() > 0 && login.port() != defaultPort)
        host += QLatin1Char(':') + QString::number(login.port());
    return host;
}

Result<KeychainEntry> KeychainBinding::entryFor(const ConnectorConfig &config)
{
    const QString tenantId = normalized(config.tenantId);
    if (!rules::isGuid(tenantId)) {
        return Error::make(
            QStringLiteral("secrets.binding-no-tenant-id"),
            tr("The client secret of this config cannot be looked up in the keychain: the config has no "
               "tenant ID (GUID)."),
            explanation(),
            tr("Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET, or save the config again from "
               "the wizard, which finds the tenant ID."),
            QStringLiteral("no tenant GUID in the config"));
    }
    const QString clientId = normalized(config.clientId);
    if (!rules::isGuid(clientId)) {
        return Error::make(
            QStringLiteral("secrets.binding-no-client-id"),
            tr("The client secret of this config cannot be looked up in the keychain: the config has no "
               "valid Application (client) ID."),
            explanation(), tr("Correct the client ID in the config, or save it again from the wizard."),
            QStringLiteral("no client GUID in the config"));
    }
    const Result<QString> host = signInHost(config);
    if (!host.ok())
        return host.error();
    return KeychainEntry{service(), host.value() + QLatin1Char('/') + tenantId + QLatin1Char('/') + clientId};
}

Result<KeychainEntry> KeychainBinding::keptSignInEntryFor(const ConnectorConfig &config)
{
    const Result<KeychainEntry> secret = entryFor(config);
    if (!secret.ok())
        return secret.error();
    return KeychainEntry{secret.value().service, secret.value().key + QStringLiteral("/kept-sign-in")};
}

QList<KeychainEntry> KeychainBinding::legacyEntriesFor(const ConnectorConfig &config)
{
    // The wizard filed "<tenant>/<client>" in lower case, `import` as written in the file, both by the
    // tenant GUID when known and else by the domain.
    QList<KeychainEntry> entries;
    const auto add = [&entries](const QString &tenant, const QString &clientId) {
        const QString tenantTrimmed = rules::normalizeIdentifier(tenant);
        const QString clientTrimmed = rules::normalizeIdentifier(clientId);
        if (tenantTrimmed.isEmpty() || clientTrimmed.isEmpty())
            return;
        const QStringList keys{tenantTrimmed.toLower() + QLatin1Char('/') + clientTrimmed.toLower(),
                               tenant.trimmed() + QLatin1Char('/') + clientId.trimmed()};
        for (const QString &key : keys) {
            const KeychainEntry entry{service(), key};
            if (!entries.contains(entry))
                entries << entry;
        }
    };
    add(config.tenantId, config.clientId);
    add(config.tenantDomain, config.clientId);
    return entries;
}

bool KeychainBinding::mayAdoptLegacyEntries(const ConnectorConfig &config)
{
    return config.cloud != Cloud::Custom;
}

bool KeychainBinding::sameRegistration(const ConnectorConfig &a, const ConnectorConfig &b)
{
    const Result<QString> hostA = signInHost(a);
    const Result<QString> hostB = signInHost(b);
    const QString whereA = hostA.ok() ? hostA.value() : ConfigFile::cloudName(a.cloud);
    const QString whereB = hostB.ok() ? hostB.value() : ConfigFile::cloudName(b.cloud);
    return whereA == whereB && normalized(a.tenant()) == normalized(b.tenant()) &&
           normalized(a.clientId) == normalized(b.clientId);
}

} // namespace flexo
