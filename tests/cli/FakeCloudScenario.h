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
    const QJsonObject scenario = fake::FakeCloud::defaultScenario();
    QJsonArray web = scenario.value(QStringLiteral("tenants"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("apps"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("redirectUris"))
                         .toObject()
                         .value(QStringLiteral("web"))
                         .toArray();
    for (const QString &uri : TestConfigs::forCloud(QUrl()).redirectUris)
        web.append(uri);
    return cloud.loadScenario(
        fake::FakeCloud::defaultScenarioWithRedirectUris({{QStringLiteral("web"), web}}));
}

} // namespace flexo::test
