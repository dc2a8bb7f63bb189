#pragma once

#include "FakeCloud.h"
#include "TestConfigs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace flexo::test {

// `scenario` (by default the fake cloud's default one) with the FlexO redirect URIs of
// TestConfigs::forCloud() registered on the app's Web platform, as an admin who set FlexO up would
// have: the redirect-uris check then passes, and a test that wants a URI refused says so itself.
inline QJsonObject scenarioForTestConfigs(QJsonObject scenario = fake::FakeCloud::defaultScenario())
{
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    QJsonArray web =
        app.value(QStringLiteral("redirectUris")).toObject().value(QStringLiteral("web")).toArray();
    for (const QString &uri : TestConfigs::forCloud(QUrl()).redirectUris)
        web.append(uri);
    app.insert(QStringLiteral("redirectUris"), QJsonObject{{QStringLiteral("web"), web}});
    apps.replace(0, app);
    tenant.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, tenant);
    scenario.insert(QStringLiteral("tenants"), tenants);
    return scenario;
}

inline bool loadScenarioForTestConfigs(fake::FakeCloud &cloud)
{
    return cloud.loadScenario(scenarioForTestConfigs());
}

} // namespace flexo::test
