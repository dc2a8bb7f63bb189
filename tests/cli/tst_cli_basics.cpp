// The command line without network, in-process: help, usage errors, the refusal of a secret argument,
// `validate`, `export` without the keychain and `import` of broken and hostile files; and, through the
// real executable, that help and version need no display.
#include "CliProcess.h"
#include "InProcessCli.h"
#include "TestConfigs.h"

#include "config/ConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using flexo::test::CliProcess;
using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

class TstCliBasics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();
    void secretArgumentIsRefused_data();
    void secretArgumentIsRefused();
    void validateReportsEachFile();
    void validateExitCodes_data();
    void validateExitCodes();
    void exportWithoutSecretHoldsNoSecret();
    void exportIncludeSecretFromEnvironment();
    void exportIncludeSecretFromStdin();
    void exportIncludeSecretWithoutAnyIsRefused();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void importRefusesInvalidValues();
    void importWritesConfigWithoutSecret();
    void exportRefusesASymlinkedTarget();
    void exportRefusesASharedFolder();
    void exportDropsUnknownSecretKeys();
    void exportRefusesACopyOfTheSecret();
    void importCreatesPrivateFolders();
    void escapeSequencesReachNoTerminal();

private:
    // A valid config file with `extra` merged into its JSON (keys of the top level and of "secret").
    QString writeWithExtraKeys(const QString &name, const QJsonObject &topLevel, const QJsonObject &secret);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeValid(const QString &name, bool includeSecret = false);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliBasics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstCliBasics::writeValid(const QString &name, bool includeSecret)
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secret = TestConfigs::secret;
    const QString file = path(name);
    if (!TestConfigs::write(config, file, includeSecret))
        return {};
    return file;
}

void TstCliBasics::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("diagnose [CONFIG...]");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("Exit codes");
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QStringLiteral("flexo-teams-setup " FLEXO_VERSION);
    QTest::newRow("-v") << QStringLiteral("-v") << QStringLiteral(FLEXO_VERSION);
}

void TstCliBasics::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    CliProcess cli;
    // No platform plugin and no display: a widget application would abort here.
    cli.unsetEnv(QStringLiteral("QT_QPA_PLATFORM"));
    const auto outcome = cli.run({argument});
    QVERIFY2(!outcome.crashed, outcome.err.constData());
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.outText().contains(expected), qPrintable(outcome.outText()));
    QVERIFY(outcome.err.isEmpty());
}

void TstCliBasics::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("diagnose") << QStringLiteral("diagnose") << QStringLiteral("--secret-stdin");
    QTest::newRow("validate") << QStringLiteral("validate") << QStringLiteral("without using the network");
    QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("--include-secret");
    QTest::newRow("import") << QStringLiteral("import") << QStringLiteral("keychain");
}

void TstCliBasics::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const auto outcome = InProcessCli().run({command, QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.outText().contains(expected), qPrintable(outcome.outText()));
}

void TstCliBasics::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << args({"diagnose", "--frobnicate", "x.json"})
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad format") << args({"diagnose", "--format", "pdf", "x.json"}) << QStringLiteral("pdf");
    QTest::newRow("bad timeout") << args({"diagnose", "--timeout", "soon", "x.json"})
                                 << QStringLiteral("--timeout");
    QTest::newRow("zero timeout") << args({"diagnose", "--timeout", "0", "x.json"})
                                  << QStringLiteral("--timeout");
    QTest::newRow("no config saved") << args({"diagnose"}) << QStringLiteral("no saved connector config");
    QTest::newRow("validate nothing") << args({"validate"}) << QStringLiteral("at least one");
    QTest::newRow("export without output") << args({"export", "x.json"}) << QStringLiteral("--output");
    QTest::newRow("export two configs")
        << args({"export", "a.json", "b.json", "--output", "c"}) << QStringLiteral("exactly one");
    QTest::newRow("import nothing") << args({"import"}) << QStringLiteral("exactly one");
    QTest::newRow("stdin secret, empty")
        << args({"diagnose", "--secret-stdin", "x.json"}) << QStringLiteral("standard input");
}

void TstCliBasics::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto outcome = InProcessCli().run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(expected), qPrintable(outcome.errText()));
    QVERIFY(outcome.out.isEmpty());
}

void TstCliBasics::secretArgumentIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = TestConfigs::secret;
    QTest::newRow("--secret VALUE") << (args({"diagnose", "--secret"}) << secret << QStringLiteral("x.json"));
    QTest::newRow("--secret=VALUE") << (args({"diagnose"}) << (QStringLiteral("--secret=") + secret)
                                                           << QStringLiteral("x.json"));
    QTest::newRow("--client-secret=VALUE")
        << (args({"export", "x.json", "--output", "y"}) << (QStringLiteral("--client-secret=") + secret));
    QTest::newRow("import --secret") << (args({"import", "x.json", "--secret"}) << secret);
}

void TstCliBasics::secretArgumentIsRefused()
{
    QFETCH(QStringList, arguments);
    const auto outcome = InProcessCli().run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("--secret-stdin")), qPrintable(outcome.errText()));
    QVERIFY2(outcome.errText().contains(QLatin1String("process list")), qPrintable(outcome.errText()));
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliBasics::validateReportsEachFile()
{
    const QString good = writeValid(QStringLiteral("good.json"));
    QVERIFY(!good.isEmpty());
    flexo::ConnectorConfig wrong = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    wrong.clientId = TestConfigs::tenantId; // the tenant ID pasted as the client ID
    QVERIFY(TestConfigs::write(wrong, path(QStringLiteral("wrong.json"))));

    const auto outcome =
        InProcessCli().run({QStringLiteral("validate"), good, path(QStringLiteral("wrong.json"))});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.outText().contains(good + QStringLiteral(": valid")), qPrintable(outcome.outText()));
    QVERIFY2(outcome.outText().contains(path(QStringLiteral("wrong.json")) + QStringLiteral(": invalid")),
             qPrintable(outcome.outText()));
    QVERIFY2(outcome.outText().contains(QLatin1String("[clientId]")), qPrintable(outcome.outText()));
}

void TstCliBasics::validateExitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid") << args({"good.json"}) << 0;
    QTest::newRow("missing") << args({"missing.json"}) << 2;
    QTest::newRow("not json") << args({"garbage.json"}) << 2;
    QTest::newRow("valid and missing") << args({"good.json", "missing.json"}) << 2;
}

void TstCliBasics::validateExitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QVERIFY(!writeValid(QStringLiteral("good.json")).isEmpty());
    QFile garbage(path(QStringLiteral("garbage.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"format\": \"flexo-teams-connector\", \"version\": ");
    garbage.close();
    QStringList arguments{QStringLiteral("validate")};
    for (const QString &file : files)
        arguments << path(file);
    const auto outcome = InProcessCli().run(arguments);
    QCOMPARE(outcome.exitCode, exitCode);
}

void TstCliBasics::exportWithoutSecretHoldsNoSecret()
{
    // Even a config that carries its secret (an earlier explicit export) is exported without it.
    const QString source = writeValid(QStringLiteral("with-secret.json"), /*includeSecret=*/true);
    QVERIFY(!source.isEmpty());
    const QString target = path(QStringLiteral("export.json"));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 0);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(!data.contains(TestConfigs::secret.toUtf8()));
    QVERIFY(data.contains(TestConfigs::clientId.toUtf8()));
    QVERIFY(flexo::ConfigFile::parse(data, target).ok());
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliBasics::exportIncludeSecretFromEnvironment()
{
    const QString source = writeValid(QStringLiteral("config.json"));
    const QString target = path(QStringLiteral("export.json"));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target,
                                  QStringLiteral("--include-secret")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.errText().contains(QLatin1String("plain text")), qPrintable(outcome.errText()));
    QCOMPARE(QFileInfo(target).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const auto loaded = flexo::ConfigFile::load(target);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().secret, TestConfigs::secret);
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliBasics::exportIncludeSecretFromStdin()
{
    const QString source = writeValid(QStringLiteral("config.json"));
    const QString target = path(QStringLiteral("export.json"));
    InProcessCli cli;
    cli.setStdin("  " + TestConfigs::secret.toUtf8() + "  \r\n");
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target,
                                  QStringLiteral("--include-secret"), QStringLiteral("--secret-stdin")});
    QCOMPARE(outcome.exitCode, 0);
    const auto loaded = flexo::ConfigFile::load(target);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().secret, TestConfigs::secret);
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliBasics::exportIncludeSecretWithoutAnyIsRefused()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(TestConfigs::write(config, path(QStringLiteral("config.json"))));
    const QString target = path(QStringLiteral("export.json"));
    const auto outcome =
        InProcessCli().run({QStringLiteral("export"), path(QStringLiteral("config.json")),
                            QStringLiteral("--output"), target, QStringLiteral("--include-secret")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(!QFileInfo::exists(target));
}

void TstCliBasics::importRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray valid = [] {
        flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
        return flexo::ConfigFile::serialize(config);
    }();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("");
    QTest::newRow("not json") << QByteArray("tenant=stluc\nclient=abc\n") << QStringLiteral("");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("");
    QTest::newRow("array") << QByteArray("[1, 2, 3]") << QStringLiteral("");
    QTest::newRow("other format") << QByteArray(R"({"format": "something-else", "version": 1})")
                                  << QStringLiteral("");
    QTest::newRow("future version") << QByteArray(R"({"format": "flexo-teams-connector", "version": 99})")
                                    << QStringLiteral("");
    QByteArray wrongTypes = valid;
    wrongTypes.replace(QByteArray('"' + TestConfigs::clientId.toUtf8() + '"'), QByteArray("12345"));
    QTest::newRow("wrong types") << wrongTypes << QStringLiteral("");
    QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("");
    QByteArray huge = valid;
    huge.insert(1, "\"padding\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\",");
    QTest::newRow("huge") << huge << QStringLiteral("");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 12) << QStringLiteral("");
}

void TstCliBasics::importRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    const QString source = path(QStringLiteral("incoming.json"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    // An existing config must survive a refused import untouched.
    const QString target = writeValid(QStringLiteral("connector.json"));
    QFile before(target);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    const auto outcome =
        InProcessCli().run({QStringLiteral("import"), source, QStringLiteral("--output"), target}, 30000);
    QVERIFY(!outcome.crashed);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("Nothing was changed")), qPrintable(outcome.errText()));
    QVERIFY(outcome.err.size() < 4096); // a clear message, not the file echoed back
    QFile after(target);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
    QVERIFY(!QFileInfo::exists(flexo::ConfigFile::backupPath(target)));
}

void TstCliBasics::importRefusesInvalidValues()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.clientId = TestConfigs::tenantId;
    QVERIFY(TestConfigs::write(config, path(QStringLiteral("incoming.json"))));
    const QString target = path(QStringLiteral("connector.json"));
    const auto outcome = InProcessCli().run({QStringLiteral("import"), path(QStringLiteral("incoming.json")),
                                             QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.errText().contains(QLatin1String("Nothing was changed")), qPrintable(outcome.errText()));
    QVERIFY(!QFileInfo::exists(target));
}

void TstCliBasics::importWritesConfigWithoutSecret()
{
    const QString source = writeValid(QStringLiteral("incoming.json"));
    // Without --output the config goes where this machine keeps it.
    const auto outcome = InProcessCli().run({QStringLiteral("import"), source});
    QCOMPARE(outcome.exitCode, 0);
    const QString target =
        QDir::homePath() + QStringLiteral("/.config/FlexO/flexo-teams-setup/connector.json");
    QVERIFY2(outcome.outText().contains(target), qPrintable(outcome.outText()));
    const auto loaded = flexo::ConfigFile::load(target);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().clientId, TestConfigs::clientId);
    QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(QFile::remove(target));
}

QString TstCliBasics::writeWithExtraKeys(const QString &name, const QJsonObject &topLevel,
                                         const QJsonObject &secret)
{
    const QString file = writeValid(name);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    for (auto it = topLevel.begin(); it != topLevel.end(); ++it)
        root.insert(it.key(), it.value());
    QJsonObject section = root.value(QStringLiteral("secret")).toObject();
    for (auto it = secret.begin(); it != secret.end(); ++it)
        section.insert(it.key(), it.value());
    root.insert(QStringLiteral("secret"), section);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(QJsonDocument(root).toJson());
    return file;
}

// A link planted where the export goes must not make the tool write the secret into its target.
void TstCliBasics::exportRefusesASymlinkedTarget()
{
    const QString source = writeValid(QStringLiteral("config.json"));
    const QString victim = path(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the victim's own content\n");
    }
    const QString target = path(QStringLiteral("export.json"));
    QVERIFY(QFile::link(victim, target));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target,
                                  QStringLiteral("--include-secret")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("symbolic link")), qPrintable(outcome.errText()));
    QVERIFY(QFileInfo(target).isSymLink());
    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the victim's own content\n"));
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
    // Nothing else was left behind either (no temporary file with the secret).
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(left, (QStringList{QStringLiteral("config.json"), QStringLiteral("export.json"),
                                QStringLiteral("victim.txt")}));
}

void TstCliBasics::exportRefusesASharedFolder()
{
    const QString source = writeValid(QStringLiteral("config.json"));
    const QString shared = path(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    const QString target = shared + QStringLiteral("/export.json");
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target,
                                  QStringLiteral("--include-secret")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("other users")), qPrintable(outcome.errText()));
    QVERIFY(QDir(shared).isEmpty(QDir::Files | QDir::Hidden | QDir::System));
    // Without the secret the file is not private, and the same folder is fine.
    const auto plain =
        InProcessCli().run({QStringLiteral("export"), source, QStringLiteral("--output"), target});
    QCOMPARE(plain.exitCode, 0);
}

// "Value", "clientSecret": a secret under a name this version does not know stays out of an export
// without --include-secret.
void TstCliBasics::exportDropsUnknownSecretKeys()
{
    const QString source = writeWithExtraKeys(
        QStringLiteral("config.json"), {{QStringLiteral("futureSetting"), QStringLiteral("kept")}},
        {{QStringLiteral("Value"), QStringLiteral("Unknown7Q~someone-elses-secret")}});
    QVERIFY(!source.isEmpty());
    const QString target = path(QStringLiteral("export.json"));
    const auto outcome =
        InProcessCli().run({QStringLiteral("export"), source, QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 0);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!exported.value(QStringLiteral("secret")).toObject().contains(QStringLiteral("Value")));
    QCOMPARE(exported.value(QStringLiteral("futureSetting")).toString(), QStringLiteral("kept"));
}

void TstCliBasics::exportRefusesACopyOfTheSecret()
{
    // A top-level key this version does not know, whose value is the secret given to the run.
    const QString source = writeWithExtraKeys(QStringLiteral("config.json"),
                                              {{QStringLiteral("clientSecret"), TestConfigs::secret}}, {});
    QVERIFY(!source.isEmpty());
    const QString target = path(QStringLiteral("export.json"));
    InProcessCli cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto outcome = cli.run({QStringLiteral("export"), source, QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.errText().contains(QLatin1String("clientSecret")), qPrintable(outcome.errText()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!outcome.all().contains(TestConfigs::secret.toUtf8()));
}

void TstCliBasics::importCreatesPrivateFolders()
{
    const QString source = writeValid(QStringLiteral("incoming.json"));
    const QString target = path(QStringLiteral("a/b/c/connector.json"));
    const auto outcome =
        CliProcess().run({QStringLiteral("import"), source, QStringLiteral("--output"), target});
    QCOMPARE(outcome.exitCode, 0);
    for (const QString &folder : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")}) {
        const QFile::Permissions others =
            QFileInfo(path(folder)).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                     QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        QVERIFY2(others == QFile::Permissions(), qPrintable(folder));
    }
}

// A tenant value with an escape sequence (a colour, a window title, an OSC 8 link) is shown, not
// obeyed: no ESC byte reaches the terminal, a report or the log.
void TstCliBasics::escapeSequencesReachNoTerminal()
{
    const QString hostile =
        QStringLiteral("stluc\x1b]0;owned\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\.example");
    const QString source = writeWithExtraKeys(QStringLiteral("hostile.json"), {}, {});
    QVERIFY(!source.isEmpty());
    {
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        in.close();
        QJsonObject tenant = root.value(QStringLiteral("tenant")).toObject();
        tenant.insert(QStringLiteral("domain"), hostile);
        root.insert(QStringLiteral("tenant"), tenant);
        QFile out(source);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(root).toJson());
    }
    const QString report = path(QStringLiteral("report.md"));
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    const auto validate = cli.run({QStringLiteral("validate"), source});
    const auto diagnose =
        cli.run({QStringLiteral("diagnose"), source, QStringLiteral("--timeout"), QStringLiteral("20")});
    const auto markdown = cli.run({QStringLiteral("diagnose"), source, QStringLiteral("--format"),
                                   QStringLiteral("markdown"), QStringLiteral("--output"), report});
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = written.readAll();
    QFile log(QDir::homePath() +
              QStringLiteral("/.local/share/FlexO/flexo-teams-setup/logs/flexo-teams-setup.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logBytes = log.readAll();
    const QList<QPair<QString, QByteArray>> outputs = {{QStringLiteral("validate"), validate.all()},
                                                       {QStringLiteral("diagnose"), diagnose.all()},
                                                       {QStringLiteral("markdown run"), markdown.all()},
                                                       {QStringLiteral("report"), reportBytes},
                                                       {QStringLiteral("log"), logBytes}};
    for (const auto &[what, bytes] : outputs) {
        QVERIFY2(!bytes.isEmpty(), qPrintable(what));
        QVERIFY2(!bytes.contains('\x1b') && !bytes.contains('\x07'),
                 qPrintable(what + QLatin1String(": ") + QString::fromUtf8(bytes)));
    }
    // Shown, visibly: the admin sees that something odd is in the file.
    QVERIFY2(diagnose.all().contains("stluc\\x1b]0;owned"), diagnose.err.constData());
}

QTEST_GUILESS_MAIN(TstCliBasics)
#include "tst_cli_basics.moc"
