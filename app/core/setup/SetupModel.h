#pragma once

#include "checks/CheckGraph.h"
#include "checks/CheckResult.h"
#include "config/ConnectorConfig.h"

#include <QHash>
#include <QObject>

namespace flexo {

// What the admin has entered and what the checks found, shared by every page of the wizard.
// Typed: pages read and write the config through it, never through QWizard's string fields.
// A change to a value drops the results of the checks that read it and of those after them
// (CheckGraph::affectedBy), so a page never shows "passed" for values that have changed since.
class SetupModel : public QObject
{
    Q_OBJECT

public:
    explicit SetupModel(QObject *parent = nullptr);

    [[nodiscard]] const ConnectorConfig &config() const { return m_config; }

    void setCloud(Cloud cloud);
    void setCustomBases(const QUrl &loginBase, const QUrl &graphBase);
    // What the admin typed: a GUID or a domain. Clears the resolved tenant.
    void setTenantInput(const QString &tenant);
    [[nodiscard]] QString tenantInput() const { return m_tenantInput; }
    void setResolvedTenantId(const QString &tenantId);
    void setClientId(const QString &clientId);
    void setSecret(const QString &secret); // normalized; the hint follows from it
    void setSecretExpiry(const QDate &expiry);
    void setRedirectUris(const QStringList &uris);
    void setLifecycleUrl(const QUrl &url);
    void setCaBundle(const QString &path);
    void setProxy(const QString &proxy);
    // The admin said the app registration in the portal is done (every step ticked, or registered
    // before); a resumed setup starts with it.
    void setAppRegistered(bool registered);
    [[nodiscard]] bool appRegistered() const { return m_appRegistered; }

    // Results of the checks, the latest of each.
    void setResult(const CheckResult &result);
    [[nodiscard]] bool hasResult(CheckId id) const { return m_results.contains(id); }
    [[nodiscard]] CheckResult result(CheckId id) const { return m_results.value(id); }
    [[nodiscard]] bool passed(CheckId id) const;
    [[nodiscard]] QList<CheckResult> results() const; // in check order

    // Whether something was entered since the last save; the wizard asks before closing.
    [[nodiscard]] bool hasUnsavedChanges() const { return m_unsaved; }
    void markSaved(const QString &path);
    // After presets that the admin did not type (the demo's Custom cloud).
    void clearUnsavedChanges() { m_unsaved = false; }
    [[nodiscard]] QString savedPath() const { return m_savedPath; }

signals:
    void changed();
    // The checks whose results were dropped because a value they depended on changed.
    void resultsInvalidated(const QList<flexo::CheckId> &ids);
    void resultChanged(flexo::CheckId id);

private:
    // Something the admin entered changed; `input` names what the checks read of it, if anything.
    void touch(std::optional<ConfigInput> input);

    ConnectorConfig m_config;
    QString m_tenantInput;
    QHash<CheckId, CheckResult> m_results;
    QString m_savedPath;
    bool m_unsaved = false;
    bool m_appRegistered = false;
};

} // namespace flexo
