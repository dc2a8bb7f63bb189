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
    int maxParallel = 8;       // configs diagnosed at the same time
    bool keepSignIn = false;   // keep the passed test sign-in for runs without a person
    bool forgetSignIn = false; // remove the kept sign-in of each config; no check runs
};

} // namespace flexo::cli
