// The daily check's systemd user units: installed under lib/systemd/user with the program's path,
// accepted by systemd-analyze verify, and running `diagnose` with options the program has, writing
// a Prometheus file and a JSON report in the state folder, once a day, never all computers at once.
#include "CliHelp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The values of `key` in the unit's text, in order.
QStringList values(const QString &unit, const QString &key)
{
    QStringList found;
    const QStringList lines = unit.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            found << line.mid(key.size() + 1);
    }
    return found;
}

} // namespace

class TestSystemdUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installedAsUserUnits();
    void verifiedBySystemd();
    void serviceRunsDiagnoseIntoTheStateFolder();
    void timerRunsDailyAndSpreadsTheLoad();

private:
    QTemporaryDir m_prefix;
    QString m_service;
    QString m_timer;
};

void TestSystemdUnits::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    // Installed as the package installs it, under a prefix of the test's own.
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(FLEXO_BINARY_DIR),
                                            QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    m_service = m_prefix.filePath(QStringLiteral("lib/systemd/user/flexo-teams-monitor.service"));
    m_timer = m_prefix.filePath(QStringLiteral("lib/systemd/user/flexo-teams-monitor.timer"));
}

void TestSystemdUnits::installedAsUserUnits()
{
    QVERIFY2(QFile::exists(m_service), qPrintable(m_service));
    QVERIFY2(QFile::exists(m_timer), qPrintable(m_timer));
    const QStringList commands = values(readFile(m_service), QStringLiteral("ExecStart"));
    QCOMPARE(commands.size(), 1);
    for (const QString &command : commands)
        QVERIFY2(command.startsWith(m_prefix.filePath(QStringLiteral("bin/flexo-teams-setup diagnose "))),
                 qPrintable(command));
}

void TestSystemdUnits::verifiedBySystemd()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcess verify;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("SYSTEMD_LOG_COLOR"), QStringLiteral("0"));
    verify.setProcessEnvironment(env);
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), QStringLiteral("--user"),
                                                     QStringLiteral("--man=no"), m_service, m_timer});
    QVERIFY(verify.waitForFinished(60000));
    const QString output = QString::fromUtf8(verify.readAll());
    QVERIFY2(verify.exitCode() == 0, qPrintable(output));
    // A unit systemd would run differently from what it says (unknown key, bad value) is a warning here.
    static const QRegularExpression ourUnit(QStringLiteral("flexo-teams-monitor\\.(service|timer)"));
    QVERIFY2(!ourUnit.match(output).hasMatch(), qPrintable(output));
}

void TestSystemdUnits::serviceRunsDiagnoseIntoTheStateFolder()
{
    const QString service = readFile(m_service);
    QCOMPARE(values(service, QStringLiteral("Type")), QStringList{QStringLiteral("oneshot")});
    QCOMPARE(values(service, QStringLiteral("StateDirectory")),
             QStringList{QStringLiteral("flexo-teams-setup")});
    // A failed check and an incomplete run are results the files report; only a run that could not
    // happen fails the unit.
    QCOMPARE(values(service, QStringLiteral("SuccessExitStatus")), QStringList{QStringLiteral("1 4")});
    const QStringList commands = values(service, QStringLiteral("ExecStart"));
    // One run writes both files, so they tell of the same checks.
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands.at(0).contains(QLatin1String(
                 "--format prometheus --output %S/flexo-teams-setup/flexo-teams.prom --format json --output "
                 "%S/flexo-teams-setup/report.json $FLEXO_TEAMS_CONFIGS")),
             qPrintable(commands.at(0)));
    // Every option the units pass is one the program has.
    const QSet<QString> options =
        CliHelp::fromProgram(QStringLiteral(FLEXO_PROGRAM)).commandOptions(QStringLiteral("diagnose"));
    QVERIFY(!options.isEmpty());
    static const QRegularExpression option(QStringLiteral("(?<=\\s)--[a-z-]+"));
    for (const QString &command : commands) {
        auto it = option.globalMatch(command);
        while (it.hasNext()) {
            const QString name = it.next().captured();
            QVERIFY2(options.contains(name), qPrintable(name));
        }
    }

    // The command as systemd would run it, with a config that cannot be read (no network, no
    // keychain): the program accepts it and writes both files.
    QTemporaryDir state;
    QVERIFY(state.isValid());
    QVERIFY(QDir(state.path()).mkpath(QStringLiteral("flexo-teams-setup")));
    QStringList words = commands.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        word.replace(QLatin1String("%S"), state.path());
        word.replace(QLatin1String("$FLEXO_TEAMS_CONFIGS"), state.filePath(QStringLiteral("missing.json")));
    }
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QStringLiteral(FLEXO_PROGRAM), words.mid(1));
    QVERIFY(run.waitForFinished(60000));
    const QString output = QString::fromUtf8(run.readAll());
    QCOMPARE(run.exitCode(), 2); // the config cannot be read: the unit fails, as it should
    for (const char *file : {"flexo-teams-setup/flexo-teams.prom", "flexo-teams-setup/report.json"})
        QVERIFY2(QFile::exists(state.filePath(QLatin1String(file))), qPrintable(output));
    QVERIFY2(readFile(state.filePath(QStringLiteral("flexo-teams-setup/flexo-teams.prom")))
                 .contains(QLatin1String("flexo_teams_state{")),
             qPrintable(output));
}

void TestSystemdUnits::timerRunsDailyAndSpreadsTheLoad()
{
    const QString timer = readFile(m_timer);
    QCOMPARE(values(timer, QStringLiteral("OnCalendar")), QStringList{QStringLiteral("daily")});
    QCOMPARE(values(timer, QStringLiteral("Persistent")), QStringList{QStringLiteral("true")});
    QCOMPARE(values(timer, QStringLiteral("RandomizedDelaySec")).size(), 1);
    QCOMPARE(values(timer, QStringLiteral("WantedBy")), QStringList{QStringLiteral("timers.target")});
}

QTEST_GUILESS_MAIN(TestSystemdUnits)
#include "tst_systemdunits.moc"
