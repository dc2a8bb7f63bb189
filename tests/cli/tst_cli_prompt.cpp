// The hidden secret prompt of the real executable, on a pseudo-terminal: echo comes back when the
// program is interrupted at the prompt, and what was typed ahead of the prompt is not thrown away.
#include "CliProcess.h"
#include "TestConfigs.h"

#include "config/ConfigFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using flexo::test::CliProcess;
using flexo::test::TestConfigs;

namespace {

bool echoOn(int fd)
{
    termios settings{};
    return ::tcgetattr(fd, &settings) == 0 && (settings.c_lflag & ECHO);
}

// A pseudo-terminal pair; the program's standard input is its slave end.
struct Pty
{
    int master = -1;
    int slave = -1;
    QString slaveName;

    bool open()
    {
        char name[256] = {};
        if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
            return false;
        slaveName = QString::fromLocal8Bit(name);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        return true;
    }
    void drain() const
    {
        char buffer[4096];
        while (::read(master, buffer, sizeof buffer) > 0) {
        }
    }
    ~Pty()
    {
        if (master >= 0)
            ::close(master);
        if (slave >= 0)
            ::close(slave);
    }
};

} // namespace

class TstCliPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void echoComesBackAfterInterrupt_data();
    void echoComesBackAfterInterrupt();
    void typedAheadSecretIsKept();

private:
    QStringList exportArguments(const QString &output) const;

    QTemporaryDir m_dir;
    QString m_config;
};

void TstCliPrompt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("config.json"));
    QVERIFY(TestConfigs::write(TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9"))), m_config));
}

QStringList TstCliPrompt::exportArguments(const QString &output) const
{
    return {QStringLiteral("export"),           m_config,
            QStringLiteral("--output"),         output,
            QStringLiteral("--include-secret"), QStringLiteral("--secret-stdin")};
}

void TstCliPrompt::echoComesBackAfterInterrupt_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("Ctrl+C") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TstCliPrompt::echoComesBackAfterInterrupt()
{
    QFETCH(int, signal);
    Pty pty;
    QVERIFY(pty.open());
    QVERIFY(echoOn(pty.slave));
    QProcess process;
    process.setStandardInputFile(pty.slaveName);
    CliProcess cli;
    cli.setStdin({}); // standard input is the terminal set above
    cli.startProcess(process, exportArguments(m_dir.filePath(QStringLiteral("interrupted.json"))));
    QVERIFY(process.waitForStarted(10000));
    // The prompt is up once echo is off.
    QVERIFY(QTest::qWaitFor([&] { return !echoOn(pty.slave); }, 20000));
    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(echoOn(pty.slave), "the terminal was left without echo");
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("interrupted.json"))));
}

// A secret pasted before the prompt appears (or piped through a terminal program) is read, not
// flushed away when echo is turned off.
void TstCliPrompt::typedAheadSecretIsKept()
{
    Pty pty;
    QVERIFY(pty.open());
    const QByteArray line = TestConfigs::secret.toUtf8() + '\n';
    QCOMPARE(::write(pty.master, line.constData(), size_t(line.size())), ssize_t(line.size()));
    pty.drain(); // the terminal's echo of it, before the prompt turned echo off
    const QString output = m_dir.filePath(QStringLiteral("typed-ahead.json"));
    QProcess process;
    process.setStandardInputFile(pty.slaveName);
    CliProcess cli;
    cli.setStdin({}); // standard input is the terminal set above
    cli.startProcess(process, exportArguments(output));
    QVERIFY(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(20000);
    if (!finished)
        process.kill();
    QVERIFY2(finished, "the typed-ahead secret was thrown away: the prompt is still waiting");
    QCOMPARE(process.exitCode(), 0);
    const auto loaded = flexo::ConfigFile::load(output);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().secret, TestConfigs::secret);
}

QTEST_GUILESS_MAIN(TstCliPrompt)
#include "tst_cli_prompt.moc"
