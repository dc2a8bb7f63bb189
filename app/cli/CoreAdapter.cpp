#include "cli/CoreAdapter.h"

#include "auth/BrowserOpener.h"
#include "checks/ConfigCheck.h"
// The network checks join the list as the checks module provides them.
#if __has_include("checks/AppCredentialsCheck.h")
#include "checks/AppCredentialsCheck.h"
#include "checks/DiscoveryCheck.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/RefreshCheck.h"
#include "checks/SignInCheck.h"
#define FLEXO_HAVE_NETWORK_CHECKS 1
#endif
#include "checks/ReportRenderer.h"
#include "checks/SecretExpiryCheck.h"
#include "config/ConfigFile.h"
#include "config/ConfigRules.h"
#include "net/NetworkFactory.h"
#include "secrets/KeychainSecretStore.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace flexo::cli {

Result<ConnectorConfig> CoreAdapter::loadConfig(const QString &path)
{
    return ConfigFile::load(path);
}

QString CoreAdapter::normalizeSecret(const QString &raw)
{
    return rules::normalizeSecret(raw);
}

QString CoreAdapter::defaultConfigWritePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/connector.json");
}

QString CoreAdapter::defaultConfigPath()
{
    const QString path = defaultConfigWritePath();
    return QFileInfo::exists(path) ? path : QString();
}

QString CoreAdapter::defaultKeychainService()
{
    return QStringLiteral("flexo-teams-setup");
}

std::vector<std::unique_ptr<Check>> CoreAdapter::createChecks()
{
    std::vector<std::unique_ptr<Check>> checks;
    checks.push_back(std::make_unique<ConfigCheck>());
    checks.push_back(std::make_unique<SecretExpiryCheck>());
#ifdef FLEXO_HAVE_NETWORK_CHECKS
    checks.push_back(std::make_unique<FlexoEndpointsCheck>());
    checks.push_back(std::make_unique<DiscoveryCheck>());
    checks.push_back(std::make_unique<AppCredentialsCheck>());
    auto signIn = std::make_unique<SignInCheck>();
    auto refresh = std::make_unique<RefreshCheck>(signIn.get());
    checks.push_back(std::move(signIn));
    checks.push_back(std::move(refresh));
#endif
    return checks;
}

QNetworkAccessManager *CoreAdapter::createNetwork(const ConnectorConfig &config, QObject *parent)
{
    const Result<NetworkOptions> options = NetworkFactory::optionsFromConfig(config);
    return NetworkFactory::createManager(options.ok() ? options.value() : NetworkOptions{}, parent);
}

SecretStore *CoreAdapter::createSecretStore(QObject *parent)
{
    return new KeychainSecretStore(parent);
}

bool CoreAdapter::openBrowser(const QUrl &url)
{
    return BrowserOpeners::system()(url);
}

bool CoreAdapter::deliverPastedAnswer(CheckRunner &runner, const QString &text, Error *error)
{
#ifdef FLEXO_HAVE_NETWORK_CHECKS
    auto *signIn = qobject_cast<SignInCheck *>(runner.check(QStringLiteral("sign-in")));
    if (!signIn || !signIn->isWaitingForPerson())
        return false;
    *error = signIn->submitPastedAnswer(text);
    return true;
#else
    Q_UNUSED(runner);
    Q_UNUSED(text);
    Q_UNUSED(error);
    return false;
#endif
}

QByteArray CoreAdapter::renderReport(const QList<ConfigDiagnosis> &diagnoses, DiagnoseOptions::Format format,
                                     bool redactUsers, const QStringList &sensitiveValues)
{
    QList<ReportRun> runs;
    runs.reserve(diagnoses.size());
    for (const ConfigDiagnosis &diagnosis : diagnoses)
        runs << diagnosis.toReportRun();
    ReportOptions options;
    options.redactUsers = redactUsers;
    options.sensitiveValues = sensitiveValues;
    ReportRenderer::Format rendererFormat = ReportRenderer::Format::Text;
    switch (format) {
    case DiagnoseOptions::Format::Text:
        rendererFormat = ReportRenderer::Format::Text;
        break;
    case DiagnoseOptions::Format::Json:
        rendererFormat = ReportRenderer::Format::Json;
        break;
    case DiagnoseOptions::Format::Markdown:
        rendererFormat = ReportRenderer::Format::Markdown;
        break;
    case DiagnoseOptions::Format::Html:
        rendererFormat = ReportRenderer::Format::Html;
        break;
    }
    return ReportRenderer::render(rendererFormat, runs, options).toUtf8();
}

} // namespace flexo::cli
