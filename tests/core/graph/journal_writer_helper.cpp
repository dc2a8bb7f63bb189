// Adds entries to a cleanup journal one by one, as a probe run does, for the test of several
// processes writing to one journal at once (tst_cleanupjournal::concurrentWritersLoseNothing).
// Usage: journal_writer_helper JOURNAL_FILE COUNT NAME; exit 0 when every entry was added.

#include "graph/CleanupJournal.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.value(2).toInt(&ok);
    if (args.size() != 4 || !ok || count < 1) {
        QTextStream(stderr) << "usage: journal_writer_helper JOURNAL_FILE COUNT NAME\n";
        return 2;
    }
    flexo::CleanupJournal journal(args.at(1));
    for (int i = 0; i < count; ++i) {
        flexo::JournalEntry entry;
        entry.subject = QStringLiteral("%1-%2").arg(args.at(3)).arg(i);
        const flexo::Result<QString> key = journal.add(entry);
        if (!key.ok()) {
            QTextStream(stderr) << key.error().detail << '\n';
            return 1;
        }
    }
    return 0;
}
