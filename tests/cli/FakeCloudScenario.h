#pragma once

#include "FakeCloud.h"
#include "TestConfigs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace flexo::test {

// The fake cloud's default scenario with the FlexO redirect URIs of TestConfigs::forCloud() registered
// on the app's Web platform, as an admin who set FlexO up would have: the redirect-uris check then
// passes, and a test that wants a URI refused says so itself.
inline bool loadScenarioForTestConfigs(fake::FakeCloud &cloud)
{
    QJsonObject scenario = fake::FakeCloud::defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    QJsonObject uris = app.value(QStringLiteral("redirectUris")).toObject();
    QJsonArray web = uris.value(QStringLiteral("web")).toArray();
    for (const QString &uri : TestConfigs::forCloud(QUrl()).redirectUris)
        web.append(uri);
    uris.insert(QStringLiteral("web"), web);
    app.insert(QStringLiteral("redirectUris"), uris);
    apps.replace(0, app);
    tenant.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, tenant);
    scenario.insert(QStringLiteral("tenants"), tenants);
    return cloud.loadScenario(scenario);
}

} // namespace flexo::test
