// The shell completions offer what the program's own --help lists: its commands, and for the
// program and each command its options. bash's is run (with bash-completion, as a shell would);
// zsh's is read.
#include "CliHelp.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

QSet<QString> longOnly(const QSet<QString> &options)
{
    QSet<QString> result;
    for (const QString &option : options) {
        if (option.startsWith(QLatin1String("--")))
            result.insert(option);
    }
    return result;
}

// What bash offers after "flexo-teams-setup WORDS..." with the cursor at the end of the last word.
QStringList bashCompletion(const QStringList &words, const QString &workingDirectory)
{
    QString line = QStringLiteral("flexo-teams-setup");
    QString array = QStringLiteral("flexo-teams-setup");
    for (const QString &word : words) {
        line += QLatin1Char(' ') + word;
        array += QStringLiteral(" '") + word + QLatin1Char('\'');
    }
    const QString script =
        QStringLiteral("source /usr/share/bash-completion/bash_completion\n"
                       "source '%1'\n"
                       "COMP_WORDS=(%2); COMP_CWORD=%3; COMP_LINE='%4'; COMP_POINT=${#COMP_LINE}\n"
                       "_flexo_teams_setup flexo-teams-setup\n"
                       "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
            .arg(QStringLiteral(FLEXO_BASH_COMPLETION), array)
            .arg(words.size())
            .arg(line);
    QProcess bash;
    bash.setWorkingDirectory(workingDirectory);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0) {
        qWarning("bash: %s", bash.readAllStandardError().constData());
        return {QStringLiteral("<bash failed>")};
    }
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'));
    offered.removeAll(QString());
    return offered;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> longOptionsIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral(R"(--[a-z][a-z-]*)"));
    QSet<QString> options;
    for (auto it = option.globalMatch(text); it.hasNext();)
        options.insert(it.next().captured(0));
    return options;
}

} // namespace

class TestCompletions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bashOffersTheCommands();
    void bashOffersTheOptions_data();
    void bashOffersTheOptions();
    void bashOffersTheReportFormats();
    void zshOffersTheCommands();
    void zshOffersTheOptions_data();
    void zshOffersTheOptions();

private:
    void addCommandRows();

    CliHelp m_help;
    QTemporaryDir m_emptyDir; // the working directory: no file names among the offers
    QString m_zsh;
};

void TestCompletions::initTestCase()
{
    m_help = CliHelp::fromProgram(QStringLiteral(FLEXO_PROGRAM));
    QVERIFY2(m_help.isValid(), qPrintable(m_help.error()));
    QVERIFY(m_emptyDir.isValid());
    m_zsh = readText(QStringLiteral(FLEXO_ZSH_COMPLETION));
    QVERIFY(m_zsh.startsWith(QLatin1String("#compdef flexo-teams-setup")));
}

void TestCompletions::addCommandRows()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("without a command") << QString();
    for (const QString &command : CliHelp::fromProgram(QStringLiteral(FLEXO_PROGRAM)).commands())
        QTest::newRow(qPrintable(command)) << command;
}

void TestCompletions::bashOffersTheCommands()
{
    QStringList offered = bashCompletion({QString()}, m_emptyDir.path());
    QCOMPARE(offered, m_help.commands());
    QCOMPARE(bashCompletion({QStringLiteral("di")}, m_emptyDir.path()),
             QStringList{QStringLiteral("diagnose")});
}

void TestCompletions::bashOffersTheOptions_data()
{
    addCommandRows();
}

void TestCompletions::bashOffersTheOptions()
{
    QFETCH(QString, command);
    QStringList words;
    if (!command.isEmpty())
        words << command;
    words << QStringLiteral("--");
    const QStringList offered = bashCompletion(words, m_emptyDir.path());
    QSet<QString> expected =
        longOnly(command.isEmpty() ? m_help.programOptions() : m_help.commandOptions(command));
    expected.insert(QStringLiteral("--help"));
    QCOMPARE(sorted(QSet<QString>(offered.cbegin(), offered.cend())), sorted(expected));
}

void TestCompletions::bashOffersTheReportFormats()
{
    const QStringList offered = bashCompletion(
        {QStringLiteral("diagnose"), QStringLiteral("--format"), QString()}, m_emptyDir.path());
    QCOMPARE(offered,
             (QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                          QStringLiteral("html"), QStringLiteral("nagios"), QStringLiteral("prometheus")}));
}

void TestCompletions::zshOffersTheCommands()
{
    static const QRegularExpression entry(QStringLiteral(R"(^\s+'([a-z]+):)"),
                                          QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = entry.globalMatch(m_zsh); it.hasNext();)
        commands << it.next().captured(1);
    QCOMPARE(commands, m_help.commands());
}

void TestCompletions::zshOffersTheOptions_data()
{
    addCommandRows();
}

void TestCompletions::zshOffersTheOptions()
{
    QFETCH(QString, command);
    // The program's own _arguments come before "case $state", each command's in its case branch.
    QString block;
    if (command.isEmpty()) {
        block = m_zsh.left(m_zsh.indexOf(QLatin1String("case $state")));
    } else {
        const int start = m_zsh.indexOf(QStringLiteral("\n                %1)\n").arg(command));
        QVERIFY2(start >= 0, qPrintable(command));
        block = m_zsh.mid(start, m_zsh.indexOf(QLatin1String(";;"), start) - start);
    }
    QSet<QString> expected =
        longOnly(command.isEmpty() ? m_help.programOptions() : m_help.commandOptions(command));
    expected.insert(QStringLiteral("--help"));
    QCOMPARE(sorted(longOptionsIn(block)), sorted(expected));
}

QTEST_GUILESS_MAIN(TestCompletions)
#include "tst_completions.moc"
