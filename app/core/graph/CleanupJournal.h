#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QLockFile;

namespace flexo {

// Whose probe meetings these are: the Graph service of a cloud, the tenant and the signed-in user.
// Graph keeps a createOrGet externalId per tenant and organizer, and deletes only the signed-in
// user's meetings, so an entry is only ever acted on by the account that wrote it.
struct ProbeOwner
{
    QString cloud;        // CloudInfo::id: "global", "usgov-high", "usgov-dod", "custom", ...
    QString graphBase;    // the Graph service, e.g. https://graph.microsoft.com
    QString tenantId;     // the tenant's GUID
    QString userObjectId; // the signed-in user's object id (the ID token's oid)

    [[nodiscard]] bool isComplete() const
    {
        return !graphBase.isEmpty() && !tenantId.isEmpty() && !userObjectId.isEmpty();
    }
};

// A probe meeting that may still exist. Holds no token, secret or user name.
struct JournalEntry
{
    QString key;        // this entry's own id (a GUID); also names the lock its run holds
    QString externalId; // sent with createOrGet: finds the meeting again even without its id
    QDateTime created;  // when the entry was written, before the create (UTC)
    ProbeOwner owner;   // empty tenant and user in entries of the first journal format
    QString subject;
    QString meetingId; // empty until Graph answered the create
    QUrl joinWebUrl;   // for the admin, when the meeting must be removed by hand

    [[nodiscard]] bool hasMeeting() const { return !meetingId.isEmpty(); }
    // Same Graph service, tenant and user (GUIDs compared without regard to case).
    [[nodiscard]] bool belongsTo(const ProbeOwner &account) const;
};

// The small JSON file listing probe meetings not yet confirmed deleted. An entry is written before
// the create, gets the meeting's id right after it, and is removed once the meeting is confirmed
// gone; the next run finds what is left. Every read-modify-write holds a lock file, so that a wizard
// and a command-line run do not lose each other's entries. Writes are atomic, followed by a sync of
// the folder, and the file is readable by the user only. A journal that cannot be parsed is moved
// aside under a new name and never written over; one that cannot be read is left as it is, and
// nothing is written then.
class CleanupJournal
{
    Q_DECLARE_TR_FUNCTIONS(CleanupJournal)

public:
    // `filePath` comes from the caller: where the tool keeps its files is decided above this module
    // (ConfigPaths::cleanupJournalFile()).
    explicit CleanupJournal(const QString &filePath);

    [[nodiscard]] QString filePath() const { return m_filePath; }

    // The entries. An unparsable journal is moved aside first, under the lock (keptAside() names
    // it), and reads as empty; a journal that exists but cannot be read is an error.
    [[nodiscard]] Result<QList<JournalEntry>> read();
    // What the file lists now, without the lock and without changing anything; nothing when it
    // cannot be read (for telling the admin at start that a meeting may be left).
    [[nodiscard]] QList<JournalEntry> entries() const;

    // Adds an entry (its key and its externalId, when empty, are set here) and returns the key.
    [[nodiscard]] Result<QString> add(JournalEntry entry);
    [[nodiscard]] Error recordMeeting(const QString &key, const QString &meetingId, const QUrl &joinWebUrl);
    [[nodiscard]] Error remove(const QString &key);

    // Where this journal moved an unparsable file (the name ends with the time it was found);
    // empty when it did not.
    [[nodiscard]] QString keptAside() const { return m_keptAside; }

    // The lock a probe run holds while it may still create or delete the meeting of entry `key`,
    // tried once: isLocked() says whether it was taken. A run that ended, or whose process died,
    // does not hold it any more (the dead process is recognised by its id, on this machine).
    [[nodiscard]] std::unique_ptr<QLockFile> tryLockRun(const QString &key) const;

    // How long a read-modify-write waits for another process to finish its own.
    static constexpr int kLockWaitMs = 3000;

private:
    using Change = std::function<void(QList<JournalEntry> &)>;
    [[nodiscard]] Error update(const Change &change);
    [[nodiscard]] Error lock(QLockFile &lockFile) const;
    [[nodiscard]] Result<QList<JournalEntry>> load(); // the caller holds the lock
    [[nodiscard]] Error keepAside(const QString &why);
    [[nodiscard]] Error write(const QList<JournalEntry> &entries) const;
    [[nodiscard]] Error unreadable(const QString &why) const;

    QString m_filePath;
    QString m_keptAside;
};

} // namespace flexo
