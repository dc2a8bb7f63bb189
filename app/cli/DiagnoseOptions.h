#pragma once

#include <QString>
#include <QStringList>

namespace flexo::cli {

// What `diagnose` was asked to do, once the arguments are parsed.
struct DiagnoseOptions
{
    enum class Format { Text, Json, Markdown, Html };

    QStringList configPaths;
    bool interactive = false;
    Format format = Format::Text;
    QString outputPath;     // empty: standard output
    int timeoutSeconds = 0; // 0: no overall time limit
    bool secretFromStdin = false;
    bool redactUsers = false;
    int maxParallel = 8; // configs diagnosed at the same time
};

} // namespace flexo::cli
