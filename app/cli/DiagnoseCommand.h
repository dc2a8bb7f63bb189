#pragma once

#include "cli/Command.h"
#include "cli/DiagnoseOptions.h"
#include "diagnosis/ConfigDiagnosis.h"

#include <QCoreApplication>
#include <QObject>

namespace flexo::cli {

// `diagnose [CONFIG...]`: runs the checks of each config and prints a report (and, for several
// configs, a summary table). Exit code 0 all passed, 1 a check failed, 2 usage or unreadable config,
// 3 interrupted or timed out, 4 nothing failed but not everything could be checked.
class DiagnoseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::DiagnoseCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("diagnose"); }
    [[nodiscard]] QString description() const override;
    int execute(const QStringList &arguments) override;

    // The exit code for a finished run.
    [[nodiscard]] static int exitCodeFor(const QList<ConfigDiagnosis> &diagnoses, bool stopped);

    // Reads the arguments only: nothing is opened or run (without CONFIG, this machine's config is
    // looked for). Returns false after printing a usage error, or true with `helpShown` set when --help
    // was asked.
    bool parseOptions(const QStringList &arguments, DiagnoseOptions *options, bool *helpShown);
    // True when the arguments ask for the Nagios format, read before they are parsed: even a usage
    // error must then end with the plugin's exit code.
    [[nodiscard]] static bool asksForPlugin(const QStringList &arguments);
    // False, after a usage error, when the configs are not all one app registration.
    bool givenSecretFitsEveryConfig(const QStringList &paths);

private:
    // Pairs each --format with its --output; false after a usage error.
    bool parseReports(const QStringList &formats, const QStringList &outputs, QList<ReportTarget> *reports);
};

} // namespace flexo::cli
