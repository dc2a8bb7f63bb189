#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace flexo {

// Starts helper programs (the browser) so that they get nothing of this process but what they need.
class ChildProcess
{
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)

public:
    // Starts `program` (looked up in PATH unless it holds a '/') with `arguments`, detached (it
    // outlives this process and is never waited for), with:
    //  - only `environment` ("NAME=value" entries) as its environment;
    //  - standard input, output and error on /dev/null: it cannot eat a pasted answer, nor write into
    //    a JSON report;
    //  - no other open descriptor of this process (sockets, pipes, files, the keychain's D-Bus).
    // Returns false, with the reason in `error`, when it could not be started.
    static bool startDetached(const QString &program, const QStringList &arguments,
                              const QStringList &environment, QString *error = nullptr);

    // The variables of this process a desktop program needs (display, session bus, locale, paths,
    // proxy), as "NAME=value"; nothing else, so no secret or token given to this tool is passed on.
    [[nodiscard]] static QStringList cleanEnvironment();
};

} // namespace flexo
