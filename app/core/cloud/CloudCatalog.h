#pragma once

#include "cloud/CloudInfo.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QCoreApplication>
#include <QList>

namespace flexo {

// The Microsoft clouds the connector can live in: the one place for their names as people read them,
// their sign-in, Graph and portal hosts, and what they offer. Their names in the config file are
// ConfigFile::cloudName().
class CloudCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CloudCatalog)

public:
    // The built-in clouds; for Cloud::Custom the base URLs are empty (see forConfig).
    [[nodiscard]] static CloudInfo info(Cloud cloud);
    // Global, GCC High, DoD, China, Custom: the order shown to the admin.
    [[nodiscard]] static QList<CloudInfo> all();
    [[nodiscard]] static Cloud fromId(const QString &id, bool *ok = nullptr);

    // The cloud of a configuration; for Custom, its base URLs after checking them.
    [[nodiscard]] static Result<CloudInfo> forConfig(const ConnectorConfig &config);
    [[nodiscard]] static Result<CloudInfo> custom(const QUrl &loginBase, const QUrl &graphBase);
    // A Custom base URL, by rules::checkCustomBaseUrl(): absolute, https, or http for a server on this
    // computer only. `which` names it in the message ("sign-in", "Graph").
    [[nodiscard]] static Error checkCustomBase(const QUrl &url, const QString &which);

    // "cloud.meetings-not-available": what the meeting checks report in a cloud without them.
    [[nodiscard]] static Error meetingsNotAvailable(const CloudInfo &cloud);
};

} // namespace flexo
