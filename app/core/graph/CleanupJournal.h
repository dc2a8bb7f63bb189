#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace flexo {

// A probe meeting that may still exist (DESIGN.md §3). Holds no token, secret or user name.
struct JournalEntry
{
    QString key;       // this entry's own id (a GUID)
    QDateTime created; // when the entry was written (UTC)
    QString graphBase; // the Graph service the meeting was created in
    QString tenant;    // the tenant it was created for
    QString subject;
    QString meetingId; // empty until Graph answered the create
    QUrl joinWebUrl;   // for the admin, when the meeting must be removed by hand

    [[nodiscard]] bool hasMeeting() const { return !meetingId.isEmpty(); }
};

// The small JSON file listing probe meetings not yet confirmed deleted. Written before the create,
// updated with the meeting's id right after it, cleared after a confirmed delete; the next run finds
// what is left. Writes are atomic and the file is readable by the user only.
class CleanupJournal
{
    Q_DECLARE_TR_FUNCTIONS(CleanupJournal)

public:
    explicit CleanupJournal(const QString &filePath);
    // The default location (ConfigPaths::cleanupJournalFile()).
    [[nodiscard]] static QString defaultFilePath();

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QList<JournalEntry> entries() const;

    // Adds an entry (its key is set here) and returns the key.
    [[nodiscard]] Result<QString> add(JournalEntry entry);
    [[nodiscard]] Error recordMeeting(const QString &key, const QString &meetingId, const QUrl &joinWebUrl);
    [[nodiscard]] Error remove(const QString &key);

private:
    [[nodiscard]] Error write(const QList<JournalEntry> &entries) const;

    QString m_filePath;
};

} // namespace flexo
