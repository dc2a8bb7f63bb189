#include "setup/SetupModel.h"

#include "config/ConfigRules.h"

namespace flexo {

SetupModel::SetupModel(QObject *parent)
    : QObject(parent)
{}

void SetupModel::setCloud(Cloud cloud)
{
    if (m_config.cloud == cloud)
        return;
    m_config.cloud = cloud;
    m_config.tenantId.clear();
    touch(ConfigInput::Cloud);
}

void SetupModel::setCustomBases(const QUrl &loginBase, const QUrl &graphBase)
{
    if (m_config.customLoginBase == loginBase && m_config.customGraphBase == graphBase)
        return;
    m_config.customLoginBase = loginBase;
    m_config.customGraphBase = graphBase;
    if (m_config.cloud == Cloud::Custom)
        m_config.tenantId.clear();
    if (m_config.cloud == Cloud::Custom)
        touch(ConfigInput::Cloud);
    else
        touch(std::nullopt);
}

void SetupModel::setTenantInput(const QString &tenant)
{
    if (m_tenantInput == tenant)
        return;
    m_tenantInput = tenant;
    const bool isId = rules::isGuid(tenant);
    m_config.tenantId = isId ? tenant : QString();
    m_config.tenantDomain = isId ? QString() : tenant;
    touch(ConfigInput::Tenant);
}

void SetupModel::setResolvedTenantId(const QString &tenantId)
{
    if (m_config.tenantId == tenantId)
        return;
    m_config.tenantId = tenantId;
    touch(std::nullopt);
}

void SetupModel::setClientId(const QString &clientId)
{
    if (m_config.clientId == clientId)
        return;
    m_config.clientId = clientId;
    touch(ConfigInput::ClientId);
}

void SetupModel::setAppRegistered(bool registered)
{
    if (m_appRegistered == registered)
        return;
    m_appRegistered = registered;
    touch(std::nullopt);
}

void SetupModel::setSecret(const QString &secret)
{
    if (m_config.secret == secret)
        return;
    m_config.secret = secret;
    m_config.secretHint = secret.left(3);
    touch(ConfigInput::Secret);
}

void SetupModel::setSecretExpiry(const QDate &expiry)
{
    if (m_config.secretExpiry == expiry)
        return;
    m_config.secretExpiry = expiry;
    touch(ConfigInput::SecretExpiry);
}

void SetupModel::setRedirectUris(const QStringList &uris)
{
    if (m_config.redirectUris == uris)
        return;
    m_config.redirectUris = uris;
    touch(ConfigInput::FlexoAddresses);
}

void SetupModel::setLifecycleUrl(const QUrl &url)
{
    if (m_config.lifecycleUrl == url)
        return;
    m_config.lifecycleUrl = url;
    touch(ConfigInput::FlexoAddresses);
}

void SetupModel::setCaBundle(const QString &path)
{
    if (m_config.caBundle == path)
        return;
    m_config.caBundle = path;
    touch(ConfigInput::Network);
}

void SetupModel::setProxy(const QString &proxy)
{
    if (m_config.proxy == proxy)
        return;
    m_config.proxy = proxy;
    touch(ConfigInput::Network);
}

void SetupModel::setResult(const CheckResult &result)
{
    m_results.insert(result.id, result);
    if (result.id == CheckId::Discovery && result.status == CheckStatus::Passed) {
        const QString tenantId = result.facts.value(QStringLiteral("tenantId")).toString();
        if (!tenantId.isEmpty())
            m_config.tenantId = tenantId;
    }
    m_unsaved = true;
    emit resultChanged(result.id);
    emit changed();
}

bool SetupModel::passed(CheckId id) const
{
    const auto it = m_results.constFind(id);
    return it != m_results.constEnd() &&
           (it->status == CheckStatus::Passed || it->status == CheckStatus::Warning);
}

QList<CheckResult> SetupModel::results() const
{
    QList<CheckResult> ordered;
    const QList<CheckId> order = CheckGraph::standard().ids();
    for (const CheckId id : order) {
        if (m_results.contains(id))
            ordered << m_results.value(id);
    }
    return ordered;
}

void SetupModel::markSaved(const QString &path)
{
    m_savedPath = path;
    m_unsaved = false;
    emit changed();
}

void SetupModel::touch(std::optional<ConfigInput> input)
{
    const QList<CheckId> invalidated = input ? CheckGraph::standard().affectedBy(*input) : QList<CheckId>{};
    QList<CheckId> dropped;
    for (const CheckId id : invalidated) {
        if (m_results.remove(id) > 0)
            dropped << id;
    }
    m_unsaved = true;
    if (!invalidated.isEmpty())
        emit resultsInvalidated(invalidated);
    for (const CheckId id : std::as_const(dropped))
        emit resultChanged(id);
    emit changed();
}

} // namespace flexo
