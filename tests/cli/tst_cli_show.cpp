// `show`: the values of FlexO's form under its field names; the secret only with --reveal and only
// when standard output is a terminal (a pseudo-terminal here), never into a buffer, pipe or file.
#include "CliProcess.h"
#include "InProcessCli.h"
#include "TestConfigs.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using flexo::test::CliProcess;
using flexo::test::InProcessCli;
using flexo::test::TestConfigs;

class TstCliShow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsFlexoFieldsWithoutTheSecret();
    void revealIntoABufferIsRefused();
    void revealIntoAPipeIsRefused();
    void revealOnATerminalPrintsTheSecret_data();
    void revealOnATerminalPrintsTheSecret();
    void unreadableConfigIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_export; // holds the secret, as an export for the FlexO server does
};

void TstCliShow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secret = TestConfigs::secret;
    config.secretHint = TestConfigs::secret.left(3);
    m_export = m_dir.filePath(QStringLiteral("export.flexo-teams.json"));
    QVERIFY(TestConfigs::write(config, m_export, /*includeSecret=*/true));
}

void TstCliShow::listsFlexoFieldsWithoutTheSecret()
{
    InProcessCli cli;
    const CliProcess::Outcome outcome = cli.run({QStringLiteral("show"), m_export});
    QCOMPARE(outcome.exitCode, 0);
    const QString out = outcome.outText();
    for (const char *name :
         {"Tenant ID", "Application ID", "Application Secret Key", "Redirection URL", "Lifecycle URL"})
        QVERIFY2(out.contains(QLatin1String(name)), name);
    const flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(out.contains(TestConfigs::tenantId));
    QVERIFY(out.contains(TestConfigs::clientId));
    QVERIFY(out.contains(config.redirectUris.first()));
    QVERIFY(out.contains(config.lifecycleUrl.toString()));
    QVERIFY(out.contains(TestConfigs::secret.left(3) + QChar(0x2026))); // the hint stands for it
    QVERIFY(out.contains(QStringLiteral("--reveal")));
    QVERIFY(out.contains(QStringLiteral("disabled"))); // save in FlexO without enabling
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliShow::revealIntoABufferIsRefused()
{
    InProcessCli cli;
    const CliProcess::Outcome outcome =
        cli.run({QStringLiteral("show"), m_export, QStringLiteral("--reveal")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.errText().contains(QStringLiteral("only to a terminal")));
    QVERIFY(outcome.outText().contains(QStringLiteral("Application ID")));
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliShow::revealIntoAPipeIsRefused()
{
    CliProcess cli;
    const CliProcess::Outcome outcome =
        cli.run({QStringLiteral("show"), m_export, QStringLiteral("--reveal")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.errText().contains(QStringLiteral("only to a terminal")));
    QVERIFY(!TestConfigs::leaksSecret(outcome.all()));
}

void TstCliShow::revealOnATerminalPrintsTheSecret_data()
{
    QTest::addColumn<bool>("reveal");
    QTest::newRow("--reveal") << true;
    QTest::newRow("without --reveal") << false;
}

void TstCliShow::revealOnATerminalPrintsTheSecret()
{
    QFETCH(bool, reveal);
    int master = -1;
    int slave = -1;
    char name[256] = {};
    QCOMPARE(::openpty(&master, &slave, name, nullptr, nullptr), 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess process;
    process.setStandardOutputFile(QString::fromLocal8Bit(name));
    CliProcess cli;
    QStringList arguments{QStringLiteral("show"), m_export};
    if (reveal)
        arguments << QStringLiteral("--reveal");
    cli.startProcess(process, arguments);
    QVERIFY(process.waitForStarted(10000));
    QByteArray screen;
    char buffer[4096];
    // Read while it runs: a full terminal buffer would block the program.
    QVERIFY(QTest::qWaitFor(
        [&] {
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                screen.append(buffer, int(n));
            return process.state() == QProcess::NotRunning;
        },
        20000));
    ssize_t n = 0;
    while ((n = ::read(master, buffer, sizeof buffer)) > 0)
        screen.append(buffer, int(n));
    ::close(master);
    ::close(slave);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(screen.contains("Application Secret Key"));
    QCOMPARE(screen.contains(TestConfigs::secret.toUtf8()), reveal);
    QVERIFY(!process.readAllStandardError().contains(TestConfigs::secret.toUtf8()));
}

void TstCliShow::unreadableConfigIsAUsageError()
{
    InProcessCli cli;
    const CliProcess::Outcome outcome =
        cli.run({QStringLiteral("show"), m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
}

QTEST_GUILESS_MAIN(TstCliShow)
#include "tst_cli_show.moc"
