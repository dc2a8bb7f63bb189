#pragma once

#include "checks/CheckRunner.h"
#include "cli/ConfigDiagnosis.h"
#include "cli/DiagnoseOptions.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QObject;

namespace flexo {
class Check;
class SecretStore;
} // namespace flexo

namespace flexo::cli {

// The one place where the command line meets the core's services, so the commands read as the
// steps of a support engineer's task rather than as wiring.
class CoreAdapter
{
public:
    [[nodiscard]] static Result<ConnectorConfig> loadConfig(const QString &path);
    [[nodiscard]] static QString normalizeSecret(const QString &raw);
    // This machine's saved connector config; empty when there is none.
    [[nodiscard]] static QString defaultConfigPath();
    [[nodiscard]] static QString defaultConfigWritePath();
    [[nodiscard]] static QString defaultKeychainService();

    // The nine checks of DESIGN.md §3, fresh for one config.
    [[nodiscard]] static std::vector<std::unique_ptr<Check>> createChecks();
    [[nodiscard]] static QNetworkAccessManager *createNetwork(const ConnectorConfig &config, QObject *parent);
    [[nodiscard]] static SecretStore *createSecretStore(QObject *parent);

    // Opens the sign-in page: $BROWSER when set, else the desktop's browser. False when none started.
    [[nodiscard]] static bool openBrowser(const QUrl &url);
    // Hands an address (or an error page's text) pasted by the person to the sign-in check waiting
    // in `runner`. False when no check there is waiting; `error` says why a waiting one refused it.
    [[nodiscard]] static bool deliverPastedAnswer(CheckRunner &runner, const QString &text, Error *error);

    [[nodiscard]] static QByteArray renderReport(const QList<ConfigDiagnosis> &diagnoses,
                                                 DiagnoseOptions::Format format, bool redactUsers,
                                                 const QStringList &sensitiveValues);
};

} // namespace flexo::cli
