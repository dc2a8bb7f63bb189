#include "cli/CoreAdapter.h"

#include "auth/BrowserOpener.h"
#include "checks/ReportRenderer.h"
#include "checks/SignInCheck.h"
#include "checks/StandardChecks.h"
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
    return StandardChecks::create();
}

QNetworkAccessManager *CoreAdapter::createNetwork(const ConnectorConfig &config, QObject *parent)
{
    const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
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
    auto *signIn = qobject_cast<SignInCheck *>(runner.check(CheckId::SignIn));
    if (!signIn || !signIn->isWaitingForPerson())
        return false;
    *error = signIn->submitPastedAnswer(text);
    return true;
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
