// Runs the meeting probe against a running fake cloud and dies at a chosen moment, like a laptop
// going to sleep or a process being killed at the worst time.
// Usage: probe_crash_helper BASE_URL JOURNAL_FILE TENANT_ID USER_OBJECT_ID MODE
//   MODE after-journal: dies once the journal entry is written, before the create is sent (exit 5)
//        after-create:  dies right after the meeting was created, before deleting it (exit 3)
//        run:           runs on; the test kills it (exit 4 if the probe ends first)
// The access token arrives on standard input, never as an argument.

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
    const QStringList modes{QStringLiteral("after-journal"), QStringLiteral("after-create"),
                            QStringLiteral("run")};
    if (args.size() != 6 || !modes.contains(args.at(5))) {
        QTextStream(stderr) << "usage: probe_crash_helper BASE_URL JOURNAL_FILE TENANT_ID USER_OBJECT_ID "
                               "after-journal|after-create|run < token\n";
        return 2;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QString token = QString::fromLatin1(input.readLine().trimmed());
    const QString mode = args.at(5);

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
    probe.setAccount(args.at(3), args.at(4));
    if (mode == QLatin1String("after-create"))
        QObject::connect(&probe, &flexo::MeetingProbe::meetingCreated, &app, [] { _exit(3); });
    probe.run(token, &app, [](const flexo::MeetingProbeResult &) { _exit(4); });
    // run() writes the journal entry at once and sends the create from the event loop.
    if (mode == QLatin1String("after-journal"))
        _exit(5);
    return app.exec();
}
