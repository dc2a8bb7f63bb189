// The commands' option parsers on their own, in-process: what each reads from the arguments, without
// opening a file, the keychain or standard input.

#include "cli/DiagnoseCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ValidateCommand.h"

#include <QTextStream>
#include <QtTest>

using namespace flexo::cli;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out << QString::fromUtf8(item);
    return out;
}

// Buffers standing for standard output and standard error.
struct Streams
{
    QString outText;
    QString errText;
    QTextStream out{&outText};
    QTextStream err{&errText};

    QString errors()
    {
        err.flush();
        return errText;
    }
};

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void exportOptions();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void importOptions();
    void importUsageErrors();
    void validateOptions();
    void diagnoseOptions();
    void diagnoseReports_data();
    void diagnoseReports();
    void diagnoseReportErrors_data();
    void diagnoseReportErrors();
    void helpIsNoError();
    void secretArgumentIsRefusedUnechoed_data();
    void secretArgumentIsRefusedUnechoed();
};

void TestCliOptions::exportOptions()
{
    Streams streams;
    ExportOptions options;
    bool helpShown = true;
    QVERIFY(ExportCommand(streams.out, streams.err)
                .parseOptions(args({"export", "connector.json", "--output", "flexo.json", "--include-secret",
                                    "--secret-stdin"}),
                              &options, &helpShown));
    QVERIFY(!helpShown);
    QCOMPARE(options.configPath, QStringLiteral("connector.json"));
    QCOMPARE(options.outputPath, QStringLiteral("flexo.json"));
    QVERIFY(options.includeSecret);
    QVERIFY(options.secretFromStdin);
    QVERIFY(streams.errors().isEmpty());
}

void TestCliOptions::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no config") << args({"export", "--output", "o"}) << QStringLiteral("exactly one");
    QTest::newRow("two configs") << args({"export", "a", "b", "--output", "o"})
                                 << QStringLiteral("exactly one");
    QTest::newRow("no output") << args({"export", "a"}) << QStringLiteral("--output FILE");
    QTest::newRow("empty output") << args({"export", "a", "--output="}) << QStringLiteral("--output FILE");
    QTest::newRow("stdin without include")
        << args({"export", "a", "--output", "o", "--secret-stdin"}) << QStringLiteral("--include-secret");
    QTest::newRow("onto itself") << args({"export", "a.json", "--output", "./a.json"})
                                 << QStringLiteral("replace the config");
}

void TestCliOptions::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    Streams streams;
    ExportOptions options;
    bool helpShown = false;
    QVERIFY(!ExportCommand(streams.out, streams.err).parseOptions(arguments, &options, &helpShown));
    const QString errors = streams.errors();
    QFETCH(QString, expected);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void TestCliOptions::importOptions()
{
    Streams streams;
    ImportOptions options;
    bool helpShown = false;
    QVERIFY(ImportCommand(streams.out, streams.err)
                .parseOptions(args({"import", "flexo.json", "--output", "connector.json"}), &options,
                              &helpShown));
    QCOMPARE(options.sourcePath, QStringLiteral("flexo.json"));
    QCOMPARE(options.outputPath, QStringLiteral("connector.json"));

    // Without --output the command picks this machine's config; the parser leaves it empty.
    ImportOptions defaults;
    QVERIFY(
        ImportCommand(streams.out, streams.err).parseOptions(args({"import", "f"}), &defaults, &helpShown));
    QVERIFY(defaults.outputPath.isEmpty());
}

void TestCliOptions::importUsageErrors()
{
    Streams streams;
    ImportOptions options;
    bool helpShown = false;
    QVERIFY(!ImportCommand(streams.out, streams.err)
                 .parseOptions(args({"import", "a", "b"}), &options, &helpShown));
    QVERIFY(!ImportCommand(streams.out, streams.err).parseOptions(args({"import"}), &options, &helpShown));
    QVERIFY(streams.errors().contains(QStringLiteral("exactly one")));
}

void TestCliOptions::validateOptions()
{
    Streams streams;
    QStringList paths;
    bool helpShown = false;
    QVERIFY(ValidateCommand(streams.out, streams.err)
                .parseOptions(args({"validate", "a.json", "--", "--b.json"}), &paths, &helpShown));
    QCOMPARE(paths, args({"a.json", "--b.json"}));
    QVERIFY(!ValidateCommand(streams.out, streams.err).parseOptions(args({"validate"}), &paths, &helpShown));
    QVERIFY(streams.errors().contains(QStringLiteral("at least one")));
}

void TestCliOptions::diagnoseOptions()
{
    Streams streams;
    DiagnoseOptions options;
    bool helpShown = false;
    QVERIFY(
        DiagnoseCommand(streams.out, streams.err)
            .parseOptions(args({"diagnose", "a.json", "b.json", "--format", "MD", "--timeout", "60",
                                "--parallel", "2", "--interactive", "--redact-users", "--output", "r.md"}),
                          &options, &helpShown));
    QCOMPARE(options.configPaths, args({"a.json", "b.json"}));
    QCOMPARE(options.reports.size(), 1);
    QCOMPARE(options.reports.first().format, flexo::ReportRenderer::Format::Markdown);
    QCOMPARE(options.timeoutSeconds, 60);
    QCOMPARE(options.maxParallel, 2);
    QVERIFY(options.interactive);
    QVERIFY(options.redactUsers);
    QVERIFY(!options.secretFromStdin);
    QCOMPARE(options.reports.first().path, QStringLiteral("r.md"));

    // A time limit given is kept, also for a plugin.
    DiagnoseOptions pluginLimit;
    QVERIFY(DiagnoseCommand(streams.out, streams.err)
                .parseOptions(args({"diagnose", "a.json", "--format", "nagios", "--timeout", "20"}),
                              &pluginLimit, &helpShown));
    QCOMPARE(pluginLimit.timeoutSeconds, 20);

    // --jobs, its earlier name --parallel, and a default that follows the computer within bounds.
    DiagnoseOptions jobs;
    QVERIFY(DiagnoseCommand(streams.out, streams.err)
                .parseOptions(args({"diagnose", "a.json", "--jobs", "16"}), &jobs, &helpShown));
    QCOMPARE(jobs.maxParallel, 16);
    DiagnoseOptions byDefault;
    QVERIFY(DiagnoseCommand(streams.out, streams.err)
                .parseOptions(args({"diagnose", "a.json"}), &byDefault, &helpShown));
    QCOMPARE(byDefault.maxParallel, DiagnoseOptions::defaultJobs());
    QVERIFY(byDefault.maxParallel >= 48 && byDefault.maxParallel <= 128);
    for (const char *refused : {"0", "129", "many"}) {
        DiagnoseOptions wrong;
        QVERIFY(!DiagnoseCommand(streams.out, streams.err)
                     .parseOptions(args({"diagnose", "a.json", "--jobs", refused}), &wrong, &helpShown));
    }
    QVERIFY(streams.errors().contains(QStringLiteral("--jobs needs a number between 1 and 128")));

    // One dash is enough for a long option, also for the one that starts like "-s".
    DiagnoseOptions oneDash;
    QVERIFY(DiagnoseCommand(streams.out, streams.err)
                .parseOptions(args({"diagnose", "a.json", "-secret-stdin"}), &oneDash, &helpShown));
    QVERIFY(oneDash.secretFromStdin);
}

// Each --format goes to the --output in the same place, so one run can leave a monitor's file and a
// person's report that tell of the same checks.
void TestCliOptions::diagnoseReports_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("reports"); // "format>path", path empty for standard output
    QTest::newRow("none: text to standard output") << args({}) << args({"0>"});
    QTest::newRow("one to a file") << args({"--output", "r.txt"}) << args({"0>r.txt"});
    QTest::newRow("plugin") << args({"--format", "nagios"}) << args({"4>"});
    QTest::newRow("two, each with its file")
        << args({"--format", "prometheus", "--output", "f.prom", "--format", "json", "--output", "r.json"})
        << args({"5>f.prom", "1>r.json"});
    QTest::newRow("formats first, files after")
        << args({"--format", "html", "--format", "md", "--output", "r.html", "--output", "r.md"})
        << args({"3>r.html", "2>r.md"});
}

void TestCliOptions::diagnoseReports()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, reports);
    Streams streams;
    DiagnoseOptions options;
    bool helpShown = false;
    QVERIFY(DiagnoseCommand(streams.out, streams.err)
                .parseOptions(args({"diagnose", "a.json"}) + arguments, &options, &helpShown));
    QStringList parsed;
    for (const ReportTarget &report : options.reports)
        parsed << QString::number(static_cast<int>(report.format)) + QLatin1Char('>') + report.path;
    QCOMPARE(parsed, reports);
    QCOMPARE(options.isPlugin(), reports == args({"4>"}));
    // A plugin ends on its own before the monitoring system kills it; other runs have no limit.
    QCOMPARE(options.timeoutSeconds, options.isPlugin() ? 50 : 0);
    QVERIFY(streams.errors().isEmpty());
}

void TestCliOptions::diagnoseReportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("two formats, one file")
        << args({"--format", "json", "--format", "prometheus", "--output", "r.json"})
        << QStringLiteral("Give each report its --output: 2 --format and 1 --output given.");
    QTest::newRow("one format, two files")
        << args({"--output", "a.txt", "--output", "b.txt"})
        << QStringLiteral("Give each report its --output: 1 --format and 2 --output given.");
    QTest::newRow("plugin beside another")
        << args({"--format", "nagios", "--output", "n.txt", "--format", "json", "--output", "r.json"})
        << QStringLiteral("give it alone");
    QTest::newRow("one file twice") << args({"--format", "json", "--output", "r", "--format", "html",
                                             "--output", "./r"})
                                    << QStringLiteral("./r is given twice with --output");
    QTest::newRow("unknown second format")
        << args({"--format", "json", "--output", "r.json", "--format", "xml", "--output", "r.xml"})
        << QStringLiteral("Unknown report format 'xml'");
}

void TestCliOptions::diagnoseReportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    Streams streams;
    DiagnoseOptions options;
    bool helpShown = false;
    QVERIFY(!DiagnoseCommand(streams.out, streams.err)
                 .parseOptions(args({"diagnose", "a.json"}) + arguments, &options, &helpShown));
    QVERIFY2(streams.errors().contains(message), qPrintable(streams.errors()));
}

void TestCliOptions::helpIsNoError()
{
    Streams streams;
    ExportOptions options;
    bool helpShown = false;
    QVERIFY(ExportCommand(streams.out, streams.err)
                .parseOptions(args({"export", "--help"}), &options, &helpShown));
    QVERIFY(helpShown);
    streams.out.flush();
    QVERIFY(streams.outText.contains(QStringLiteral("--include-secret")));
    QVERIFY(streams.errors().isEmpty());
}

void TestCliOptions::secretArgumentIsRefusedUnechoed_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QStringLiteral("Zx81Q~fLexOdemoSecretValue.0123456789-_");
    QTest::newRow("--secret=VALUE") << (args({"export", "a", "--output", "o"})
                                        << QStringLiteral("--secret=") + secret);
    QTest::newRow("--password VALUE") << (args({"export", "a", "--output", "o", "--password"}) << secret);
    QTest::newRow("-s VALUE") << (args({"export", "a", "--output", "o", "-s"}) << secret);
    // Attached as short options take theirs elsewhere (mysql -pPASSWORD); else "Unknown option 'sZx81…'".
    QTest::newRow("-sVALUE") << (args({"export", "a", "--output", "o"}) << QStringLiteral("-s") + secret);
}

void TestCliOptions::secretArgumentIsRefusedUnechoed()
{
    QFETCH(QStringList, arguments);
    Streams streams;
    ExportOptions options;
    bool helpShown = false;
    QVERIFY(!ExportCommand(streams.out, streams.err).parseOptions(arguments, &options, &helpShown));
    const QString errors = streams.errors();
    QVERIFY2(errors.contains(QStringLiteral("--secret-stdin")), qPrintable(errors));
    QVERIFY(!errors.contains(QStringLiteral("Zx81Q~")));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
