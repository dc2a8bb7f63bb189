// Prints how long `flexo-teams-setup diagnose` takes for 200 configs against the fake cloud with
// 50 ms added to every answer, next to the time for one. A benchmark, not a test: it asserts nothing
// and is not registered with ctest. Run: build/<dir>/tests/bench/bench_diagnose [COUNT] [LATENCY_MS]
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"
#include "config/ConfigFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

flexo::ConnectorConfig configFor(const QUrl &cloud)
{
    flexo::ConnectorConfig config;
    config.cloud = flexo::Cloud::Custom;
    config.customLoginBase = cloud;
    config.customGraphBase = cloud;
    config.tenantId = flexo::fake::defaults::tenantId;
    config.tenantDomain = flexo::fake::defaults::tenantDomain;
    config.clientId = flexo::fake::defaults::clientId;
    config.secretExpiry = QDate(2027, 6, 30);
    config.secretHint = QStringLiteral("Zx8");
    config.redirectUris = {QStringLiteral("https://127.0.0.1:9/teams/oauth/callback")};
    config.lifecycleUrl = QUrl(QStringLiteral("https://127.0.0.1:9/teams/lifecycle"));
    config.proxy = QStringLiteral("none");
    return config;
}

// Runs the real executable while this process's event loop serves the fake cloud.
qint64 timeDiagnose(const QStringList &configs, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEXO_CLIENT_SECRET"), flexo::fake::defaults::secret);
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(
        QStringLiteral(FLEXO_BINARY_DIR "/flexo-teams-setup"),
        QStringList{QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")} +
            configs);
    if (process.waitForStarted(10000))
        loop.exec();
    *exitCode = process.exitCode();
    return timer.elapsed();
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
    cloud.loadDefaultScenario();
    cloud.setLatency(latency);

    QTemporaryDir dir;
    QStringList configs;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("customer-%1.json").arg(i, 3, 10, QLatin1Char('0')));
        if (flexo::ConfigFile::save(configFor(cloud.baseUrl()), path)) {
            out << "Could not write " << path << '\n';
            return 1;
        }
        configs << path;
    }

    int oneExit = 0;
    int allExit = 0;
    const qint64 one = timeDiagnose(configs.mid(0, 1), &oneExit);
    const qint64 all = timeDiagnose(configs, &allExit);
    out << QStringLiteral("diagnose, fake cloud with %1 ms added latency (non-interactive, JSON):\n")
               .arg(latency);
    out << QStringLiteral("  1 config:    %1 ms (exit code %2)\n").arg(one).arg(oneExit);
    out << QStringLiteral("  %1 configs: %2 ms (exit code %3), %4 ms per config\n")
               .arg(count)
               .arg(all)
               .arg(allExit)
               .arg(count > 0 ? all / count : 0);
    out << QStringLiteral("  requests served by the fake: %1\n").arg(cloud.requestLog().size());
    return 0;
}
