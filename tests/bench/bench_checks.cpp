// Prints the wall time of a full non-interactive run and of a full run with an auto-approved sign-in
// against the fake cloud with added latency on every answer, next to the number of requests the run
// made and the number of round trips that must happen one after the other (the dependency chain).
// A benchmark, not a test: it asserts nothing and is not registered with ctest.
// Run: build/<dir>/tests/bench/bench_checks [LATENCY_MS] [REPEAT]
#include "BrowserSimulator.h"
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/StandardChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const QString kSecret = flexo::fake::defaults::secret;

flexo::ConnectorConfig configFor(const QUrl &cloud)
{
    flexo::ConnectorConfig config;
    config.cloud = flexo::Cloud::Custom;
    config.customLoginBase = cloud;
    config.customGraphBase = cloud;
    config.tenantDomain = flexo::fake::defaults::tenantDomain;
    config.clientId = flexo::fake::defaults::clientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {flexo::fake::defaults::flexoRedirectUri};
    config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    config.proxy = QStringLiteral("none");
    return config;
}

struct Run
{
    qint64 wallMs = 0;
    int requests = 0;
    QString worst;
};

Run runOnce(flexo::fake::FakeCloud &fake, flexo::CheckRunner::Mode mode, const QString &journal)
{
    QNetworkAccessManager network;
    flexo::fake::BrowserSimulator browser;
    flexo::CheckContext context(configFor(fake.baseUrl()), &network);
    context.secret = kSecret;
    context.openBrowser = [&browser](const QUrl &url) { browser.open(url); };
    flexo::CheckRunner runner(context);
    runner.addChecks(flexo::StandardChecks::create());
    // FlexO's own hosts do not exist here: point that check at a closed local port so it answers
    // at once instead of waiting for a DNS time-out that would say nothing about the engine.
    qobject_cast<flexo::FlexoEndpointsCheck *>(runner.check(flexo::CheckId::FlexoEndpoints))
        ->setEndpoints({QUrl(QStringLiteral("https://127.0.0.1:1/teams/oauth/callback"))});
    qobject_cast<flexo::MeetingCreateCheck *>(runner.check(flexo::CheckId::MeetingCreate))
        ->setJournalPath(journal);

    fake.clearRequestLog();
    QEventLoop loop;
    Run run;
    QObject::connect(&runner, &flexo::CheckRunner::finished, &loop,
                     [&](const QList<flexo::CheckResult> &results) {
                         run.worst = flexo::statusName(flexo::worstOf(results));
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    runner.run(mode);
    loop.exec();
    run.wallMs = timer.elapsed();
    run.requests = static_cast<int>(fake.requestLog().size());
    return run;
}

// The longest chain of requests to the cloud that the checks' prerequisites force one after the
// other, from each check's own sequential requests (the loopback callback is local and not counted).
int sequentialRoundTrips(flexo::CheckRunner::Mode mode)
{
    static const QHash<flexo::CheckId, int> ownRoundTrips = {
        {flexo::CheckId::Discovery, 1},     {flexo::CheckId::AppCredentials, 1},
        {flexo::CheckId::SignIn, 2}, // authorize, code redemption
        {flexo::CheckId::Refresh, 1},       {flexo::CheckId::MeetingCreate, 1},
        {flexo::CheckId::MeetingDelete, 2}, // delete, then the get that proves it is gone
    };
    flexo::CheckRunner runner(flexo::CheckContext{});
    runner.addChecks(flexo::StandardChecks::create());
    const QList<flexo::CheckId> selected = runner.idsFor(mode);
    QHash<flexo::CheckId, int> depth;
    int longest = 0;
    for (const flexo::CheckId id : runner.checkIds()) { // in check order: prerequisites come first
        if (!selected.contains(id))
            continue;
        int before = 0;
        for (const flexo::CheckId dependency : runner.graph().prerequisites(id))
            before = std::max(before, depth.value(dependency));
        depth.insert(id, before + ownRoundTrips.value(id));
        longest = std::max(longest, depth.value(id));
    }
    return longest;
}

void report(const char *name, const QList<Run> &runs, int chain, int latencyMs)
{
    QList<qint64> walls;
    for (const Run &run : runs)
        walls << run.wallMs;
    std::sort(walls.begin(), walls.end());
    const qint64 median = walls.at(walls.size() / 2);
    std::printf("%-34s median %6lld ms (min %lld, max %lld) | %2d requests | %d sequential round trips "
                "(%lld ms of added latency) | worst: %s\n",
                name, static_cast<long long>(median), static_cast<long long>(walls.first()),
                static_cast<long long>(walls.last()), runs.first().requests, chain,
                static_cast<long long>(chain) * latencyMs, qPrintable(runs.first().worst));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int latencyMs = args.size() > 1 ? args.at(1).toInt() : 100;
    const int repeat = std::max(1, args.size() > 2 ? args.at(2).toInt() : 5);

    flexo::fake::FakeCloud fake;
    if (!fake.start()) {
        std::fprintf(stderr, "the fake cloud did not start\n");
        return 1;
    }
    fake.loadDefaultScenario();
    fake.setLatency(latencyMs);
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.json"));

    const int nonInteractiveChain = sequentialRoundTrips(flexo::CheckRunner::Mode::NonInteractive);
    const int interactiveChain = sequentialRoundTrips(flexo::CheckRunner::Mode::Interactive);

    QList<Run> plain, interactive;
    for (int i = 0; i < repeat; ++i) {
        plain << runOnce(fake, flexo::CheckRunner::Mode::NonInteractive, journal);
        interactive << runOnce(fake, flexo::CheckRunner::Mode::Interactive, journal);
    }
    std::printf("Fake cloud with %d ms added to every answer, %d runs each:\n", latencyMs, repeat);
    report("non-interactive (up to app-creds)", plain, nonInteractiveChain, latencyMs);
    report("interactive, auto-approved sign-in", interactive, interactiveChain, latencyMs);
    return 0;
}
