#include "ui/wizard/SetupModel.h"

#include "config/ConfigRules.h"

namespace flexo::ui {

namespace {

const QStringList &onlineChecks()
{
    static const QStringList ids{QStringLiteral("discovery"),      QStringLiteral("app-credentials"),
                                 QStringLiteral("sign-in"),        QStringLiteral("refresh"),
                                 QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")};
    return ids;
}

const QStringList &credentialChecks()
{
    static const QStringList ids{QStringLiteral("app-credentials"), QStringLiteral("sign-in"),
                                 QStringLiteral("refresh"), QStringLiteral("meeting-create"),
                                 QStringLiteral("meeting-delete")};
    return ids;
}

} // namespace

SetupModel::SetupModel(QObject *parent)
    : QObject(parent)
{}

QStringList SetupModel::checkOrder()
{
    return {QStringLiteral("config"),    QStringLiteral("secret-expiry"),   QStringLiteral("flexo-endpoints"),
            QStringLiteral("discovery"), QStringLiteral("app-credentials"), QStringLiteral("sign-in"),
            QStringLiteral("refresh"),   QStringLiteral("meeting-create"),  QStringLiteral("meeting-delete")};
}

void SetupModel::setCloud(Cloud cloud)
{
    if (m_config.cloud == cloud)
        return;
    m_config.cloud = cloud;
    m_config.tenantId.clear();
    touch(onlineChecks());
}

void SetupModel::setCustomBases(const QUrl &loginBase, const QUrl &graphBase)
{
    if (m_config.customLoginBase == loginBase && m_config.customGraphBase == graphBase)
        return;
    m_config.customLoginBase = loginBase;
    m_config.customGraphBase = graphBase;
    if (m_config.cloud == Cloud::Custom)
        m_config.tenantId.clear();
    touch(m_config.cloud == Cloud::Custom ? onlineChecks() : QStringList());
}

void SetupModel::setTenantInput(const QString &tenant)
{
    if (m_tenantInput == tenant)
        return;
    m_tenantInput = tenant;
    const bool isId = rules::isGuid(tenant);
    m_config.tenantId = isId ? tenant : QString();
    m_config.tenantDomain = isId ? QString() : tenant;
    touch(onlineChecks());
}

void SetupModel::setResolvedTenantId(const QString &tenantId)
{
    if (m_config.tenantId == tenantId)
        return;
    m_config.tenantId = tenantId;
    touch({});
}

void SetupModel::setClientId(const QString &clientId)
{
    if (m_config.clientId == clientId)
        return;
    m_config.clientId = clientId;
    touch(credentialChecks());
}

void SetupModel::setSecret(const QString &secret)
{
    if (m_config.secret == secret)
        return;
    m_config.secret = secret;
    m_config.secretHint = secret.left(3);
    touch(credentialChecks());
}

void SetupModel::setSecretExpiry(const QDate &expiry)
{
    if (m_config.secretExpiry == expiry)
        return;
    m_config.secretExpiry = expiry;
    touch({QStringLiteral("secret-expiry")});
}

void SetupModel::setRedirectUris(const QStringList &uris)
{
    if (m_config.redirectUris == uris)
        return;
    m_config.redirectUris = uris;
    touch({QStringLiteral("flexo-endpoints")});
}

void SetupModel::setLifecycleUrl(const QUrl &url)
{
    if (m_config.lifecycleUrl == url)
        return;
    m_config.lifecycleUrl = url;
    touch({QStringLiteral("flexo-endpoints")});
}

void SetupModel::setCaBundle(const QString &path)
{
    if (m_config.caBundle == path)
        return;
    m_config.caBundle = path;
    touch(onlineChecks());
}

void SetupModel::setProxy(const QString &proxy)
{
    if (m_config.proxy == proxy)
        return;
    m_config.proxy = proxy;
    touch(onlineChecks());
}

void SetupModel::setResult(const CheckResult &result)
{
    m_results.insert(result.id, result);
    if (result.id == QLatin1String("discovery") && result.status == CheckStatus::Passed) {
        const QString tenantId = result.facts.value(QStringLiteral("tenantId")).toString();
        if (!tenantId.isEmpty())
            m_config.tenantId = tenantId;
    }
    m_unsaved = true;
    emit resultChanged(result.id);
    emit changed();
}

bool SetupModel::passed(const QString &id) const
{
    const auto it = m_results.constFind(id);
    return it != m_results.constEnd() &&
           (it->status == CheckStatus::Passed || it->status == CheckStatus::Warning);
}

QList<CheckResult> SetupModel::results() const
{
    QList<CheckResult> ordered;
    for (const QString &id : checkOrder()) {
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

void SetupModel::touch(const QStringList &invalidated)
{
    QStringList dropped;
    for (const QString &id : invalidated) {
        if (m_results.remove(id) > 0)
            dropped << id;
    }
    m_unsaved = true;
    if (!invalidated.isEmpty())
        emit resultsInvalidated(invalidated);
    for (const QString &id : std::as_const(dropped))
        emit resultChanged(id);
    emit changed();
}

} // namespace flexo::ui
