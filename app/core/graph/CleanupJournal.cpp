#include "graph/CleanupJournal.h"

#include "common/Logging.h"
#include "config/ConfigPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace flexo {

CleanupJournal::CleanupJournal(const QString &filePath)
    : m_filePath(filePath)
{}

QString CleanupJournal::defaultFilePath()
{
    return ConfigPaths::cleanupJournalFile();
}

QList<JournalEntry> CleanupJournal::entries() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("probeMeetings")).toArray();
    QList<JournalEntry> entries;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        JournalEntry entry;
        entry.key = object.value(QLatin1String("key")).toString();
        entry.created = QDateTime::fromString(object.value(QLatin1String("created")).toString(), Qt::ISODate);
        entry.graphBase = object.value(QLatin1String("graphBase")).toString();
        entry.tenant = object.value(QLatin1String("tenant")).toString();
        entry.subject = object.value(QLatin1String("subject")).toString();
        entry.meetingId = object.value(QLatin1String("meetingId")).toString();
        entry.joinWebUrl = QUrl(object.value(QLatin1String("joinWebUrl")).toString());
        if (!entry.key.isEmpty())
            entries << entry;
    }
    return entries;
}

Result<QString> CleanupJournal::add(JournalEntry entry)
{
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.created.isValid())
        entry.created = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> all = entries();
    all << entry;
    if (Error error = write(all))
        return error;
    return entry.key;
}

Error CleanupJournal::recordMeeting(const QString &key, const QString &meetingId, const QUrl &joinWebUrl)
{
    QList<JournalEntry> all = entries();
    for (JournalEntry &entry : all) {
        if (entry.key == key) {
            entry.meetingId = meetingId;
            entry.joinWebUrl = joinWebUrl;
        }
    }
    return write(all);
}

Error CleanupJournal::remove(const QString &key)
{
    QList<JournalEntry> all = entries();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&key](const JournalEntry &entry) { return entry.key == key; }),
              all.end());
    if (all.isEmpty()) {
        if (QFile::exists(m_filePath) && !QFile::remove(m_filePath))
            return write(all);
        return {};
    }
    return write(all);
}

Error CleanupJournal::write(const QList<JournalEntry> &entries) const
{
    QJsonArray array;
    for (const JournalEntry &entry : entries) {
        array.append(QJsonObject{
            {QStringLiteral("key"), entry.key},
            {QStringLiteral("created"), entry.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("graphBase"), entry.graphBase},
            {QStringLiteral("tenant"), entry.tenant},
            {QStringLiteral("subject"), entry.subject},
            {QStringLiteral("meetingId"), entry.meetingId},
            {QStringLiteral("joinWebUrl"), entry.joinWebUrl.toString()},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("flexo-probe-journal")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("probeMeetings"), array}};

    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (Error error = ConfigPaths::ensurePrivateDirectory(directory))
        return error;
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(
            QStringLiteral("graph.journal-unwritable"),
            tr("The probe meeting journal %1 cannot be written.").arg(m_filePath),
            tr("Without it, a probe meeting left by an interrupted run could not be found again, "
               "so no meeting is created (%1).")
                .arg(file.errorString()),
            tr("Check the permissions of %1.").arg(directory),
            QStringLiteral("cannot open %1: %2").arg(m_filePath, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    if (!file.commit()) {
        return Error::make(QStringLiteral("graph.journal-unwritable"),
                           tr("The probe meeting journal %1 cannot be written.").arg(m_filePath),
                           file.errorString(),
                           tr("Check the free space and permissions of %1.").arg(directory),
                           QStringLiteral("cannot commit %1: %2").arg(m_filePath, file.errorString()));
    }
    return {};
}

} // namespace flexo
