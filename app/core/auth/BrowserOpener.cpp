#include "auth/BrowserOpener.h"

#include "common/Logging.h"

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
        const bool started = QProcess::startDetached(command.first(), command.mid(1));
        // The URL carries the state and PKCE challenge, not secrets; log the program only anyway.
        if (!started)
            qCWarning(lcAuth) << "Could not start the browser" << command.first();
        return started;
    };
}

} // namespace flexo
