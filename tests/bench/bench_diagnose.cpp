// Prints how long `flexo-teams-setup diagnose` takes for 200 configs against the fake cloud with
// 50 ms added to every answer, next to the time for one: a fleet, one tenant per config (each with
// its secret in its file, as an export holds it). A benchmark, not a test: it asserts nothing and is
// not registered with ctest.
// Run: build/<dir>/tests/bench/bench_diagnose [COUNT] [LATENCY_MS] [JOBS...]
// (JOBS: the --jobs values to time the COUNT configs with, 0 for the default; none: the default).
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"
#include "config/ConfigFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

namespace {

QString tenantGuid(int index)
{
    return QStringLiteral("8eaef023-2b34-4da1-9baa-%1").arg(index, 12, 10, QLatin1Char('0'));
}

const QString redirectUri = QStringLiteral("https://127.0.0.1:9/teams/oauth/callback");

// The default scenario with `count` more tenants, each a copy of its first with its own ID and domain,
// whose app has the configs' redirect URI and this tool's own registered: a healthy fleet, not one
// that fails a check.
QJsonObject fleetScenario(int count)
{
    QJsonObject scenario = flexo::fake::FakeCloud::defaultScenarioWithRedirectUris(
        QJsonObject{{QStringLiteral("web"),
                     QJsonArray{redirectUri, QStringLiteral("http://localhost/flexo-teams-setup")}}});
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    const QJsonObject model = tenants.at(0).toObject();
    for (int i = 0; i < count; ++i) {
        QJsonObject tenant = model;
        tenant.insert(QStringLiteral("name"), QStringLiteral("customer%1").arg(i));
        tenant.insert(QStringLiteral("id"), tenantGuid(i));
        tenant.insert(QStringLiteral("domains"),
                      QJsonArray{QStringLiteral("customer%1.onmicrosoft.com").arg(i)});
        tenant.insert(QStringLiteral("users"), QJsonArray{});
        tenants.append(tenant);
    }
    scenario.insert(QStringLiteral("tenants"), tenants);
    return scenario;
}

flexo::ConnectorConfig configFor(const QUrl &cloud, int index)
{
    flexo::ConnectorConfig config;
    config.cloud = flexo::Cloud::Custom;
    config.customLoginBase = cloud;
    config.customGraphBase = cloud;
    config.tenantId = tenantGuid(index);
    config.tenantDomain = QStringLiteral("customer%1.onmicrosoft.com").arg(index);
    config.secret = flexo::fake::defaults::secret;
    config.clientId = flexo::fake::defaults::clientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {redirectUri};
    config.lifecycleUrl = QUrl(QStringLiteral("https://127.0.0.1:9/teams/lifecycle"));
    config.proxy = QStringLiteral("none");
    return config;
}

// Runs the real executable while this process's event loop serves the fake cloud.
// CPU time (user + system) of the finished children so far, in milliseconds.
qint64 childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// CPU time (user + system) of this process (the fake cloud), in milliseconds.
qint64 ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// `report`, when given, receives the JSON report (for one config: why it did not pass).
qint64 timeDiagnose(const QStringList &configs, int jobs, int *exitCode, QString *report = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLEXO_CLIENT_SECRET"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!report)
        process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(
        QStringLiteral(FLEXO_BINARY_DIR "/flexo-teams-setup"),
        QStringList{QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")} +
            (jobs > 0 ? QStringList{QStringLiteral("--jobs"), QString::number(jobs)} : QStringList()) +
            configs);
    if (process.waitForStarted(10000))
        loop.exec();
    const qint64 elapsed = timer.elapsed();
    *exitCode = process.exitCode();
    if (report)
        *report = QString::fromUtf8(process.readAllStandardOutput());
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int latency = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;

    flexo::fake::FakeCloud cloud;
    if (!cloud.start()) {
        out << "The fake cloud did not start: " << cloud.lastError() << '\n';
        return 1;
    }
    QString error;
    if (!cloud.loadScenario(fleetScenario(count), &error)) {
        out << "The fleet scenario was refused: " << error << '\n';
        return 1;
    }
    cloud.setLatency(latency);
    QList<int> jobs;
    for (int i = 3; i < argc; ++i)
        jobs << QString::fromLocal8Bit(argv[i]).toInt();
    if (jobs.isEmpty())
        jobs << 0;

    QTemporaryDir dir;
    QStringList configs;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("customer-%1.json").arg(i, 3, 10, QLatin1Char('0')));
        flexo::SaveOptions withSecret;
        withSecret.includeSecret = true;
        if (flexo::ConfigFile::save(configFor(cloud.baseUrl(), i), path, withSecret)) {
            out << "Could not write " << path << '\n';
            return 1;
        }
        configs << path;
    }

    int oneExit = 0;
    QString oneReport;
    const qint64 one = timeDiagnose(configs.mid(0, 1), 0, &oneExit, &oneReport);
    out << QStringLiteral("diagnose, fake cloud with %1 ms added latency (non-interactive, JSON, a tenant "
                          "per config):\n")
               .arg(latency);
    out << QStringLiteral("  1 config:    %1 ms (exit code %2)\n").arg(one).arg(oneExit);
    const QJsonArray checks = QJsonDocument::fromJson(oneReport.toUtf8())
                                  .object()
                                  .value(QStringLiteral("runs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    for (const QJsonValue &check : checks) {
        const QJsonObject object = check.toObject();
        out << QStringLiteral("    %1: %2 (%3 ms)\n")
                   .arg(object.value(QStringLiteral("id")).toString(),
                        object.value(QStringLiteral("status")).toString())
                   .arg(object.value(QStringLiteral("durationMs")).toInt());
        const QString status = object.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("failed") || status == QLatin1String("warning"))
            out << QStringLiteral("      %1\n").arg(object.value(QStringLiteral("summary")).toString());
    }
    out.flush();
    for (const int jobCount : std::as_const(jobs)) {
        cloud.clearRequestLog();
        int allExit = 0;
        const qint64 cpuBefore = childCpuMs();
        const qint64 fakeBefore = ownCpuMs();
        const qint64 all = timeDiagnose(configs, jobCount, &allExit);
        const qint64 cpu = childCpuMs() - cpuBefore;
        const qint64 fakeCpu = ownCpuMs() - fakeBefore;
        out << QStringLiteral("  %1 configs, --jobs %2: %3 ms (exit code %4), %5 ms per config, %6 x one\n")
                   .arg(count)
                   .arg(jobCount > 0 ? QString::number(jobCount) : QStringLiteral("default"))
                   .arg(all)
                   .arg(allExit)
                   .arg(count > 0 ? all / count : 0)
                   .arg(one > 0 ? double(all) / double(one) : 0.0, 0, 'f', 1);
        out << QStringLiteral("    requests served by the fake: %1; CPU: diagnose %2 ms, fake cloud %3 ms\n")
                   .arg(cloud.requestLog().size())
                   .arg(cpu)
                   .arg(fakeCpu);
        out.flush();
    }
    return 0;
}
