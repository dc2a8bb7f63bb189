#pragma once

#include "checks/ReportRenderer.h"

#include <QString>
#include <QStringList>

namespace flexo::cli {

// What `diagnose` was asked to do, once the arguments are parsed.
struct DiagnoseOptions
{
    QStringList configPaths;
    bool interactive = false;
    ReportRenderer::Format format = ReportRenderer::Format::Text;
    QString outputPath;     // empty: standard output
    int timeoutSeconds = 0; // 0: no overall time limit
    bool secretFromStdin = false;
    bool redactUsers = false;
    int maxParallel = defaultJobs(); // configs diagnosed at the same time (--jobs)
    bool keepSignIn = false;         // keep the passed test sign-in for runs without a person
    bool forgetSignIn = false;       // remove the kept sign-in of each config; no check runs

    // A diagnosis mostly waits for the network: several per core keep the cores busy, and the cap keeps
    // the number of connections to the identity platform and Graph polite.
    [[nodiscard]] static int defaultJobs();
    static constexpr int maxJobs = 128;
    // Configs of one tenant diagnosed at the same time: one tenant's throttling is not spent at once.
    static constexpr int jobsPerTenant = 4;
};

} // namespace flexo::cli
