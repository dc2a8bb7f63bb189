#include "diagnosis/DiagnosisService.h"

#include "checks/MeetingCreateCheck.h"
#include "checks/SignInCheck.h"
#include "checks/StandardChecks.h"
#include "cloud/CloudCatalog.h"
#include "common/Logging.h"
#include "config/ConfigFile.h"
#include "config/ConfigPaths.h"
#include "config/ConfigRules.h"
#include "diagnosis/SecretKeeper.h"
#include "diagnosis/SignInKeeper.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QNetworkAccessManager>

#include <QTimer>
#include <algorithm>

namespace flexo {

DiagnosisService::DiagnosisService(DiagnosisEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    if (m_environment.secrets)
        m_keeper = new SecretKeeper(m_environment.secrets, this);
    if (SecretStore *keptSignIns =
            m_environment.keptSignIns ? m_environment.keptSignIns : m_environment.secrets)
        m_signInKeeper = new SignInKeeper(keptSignIns, this);
}

DiagnosisService::~DiagnosisService() = default;

QString DiagnosisService::journalFile() const
{
    return m_environment.journalFile.isEmpty() ? ConfigPaths::cleanupJournalFile()
                                               : m_environment.journalFile;
}

Result<DiagnosisService::Loaded> DiagnosisService::load(const QString &path)
{
    Result<ConnectorConfig> read = ConfigFile::load(path);
    if (!read.ok())
        return read.error();
    Loaded loaded;
    loaded.config = read.value();
    loaded.fileSecret = rules::normalizeSecret(loaded.config.secret);
    loaded.config.secret.fill(QLatin1Char('\0'));
    loaded.config.secret.clear();
    return loaded;
}

QNetworkAccessManager *DiagnosisService::networkFor(const ConnectorConfig &config)
{
    // A proxy setting the rules refuse makes every check that talks to the network fail with the
    // reason (Check::createHttpClient); the manager itself then uses the system's settings.
    const Result<NetworkOptions> options = NetworkFactory::options(config.proxy, config.caBundle);
    if (m_environment.network) {
        if (options.ok())
            NetworkFactory::applyProxy(m_environment.network, options.value());
        return m_environment.network;
    }
    const int turn = m_nextNetwork++ % std::max(1, m_environment.networksPerProxy);
    QNetworkAccessManager *&network =
        m_networks[config.proxy.trimmed() + QLatin1Char('#') + QString::number(turn)];
    if (!network)
        network = NetworkFactory::createManager(options.ok() ? options.value() : NetworkOptions{}, this);
    return network;
}

std::unique_ptr<CheckRunner> DiagnosisService::createRunner(const ConnectorConfig &config,
                                                            const QString &secret)
{
    CheckContext context(config, networkFor(config));
    context.config.secret.clear();
    context.secret = rules::normalizeSecret(secret);
    context.openBrowser = m_environment.openBrowser;
    context.hostPauses = m_hostPauses;
    if (m_environment.clock)
        context.clock = m_environment.clock;
    auto runner = std::make_unique<CheckRunner>(std::move(context));
    std::vector<std::unique_ptr<Check>> checks = StandardChecks::create();
    for (const std::unique_ptr<Check> &check : checks) {
        if (auto *meeting = qobject_cast<MeetingCreateCheck *>(check.get()))
            meeting->setJournalPath(journalFile());
    }
    runner->addChecks(std::move(checks));
    return runner;
}

Error DiagnosisService::submitPastedAnswer(CheckRunner &runner, const QString &text)
{
    auto *signIn = qobject_cast<SignInCheck *>(runner.check(CheckId::SignIn));
    if (!signIn || !signIn->isWaitingForPerson())
        return Error::make(QStringLiteral("diagnosis.no-sign-in-waiting"),
                           SignInCheck::tr("No sign-in is waiting for an answer."));
    return signIn->submitPastedAnswer(text);
}

bool DiagnosisService::isWaitingForPerson(const CheckRunner &runner)
{
    const auto *signIn = qobject_cast<const SignInCheck *>(runner.check(CheckId::SignIn));
    return signIn && signIn->isWaitingForPerson();
}

QList<JournalEntry> DiagnosisService::leftoverMeetings() const
{
    QList<JournalEntry> meetings;
    const QList<JournalEntry> entries = CleanupJournal(journalFile()).entries();
    for (const JournalEntry &entry : entries) {
        // An entry with only an externalId is a create whose answer was lost: it may be a meeting.
        if (entry.hasMeeting() || !entry.externalId.isEmpty())
            meetings << entry;
    }
    return meetings;
}

void DiagnosisService::deleteLeftovers(const CheckRunner &runner, QObject *context,
                                       std::function<void(bool)> done)
{
    const CheckContext &checkContext = runner.context();
    const Result<CloudInfo> cloud = CloudCatalog::forConfig(checkContext.config);
    const Result<NetworkOptions> options =
        NetworkFactory::options(checkContext.config.proxy, checkContext.config.caBundle);
    const QString token = checkContext.tokens.accessToken;
    if (!cloud.ok() || !options.ok() || token.isEmpty() || !checkContext.network) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(false); });
        return;
    }
    // The pieces live until the cleanup answers, under one holder deleted afterwards.
    auto *holder = new QObject(context);
    auto *http = new HttpClient(checkContext.network, options.value(), nullptr, holder);
    auto *graph = new GraphClient(http, cloud.value(), holder);
    auto journal = std::make_shared<CleanupJournal>(journalFile());
    auto *probe = new MeetingProbe(graph, journal.get(), nullptr, holder);
    probe->setAccount(checkContext.tokens.tenantId.isEmpty() ? checkContext.discovery.tenantId
                                                             : checkContext.tokens.tenantId,
                      checkContext.tokens.userObjectId);
    probe->cleanupLeftovers(token, holder,
                            [holder, journal, done = std::move(done)](const CleanupResult &result) {
                                done(result.allRemoved());
                                holder->deleteLater();
                            });
}

} // namespace flexo
