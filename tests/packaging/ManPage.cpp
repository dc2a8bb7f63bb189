#include "ManPage.h"

#include <QFile>
#include <QRegularExpression>

ManPage ManPage::read(const QString &path)
{
    ManPage page;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return page;
    // roff writes a hyphen-minus as "\-".
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .replace(QStringLiteral("\\-"), QStringLiteral("-"))
                                  .split(QLatin1Char('\n'));
    static const QRegularExpression option(QStringLiteral(R"((?:^|[\s"])(--?[a-z][a-z-]*))"));
    QString section;
    QString command;
    bool item = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(".SH "))) {
            section = line.mid(4).remove(QLatin1Char('"')).trimmed();
            command.clear();
        } else if (line.startsWith(QLatin1String(".SS ")) && section == QLatin1String("COMMANDS")) {
            command = line.mid(4).section(QLatin1Char(' '), 0, 0);
            page.m_commands << command;
            page.m_commandOptions[command];
        } else if (line == QLatin1String(".TP")) {
            item = true;
            continue;
        } else if (item) {
            // The line after .TP names the item: "-h, --help" gives both.
            QSet<QString> named;
            for (auto it = option.globalMatch(line); it.hasNext();)
                named.insert(it.next().captured(1));
            if (!command.isEmpty())
                page.m_commandOptions[command] += named;
            else if (section == QLatin1String("OPTIONS") || section == QLatin1String("WIZARD OPTIONS"))
                page.m_programOptions += named;
        }
        item = false;
    }
    return page;
}
