// Runs the meeting probe against a running fake cloud and dies right after the meeting was created,
// before deleting it, like a laptop going to sleep at the worst moment.
// Usage: probe_crash_helper BASE_URL JOURNAL_FILE   (the access token arrives on standard input,
// never as an argument)

#include "cloud/CloudCatalog.h"
#include "graph/CleanupJournal.h"
#include "graph/GraphClient.h"
#include "graph/MeetingProbe.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: probe_crash_helper BASE_URL JOURNAL_FILE < token\n";
        return 2;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QString token = QString::fromLatin1(input.readLine().trimmed());

    const QUrl base(args.at(1));
    const flexo::CloudInfo cloud = flexo::CloudCatalog::custom(base, base).value();
    flexo::NetworkOptions options;
    options.proxyMode = flexo::NetworkOptions::ProxyMode::Direct;
    QNetworkAccessManager manager;
    flexo::NetworkFactory::applyProxy(&manager, options);
    flexo::HttpClient http(&manager, options);
    flexo::GraphClient graph(&http, cloud);
    flexo::CleanupJournal journal(args.at(2));
    flexo::MeetingProbe probe(&graph, &journal);
    QObject::connect(&probe, &flexo::MeetingProbe::meetingCreated, &app, [] { _exit(3); });
    probe.run(token, &app, [](const flexo::MeetingProbeResult &) { _exit(4); });
    return app.exec();
}
