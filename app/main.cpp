#include "cli/CommandLine.h"
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
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The command line needs no display: it never creates a QApplication.
    if (flexo::cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return flexo::cli::run(QCoreApplication::arguments(), out, err);
    }
    return flexo::ui::runGui(argc, argv, &setApplicationIdentity);
}
