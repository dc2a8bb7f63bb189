#include "auth/BrowserOpener.h"

#include "common/Logging.h"

#include "common/ChildProcess.h"

#include <QProcess>

namespace flexo {

QStringList BrowserOpeners::commandFor(const QString &browserVariable, const QUrl &url)
{
    QStringList command = QProcess::splitCommand(browserVariable);
    if (command.isEmpty())
        command << QStringLiteral("xdg-open");
    command << url.toString(QUrl::FullyEncoded);
    return command;
}

BrowserOpener BrowserOpeners::system()
{
    return [](const QUrl &url) {
        const QStringList command = commandFor(qEnvironmentVariable("BROWSER"), url);
        // A clean environment, no descriptor of ours, streams on /dev/null: the browser (and all it
        // starts) gets no secret, cannot read a pasted answer and cannot write into a report.
        QString error;
        const bool started = ChildProcess::startDetached(command.first(), command.mid(1),
                                                         ChildProcess::cleanEnvironment(), &error);
        // The URL carries the state and PKCE challenge, not secrets; log the program only anyway.
        if (!started)
            qCWarning(lcAuth) << "Could not start the browser" << command.first() << ":" << error;
        return started;
    };
}

} // namespace flexo
