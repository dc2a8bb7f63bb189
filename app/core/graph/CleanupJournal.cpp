#include "graph/CleanupJournal.h"

#include "common/Logging.h"
#include "common/SafeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace flexo {

namespace {

const QString kFormat = QStringLiteral("flexo-probe-journal");
constexpr int kVersion = 2;

enum class Parsed { Ok, Unparsable, Newer };

// The journal's text as entries. Version 1 entries carry no externalId, tenant GUID or user: no
// account ever matches them, so they are only listed for removal by hand.
Parsed parse(const QByteArray &bytes, QList<JournalEntry> *entries, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        return Parsed::Unparsable;
    }
    const QJsonObject root = document.object();
    const QJsonValue meetings = root.value(QLatin1String("probeMeetings"));
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != kFormat ||
        !meetings.isArray()) {
        *why = QStringLiteral("not a probe meeting journal");
        return Parsed::Unparsable;
    }
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > kVersion) {
        *why = QStringLiteral("version %1, newer than %2").arg(version).arg(kVersion);
        return Parsed::Newer;
    }
    for (const QJsonValue &value : meetings.toArray()) {
        const QJsonObject object = value.toObject();
        JournalEntry entry;
        entry.key = object.value(QLatin1String("key")).toString();
        entry.externalId = object.value(QLatin1String("externalId")).toString();
        entry.created = QDateTime::fromString(object.value(QLatin1String("created")).toString(), Qt::ISODate);
        entry.owner.cloud = object.value(QLatin1String("cloud")).toString();
        entry.owner.graphBase = object.value(QLatin1String("graphBase")).toString();
        entry.owner.tenantId = object.value(QLatin1String("tenantId")).toString();
        entry.owner.userObjectId = object.value(QLatin1String("userObjectId")).toString();
        entry.subject = object.value(QLatin1String("subject")).toString();
        entry.meetingId = object.value(QLatin1String("meetingId")).toString();
        entry.joinWebUrl = QUrl(object.value(QLatin1String("joinWebUrl")).toString());
        if (entry.key.isEmpty()) {
            *why = QStringLiteral("an entry without a key");
            return Parsed::Unparsable;
        }
        *entries << entry;
    }
    return Parsed::Ok;
}

QByteArray serialize(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries) {
        array.append(QJsonObject{
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("externalId"), entry.externalId},
            {QStringLiteral("created"), entry.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("cloud"), entry.owner.cloud},
            {QStringLiteral("graphBase"), entry.owner.graphBase},
            {QStringLiteral("tenantId"), entry.owner.tenantId},
            {QStringLiteral("userObjectId"), entry.owner.userObjectId},
            {QStringLiteral("subject"), entry.subject},
            {QStringLiteral("meetingId"), entry.meetingId},
            {QStringLiteral("joinWebUrl"), entry.joinWebUrl.toString()},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("probeMeetings"), array}};
    return QJsonDocument(root).toJson();
}

// Makes a rename or removal in `directory` durable: without it, a power cut right after a
// successful write may bring back the old journal, or none.
QString syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return QString::fromLocal8Bit(std::strerror(error));
#else
    Q_UNUSED(directory)
#endif
    return {};
}

} // namespace

bool JournalEntry::belongsTo(const ProbeOwner &account) const
{
    return account.isComplete() && owner.isComplete() && owner.graphBase == account.graphBase &&
           owner.tenantId.compare(account.tenantId, Qt::CaseInsensitive) == 0 &&
           owner.userObjectId.compare(account.userObjectId, Qt::CaseInsensitive) == 0;
}

CleanupJournal::CleanupJournal(const QString &filePath)
    : m_filePath(filePath)
{}

std::unique_ptr<QLockFile> CleanupJournal::tryLockRun(const QString &key) const
{
    auto lockFile =
        std::make_unique<QLockFile>(m_filePath + QStringLiteral(".run-") + key + QStringLiteral(".lock"));
    // Held for the whole run: only a dead owner makes it stale, never its age.
    lockFile->setStaleLockTime(0);
    if (SafeFile::makePrivateDirectory(QFileInfo(m_filePath).absolutePath()).isNull())
        (void)lockFile->tryLock(0);
    return lockFile;
}

QList<JournalEntry> CleanupJournal::entries() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<JournalEntry> entries;
    QString why;
    if (parse(file.readAll(), &entries, &why) != Parsed::Ok)
        return {};
    return entries;
}

Result<QList<JournalEntry>> CleanupJournal::read()
{
    // Writers replace the file in one rename, so a good journal reads the same without the lock;
    // the lock (and its sync to disk) is needed only to look again and move a bad one aside.
    QFile file(m_filePath);
    if (!file.exists())
        return QList<JournalEntry>();
    if (file.open(QIODevice::ReadOnly)) {
        QList<JournalEntry> entries;
        QString why;
        if (parse(file.readAll(), &entries, &why) == Parsed::Ok)
            return entries;
    }
    QLockFile lockFile(m_filePath + QStringLiteral(".lock"));
    if (Error error = lock(lockFile))
        return error;
    return load();
}

Result<QString> CleanupJournal::add(JournalEntry entry)
{
    if (entry.key.isEmpty())
        entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (entry.externalId.isEmpty())
        entry.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.created.isValid())
        entry.created = QDateTime::currentDateTimeUtc();
    if (Error error = update([&entry](QList<JournalEntry> &all) { all << entry; }))
        return error;
    return entry.key;
}

Error CleanupJournal::recordMeeting(const QString &key, const QString &meetingId, const QUrl &joinWebUrl)
{
    return update([&](QList<JournalEntry> &all) {
        for (JournalEntry &entry : all) {
            if (entry.key == key) {
                entry.meetingId = meetingId;
                entry.joinWebUrl = joinWebUrl;
            }
        }
    });
}

Error CleanupJournal::remove(const QString &key)
{
    return update([&key](QList<JournalEntry> &all) {
        all.erase(std::remove_if(all.begin(), all.end(),
                                 [&key](const JournalEntry &entry) { return entry.key == key; }),
                  all.end());
    });
}

Error CleanupJournal::update(const Change &change)
{
    QLockFile lockFile(m_filePath + QStringLiteral(".lock"));
    if (Error error = lock(lockFile))
        return error;
    Result<QList<JournalEntry>> loaded = load();
    if (!loaded.ok())
        return loaded.error();
    QList<JournalEntry> entries = loaded.value();
    change(entries);
    return write(entries);
}

Error CleanupJournal::lock(QLockFile &lockFile) const
{
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (Error error = SafeFile::makePrivateDirectory(directory))
        return error;
    // A lock left by a process that died is recognised by its process id and taken over. Others
    // hold it for a few milliseconds: ask often (QLockFile's own wait doubles up to seconds, and a
    // process can then miss every chance while two others take turns).
    QElapsedTimer waited;
    waited.start();
    while (!lockFile.tryLock(0)) {
        if (lockFile.error() != QLockFile::LockFailedError || waited.elapsed() >= kLockWaitMs)
            break;
        QThread::msleep(10);
    }
    if (lockFile.isLocked())
        return {};
    const bool busy = lockFile.error() == QLockFile::LockFailedError;
    return Error::make(
        QStringLiteral("graph.journal-locked"),
        busy ? tr("The probe meeting journal %1 is in use by another run.").arg(m_filePath)
             : tr("The probe meeting journal %1 cannot be locked.").arg(m_filePath),
        busy ? tr("Another wizard or command-line run kept it locked for more than %1 seconds, so no "
                  "probe meeting is created.")
                   .arg(kLockWaitMs / 1000)
             : tr("Its lock file cannot be created, so no probe meeting is created."),
        tr("Run the check again in a moment; if it persists, check the permissions of %1.").arg(directory),
        QStringLiteral("cannot lock %1: QLockFile error %2").arg(lockFile.fileName()).arg(lockFile.error()));
}

Result<QList<JournalEntry>> CleanupJournal::load()
{
    QFile file(m_filePath);
    if (!file.exists())
        return QList<JournalEntry>();
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return unreadable(file.errorString());
    file.close();

    QList<JournalEntry> entries;
    QString why;
    switch (parse(bytes, &entries, &why)) {
    case Parsed::Ok:
        return entries;
    case Parsed::Newer:
        return unreadable(why);
    case Parsed::Unparsable:
        break;
    }
    if (Error error = keepAside(why))
        return error;
    return QList<JournalEntry>();
}

Error CleanupJournal::keepAside(const QString &why)
{
    // It may list meetings that still exist: keep it for the admin, under a name that says when.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = m_filePath + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    QFile file(m_filePath);
    if (!file.rename(target)) {
        return Error::make(
            QStringLiteral("graph.journal-unwritable"),
            tr("The probe meeting journal %1 cannot be read, and cannot be set aside.").arg(m_filePath),
            tr("It is not valid (%1); it is kept as it is, and no probe meeting is created (%2).")
                .arg(why, file.errorString()),
            tr("Move %1 elsewhere, look in it for meetings to delete by hand, and run the check again.")
                .arg(m_filePath),
            QStringLiteral("cannot rename %1 to %2: %3 (%4)")
                .arg(m_filePath, target, file.errorString(), why));
    }
    const QString syncError = syncDirectory(QFileInfo(m_filePath).absolutePath());
    qCWarning(lcGraph).noquote() << "the probe meeting journal" << m_filePath << "is not valid (" << why
                                 << "); kept as" << target
                                 << (syncError.isEmpty() ? QString()
                                                         : QStringLiteral("; folder sync: ") + syncError);
    m_keptAside = target;
    return {};
}

Error CleanupJournal::unreadable(const QString &why) const
{
    return Error::make(QStringLiteral("graph.journal-unreadable"),
                       tr("The probe meeting journal %1 cannot be read.").arg(m_filePath),
                       tr("It may list probe meetings that still need deleting, so it is not written over "
                          "and no probe meeting is created (%1).")
                           .arg(why),
                       tr("Check the permissions of %1.").arg(m_filePath),
                       QStringLiteral("cannot read %1: %2").arg(m_filePath, why));
}

Error CleanupJournal::write(const QList<JournalEntry> &entries) const
{
    const QString directory = QFileInfo(m_filePath).absolutePath();
    auto unwritable = [&](const QString &why, const QString &detail) {
        return Error::make(QStringLiteral("graph.journal-unwritable"),
                           tr("The probe meeting journal %1 cannot be written.").arg(m_filePath),
                           tr("Without it, a probe meeting left by an interrupted run could not be found "
                              "again, so no meeting is created (%1).")
                               .arg(why),
                           tr("Check the free space and permissions of %1.").arg(directory), detail);
    };
    if (entries.isEmpty()) {
        if (QFile::exists(m_filePath)) {
            QFile file(m_filePath);
            if (!file.remove())
                return unwritable(file.errorString(),
                                  QStringLiteral("cannot remove %1: %2").arg(m_filePath, file.errorString()));
        }
    } else {
        QSaveFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly))
            return unwritable(file.errorString(),
                              QStringLiteral("cannot open %1: %2").arg(m_filePath, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(serialize(entries));
        if (!file.commit())
            return unwritable(file.errorString(),
                              QStringLiteral("cannot commit %1: %2").arg(m_filePath, file.errorString()));
    }
    const QString syncError = syncDirectory(directory);
    if (!syncError.isEmpty())
        return unwritable(syncError,
                          QStringLiteral("cannot sync the folder %1: %2").arg(directory, syncError));
    return {};
}

} // namespace flexo
