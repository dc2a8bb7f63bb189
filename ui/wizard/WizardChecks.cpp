#include "ui/wizard/WizardChecks.h"

#include "checks/CheckRunner.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/SignInCheck.h"
#include "checks/StandardChecks.h"
#include "cloud/CloudCatalog.h"
#include "config/ConfigPaths.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QTimer>

namespace flexo::ui {

namespace {

QString journalPathOr(const QString &journalFile)
{
    return journalFile.isEmpty() ? ConfigPaths::cleanupJournalFile() : journalFile;
}

} // namespace

std::vector<std::unique_ptr<Check>> WizardChecks::create(const QString &journalFile)
{
    std::vector<std::unique_ptr<Check>> checks = StandardChecks::create();
    if (!journalFile.isEmpty()) {
        for (const std::unique_ptr<Check> &check : checks) {
            if (auto *meeting = qobject_cast<MeetingCreateCheck *>(check.get()))
                meeting->setJournalPath(journalFile);
        }
    }
    return checks;
}

QUrl WizardChecks::portalUrl(Cloud cloud)
{
    return CloudCatalog::info(cloud).portal;
}

bool WizardChecks::onlineMeetingsAvailable(Cloud cloud)
{
    return CloudCatalog::info(cloud).onlineMeetingsAvailable;
}

Error WizardChecks::submitPastedAnswer(CheckRunner &runner, const QString &text)
{
    auto *signIn = qobject_cast<SignInCheck *>(runner.check(CheckId::SignIn));
    if (!signIn)
        return Error::make(QStringLiteral("ui.no-sign-in"),
                           SignInCheck::tr("No sign-in is waiting for an answer."));
    return signIn->submitPastedAnswer(text);
}

int WizardChecks::leftoverCount(const QString &journalFile)
{
    const QList<JournalEntry> entries = CleanupJournal(journalPathOr(journalFile)).entries();
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const JournalEntry &e) {
        return e.hasMeeting() || !e.externalId.isEmpty();
    }));
}

QList<QPair<QString, QUrl>> WizardChecks::leftoverMeetings(const QString &journalFile)
{
    QList<QPair<QString, QUrl>> meetings;
    const QList<JournalEntry> entries = CleanupJournal(journalPathOr(journalFile)).entries();
    for (const JournalEntry &entry : entries) {
        if (entry.hasMeeting())
            meetings.append({entry.meetingId, entry.joinWebUrl});
    }
    return meetings;
}

void WizardChecks::deleteLeftovers(CheckRunner &runner, const QString &journalFile, QObject *context,
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
    auto journal = std::make_shared<CleanupJournal>(journalPathOr(journalFile));
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

} // namespace flexo::ui
