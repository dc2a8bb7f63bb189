// The command line: any list of arguments (separated by NUL bytes in the input, as argv holds them),
// read by the top-level dispatch and by every command's option parser. Nothing runs: the parsers
// open no file, keychain or network.

#include "FuzzSupport.h"

#include "cli/CommandLine.h"
#include "cli/DiagnoseCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ValidateCommand.h"

#include <QTextStream>

using namespace flexo;
using namespace flexo::cli;

namespace {

// Values shaped like a client secret (at least 8 characters with a '~', as "Q~" in Entra's secrets)
// given with an option meant for the secret ("--secret=V", "--secret V", "-sV", ...) before "--", and
// found in no other argument: the program must never echo them.
QStringList secretValues(const QStringList &arguments)
{
    static const QStringList names = {QStringLiteral("--secret"), QStringLiteral("--client-secret"),
                                      QStringLiteral("--password"), QStringLiteral("-s")};
    QStringList values;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        for (const QString &name : names) {
            if (argument == name && i + 1 < arguments.size())
                values << arguments.at(i + 1);
            else if (argument.startsWith(name + QLatin1Char('=')))
                values << argument.mid(name.size() + 1);
            else if (name == QLatin1String("-s") && argument.startsWith(name) && argument.size() > 2 &&
                     !argument.startsWith(QLatin1String("-secret-stdin")))
                values << argument.mid(2); // not the long option --secret-stdin spelled with one dash
        }
    }
    QStringList unique;
    for (const QString &value : std::as_const(values)) {
        if (value.size() < 8 || !value.contains(QLatin1Char('~')))
            continue;
        int holders = 0;
        for (const QString &argument : arguments)
            holders += argument.contains(value) ? 1 : 0;
        if (holders == 1)
            unique << value;
    }
    return unique;
}

struct Streams
{
    QString outText;
    QString errText;
    QTextStream out{&outText};
    QTextStream err{&errText};

    [[nodiscard]] QString all()
    {
        out.flush();
        err.flush();
        return outText + errText;
    }
};

void checkNotEchoed(Streams &streams, const QStringList &secrets)
{
    const QString printed = streams.all();
    for (const QString &secret : secrets)
        FUZZ_CHECK(!printed.contains(secret));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("flexo-teams-setup")};
    if (size > 0) {
        for (const QByteArray &argument : fuzz::bytes(data, size).split('\0'))
            arguments << QString::fromLocal8Bit(argument);
    }
    (void)isCommandLineInvocation(arguments);
    const QStringList commandArguments = arguments.mid(1);
    const QStringList secrets = secretValues(arguments);
    bool helpShown = false;
    {
        Streams streams;
        DiagnoseOptions options;
        if (DiagnoseCommand(streams.out, streams.err).parseOptions(commandArguments, &options, &helpShown) &&
            !helpShown) {
            FUZZ_CHECK(!options.configPaths.isEmpty());
            FUZZ_CHECK(options.maxParallel >= 1 && options.maxParallel <= DiagnoseOptions::maxJobs);
            FUZZ_CHECK(options.timeoutSeconds >= 0 && options.timeoutSeconds <= 24 * 3600);
        }
        checkNotEchoed(streams, secrets);
    }
    {
        Streams streams;
        QStringList paths;
        if (ValidateCommand(streams.out, streams.err).parseOptions(commandArguments, &paths, &helpShown) &&
            !helpShown)
            FUZZ_CHECK(!paths.isEmpty());
        checkNotEchoed(streams, secrets);
    }
    {
        Streams streams;
        ExportOptions options;
        if (ExportCommand(streams.out, streams.err).parseOptions(commandArguments, &options, &helpShown) &&
            !helpShown) {
            FUZZ_CHECK(!options.outputPath.isEmpty());
            FUZZ_CHECK(options.includeSecret || !options.secretFromStdin);
        }
        checkNotEchoed(streams, secrets);
    }
    {
        Streams streams;
        ImportOptions options;
        (void)ImportCommand(streams.out, streams.err).parseOptions(commandArguments, &options, &helpShown);
        checkNotEchoed(streams, secrets);
    }
    return 0;
}
