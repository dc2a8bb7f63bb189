#include "cli/CommandLine.h"
#include "common/EnvironmentSecret.h"
#include "common/LogFile.h"
#include "config/ConfigPaths.h"
#include "ui/GuiApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlexO"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("flexo.example"));
    QCoreApplication::setApplicationName(QStringLiteral("flexo-teams-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEXO_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can start another program: FLEXO_CLIENT_SECRET leaves the environment at once.
    [[maybe_unused]] const QString providedSecret = flexo::EnvironmentSecret::take();
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    setApplicationIdentity();
    const bool commandLine = flexo::cli::isCommandLineInvocation(arguments);
    // The log goes to a file an admin can attach to a ticket; a terminal only sees warnings,
    // unless FLEXO_VERBOSE asks for everything.
    const bool verbose = !qEnvironmentVariableIsEmpty("FLEXO_VERBOSE");
    flexo::LogFile::install(flexo::ConfigPaths::logDirectory(), verbose
                                                                    ? flexo::LogFile::Echo::Everything
                                                                    : flexo::LogFile::Echo::WarningsAndAbove);

    // The command line needs no display: it never creates a QApplication.
    if (commandLine) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return flexo::cli::run(QCoreApplication::arguments(), out, err);
    }
    return flexo::ui::runGui(argc, argv, &setApplicationIdentity);
}
