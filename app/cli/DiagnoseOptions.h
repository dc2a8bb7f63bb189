#pragma once

#include "checks/ReportRenderer.h"

#include <QString>
#include <QStringList>

namespace flexo::cli {

// One report of a run: a format and where it goes.
struct ReportTarget
{
    ReportRenderer::Format format = ReportRenderer::Format::Text;
    QString path; // empty: standard output
};

// What `diagnose` was asked to do, once the arguments are parsed.
struct DiagnoseOptions
{
    QStringList configPaths;
    bool interactive = false;
    // At least one. Several (each --format with its --output) come from the same run: a monitor's
    // files never describe two different runs, and a probe meeting is made once.
    QList<ReportTarget> reports{ReportTarget{}};
    int timeoutSeconds = 0; // 0: no overall time limit
    bool secretFromStdin = false;
    bool redactUsers = false;
    int maxParallel = defaultJobs(); // configs diagnosed at the same time (--jobs)
    bool keepSignIn = false;         // keep the passed test sign-in for runs without a person
    bool forgetSignIn = false;       // remove the kept sign-in of each config; no check runs

    // A diagnosis mostly waits for the network: several per core keep the cores busy, and the cap keeps
    // the number of connections to the identity platform and Graph polite.
    [[nodiscard]] static int defaultJobs();
    // Its only report is a monitoring plugin's status line, and its exit code the plugin's state.
    [[nodiscard]] bool isPlugin() const;
    // A report is read by a program: nothing else may be mixed into the terminal.
    [[nodiscard]] bool hasMachineReport() const;
    static constexpr int maxJobs = 128;
    // Configs of one tenant diagnosed at the same time: one tenant's throttling is not spent at once.
    static constexpr int jobsPerTenant = 4;
    // --timeout of a Nagios run that gives none: below the 60 s monitoring systems allow a check.
    static constexpr int pluginTimeoutSeconds = 50;
};

} // namespace flexo::cli
