// flexo-fake-cloud: the fake Microsoft cloud as a process, for the sandbox demo and manual tests.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "FakeCloud.h"

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication *)
{
    // Elsewhere the default handlers end the process, which is all the demo needs.
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flexo-fake-cloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEXO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local imitation of Microsoft Entra ID (v2.0 endpoints) and Microsoft Graph online meetings, for "
        "tests "
        "and the FlexO sandbox demo. It listens on 127.0.0.1 only; sign-in paths and Graph paths share one "
        "base "
        "URL. Stop it with Ctrl+C or SIGTERM. Control API under /_fake/ (see tests/support/README.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Load tenants, apps and users from <file> (JSON). Default: "
                       "the built-in scenario (tests/data/scenarios/default.json)."),
        QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Listen on 127.0.0.1:<port>. Default 0: a free port."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tls(
        QStringLiteral("tls"), QStringLiteral("Serve https with a test CA generated at start; prints the CA "
                                              "certificate file to trust."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer by <ms> milliseconds."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption endpointCloud(
        QStringLiteral("cloud"),
        QStringLiteral("The sign-in service the endpoints stand for: Global (default), USGov or China. "
                       "Tenants of another cloud answer as at a foreign cloud's endpoints."),
        QStringLiteral("service"));
    parser.addOptions({scenario, port, tls, latency, endpointCloud});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    bool latencyOk = false;
    const int latencyValue = parser.value(latency).toInt(&latencyOk);
    if (!portOk || portValue > 65535 || !latencyOk || latencyValue < 0) {
        err << "flexo-fake-cloud: --port needs 0..65535 and --latency a number of milliseconds\n";
        return 2;
    }

    quitOnSignals(&app); // before the listening line: a caller may stop it right after reading it
    flexo::fake::FakeCloud cloud;
    if (parser.isSet(scenario)) {
        QString error;
        if (!cloud.loadScenarioFile(parser.value(scenario), &error)) {
            err << "flexo-fake-cloud: " << error << '\n';
            return 2;
        }
    }
    if (parser.isSet(endpointCloud) && !cloud.setEndpointCloud(parser.value(endpointCloud))) {
        err << "flexo-fake-cloud: --cloud needs Global, USGov or China\n";
        return 2;
    }
    cloud.setLatency(latencyValue);
    flexo::fake::FakeCloud::Options options;
    options.tls = parser.isSet(tls);
    options.port = quint16(portValue);
    if (!cloud.start(options)) {
        err << "flexo-fake-cloud: " << cloud.lastError() << '\n';
        return 1;
    }
    out << "FlexO fake cloud listening on " << cloud.baseUrl().toString() << '\n';
    if (options.tls)
        out << "Test CA certificate (trust it to use https): " << cloud.caFile() << '\n';
    out.flush();
    return app.exec();
}
