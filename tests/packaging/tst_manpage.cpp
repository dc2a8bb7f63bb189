// The manual page says what the program's own --help says: the same commands, and for the program
// and each command the same options, so neither can change without the other.
#include "CliHelp.h"
#include "ManPage.h"

#include <QProcess>
#include <QTest>

namespace {

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheCommandsOfTheHelp();
    void describesTheOptionsOfTheHelp_data();
    void describesTheOptionsOfTheHelp();
    void rendersWithoutWarnings();

private:
    CliHelp m_help;
    ManPage m_page;
};

void TestManPage::initTestCase()
{
    m_help = CliHelp::fromProgram(QStringLiteral(FLEXO_PROGRAM));
    QVERIFY2(m_help.isValid(), qPrintable(m_help.error()));
    m_page = ManPage::read(QStringLiteral(FLEXO_MAN_PAGE));
    QVERIFY2(m_page.isValid(), FLEXO_MAN_PAGE);
}

void TestManPage::listsTheCommandsOfTheHelp()
{
    QCOMPARE(m_page.commands(), m_help.commands());
}

void TestManPage::describesTheOptionsOfTheHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("without a command") << QString();
    // The rows come from the help itself: a new command is compared without a change here.
    const QStringList commands = CliHelp::fromProgram(QStringLiteral(FLEXO_PROGRAM)).commands();
    for (const QString &command : commands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestManPage::describesTheOptionsOfTheHelp()
{
    QFETCH(QString, command);
    const QSet<QString> help = command.isEmpty() ? m_help.programOptions() : m_help.commandOptions(command);
    const QSet<QString> page = command.isEmpty() ? m_page.programOptions() : m_page.commandOptions(command);
    QVERIFY(!help.isEmpty() || command == QLatin1String("validate"));
    QCOMPARE(sorted(page), sorted(help));
}

void TestManPage::rendersWithoutWarnings()
{
    // What man does to show it, with every warning on.
    QProcess groff;
    groff.start(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                 QStringLiteral("-P-cbou"), QStringLiteral(FLEXO_MAN_PAGE)});
    QVERIFY(groff.waitForFinished(30000));
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
    const QString text = QString::fromUtf8(groff.readAllStandardOutput());
    QVERIFY(text.contains(QLatin1String("SYNOPSIS")));
    QVERIFY(text.contains(QLatin1String("EXIT STATUS")));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
