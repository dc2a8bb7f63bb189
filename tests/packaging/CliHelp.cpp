#include "CliHelp.h"

#include <QProcess>
#include <QRegularExpression>

namespace {

QString runHelp(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The options named at the start of help lines ("  -h, --help  ...", "  --format <FORMAT>  ...").
QSet<QString> optionLines(const QString &text)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s+((?:-[a-z], )?--[a-z][a-z-]*))"),
                                         QRegularExpression::MultilineOption);
    QSet<QString> options;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        for (const QString &option : it.next().captured(1).split(QStringLiteral(", ")))
            options.insert(option);
    }
    return options;
}

// The lines of one titled part of the help ("Commands:" up to the next empty line).
QString part(const QString &text, const QString &title)
{
    const int start = text.indexOf(QLatin1Char('\n') + title + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const int end = text.indexOf(QStringLiteral("\n\n"), start + 1);
    return text.mid(start + title.size() + 2, end < 0 ? -1 : end - start - title.size() - 2);
}

} // namespace

CliHelp CliHelp::fromProgram(const QString &program)
{
    CliHelp help;
    const QString top = runHelp(program, {QStringLiteral("--help")}, &help.m_error);
    if (top.isEmpty())
        return help;
    static const QRegularExpression commandLine(QStringLiteral(R"(^  ([a-z]+)\b)"),
                                                QRegularExpression::MultilineOption);
    for (auto it = commandLine.globalMatch(part(top, QStringLiteral("Commands:"))); it.hasNext();)
        help.m_commands << it.next().captured(1);
    help.m_programOptions = optionLines(part(top, QStringLiteral("Options:"))) +
                            optionLines(part(top, QStringLiteral("Wizard options (without a command):")));
    for (const QString &command : std::as_const(help.m_commands)) {
        const QString text = runHelp(program, {command, QStringLiteral("--help")}, &help.m_error);
        if (text.isEmpty()) {
            help.m_commands.clear();
            return help;
        }
        QSet<QString> options = optionLines(text);
        options.remove(QStringLiteral("-h"));
        options.remove(QStringLiteral("--help"));
        help.m_commandOptions.insert(command, options);
    }
    return help;
}
