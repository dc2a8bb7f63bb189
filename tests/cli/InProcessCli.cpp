#include "InProcessCli.h"

#include "cli/CommandLine.h"
#include "common/EnvironmentSecret.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextStream>

namespace flexo::test {

InProcessCli::InProcessCli()
{
    // As main() names the application: the default config path and --version depend on it.
    QCoreApplication::setOrganizationName(QStringLiteral("FlexO"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("flexo.example"));
    QCoreApplication::setApplicationName(QStringLiteral("flexo-teams-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEXO_VERSION));
    // As CliProcess: a developer's secret, browser and display stay out of the run, and so does their
    // keychain (no session bus: a lookup fails at once instead of reaching a real keyring).
    for (const char *name :
         {"FLEXO_CLIENT_SECRET", "BROWSER", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
        unsetEnv(QString::fromLatin1(name));
}

InProcessCli::Outcome InProcessCli::run(const QStringList &arguments, int timeoutMs)
{
    Q_UNUSED(timeoutMs)
    QHash<QString, std::optional<QByteArray>> saved;
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) {
        const QByteArray name = it.key().toLocal8Bit();
        saved.insert(it.key(), qEnvironmentVariableIsSet(name.constData())
                                   ? std::optional<QByteArray>(qgetenv(name.constData()))
                                   : std::nullopt);
        if (it.value())
            qputenv(name.constData(), it.value()->toUtf8());
        else
            qunsetenv(name.constData());
    }

    // Each run reads FLEXO_CLIENT_SECRET afresh, as a new process would.
    EnvironmentSecret::forget();
    Outcome outcome;
    {
        QTextStream out(&outcome.out);
        QTextStream err(&outcome.err);
        QBuffer in(&m_stdin);
        in.open(QIODevice::ReadOnly);
        outcome.exitCode =
            cli::run(QStringList{QStringLiteral("flexo-teams-setup")} + arguments, out, err, &in);
        out.flush();
        err.flush();
    }
    EnvironmentSecret::forget();

    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const QByteArray name = it.key().toLocal8Bit();
        if (it.value())
            qputenv(name.constData(), *it.value());
        else
            qunsetenv(name.constData());
    }
    return outcome;
}

} // namespace flexo::test
