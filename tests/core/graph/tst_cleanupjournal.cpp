// The probe-meeting cleanup journal on its own: format, locking between processes, and what
// happens to a journal that cannot be parsed or read.
#include "graph/CleanupJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

Q_DECLARE_METATYPE(flexo::ProbeOwner)

using namespace flexo;

namespace {

ProbeOwner camille()
{
    return ProbeOwner{QStringLiteral("global"), QStringLiteral("https://graph.microsoft.com"),
                      QStringLiteral("8eaef023-2b34-4da1-9baa-8bc8c9d6a490"),
                      QStringLiteral("11111111-2222-4333-8444-555555555555")};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCleanupJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("data/probe-meetings.json"));
    }

    void entriesRoundTrip()
    {
        CleanupJournal journal(m_path);
        JournalEntry entry;
        entry.owner = camille();
        entry.subject = QStringLiteral("FlexO connection test - safe to delete");
        entry.created = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        const Result<QString> key = journal.add(entry);
        QVERIFY2(key.ok(), qPrintable(key.error().detail));
        QCOMPARE(QFile(m_path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());

        QList<JournalEntry> entries = journal.read().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().key, key.value());
        QVERIFY(!entries.first().externalId.isEmpty()); // one is made when none is given
        QVERIFY(entries.first().externalId != key.value());
        QCOMPARE(entries.first().created, entry.created);
        QVERIFY(entries.first().belongsTo(camille()));
        QVERIFY(!entries.first().hasMeeting());

        QVERIFY(
            journal
                .recordMeeting(key.value(), QStringLiteral("MSoxMTEx"), QUrl(QStringLiteral("https://t/l/1")))
                .isNull());
        entries = journal.entries();
        QCOMPARE(entries.first().meetingId, QStringLiteral("MSoxMTEx"));
        QCOMPARE(entries.first().joinWebUrl, QUrl(QStringLiteral("https://t/l/1")));

        // The file says whose it is, in plain names.
        const QJsonObject root = QJsonDocument::fromJson(readAll(m_path)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("flexo-probe-journal"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject saved = root.value(QStringLiteral("probeMeetings")).toArray().at(0).toObject();
        QCOMPARE(saved.value(QStringLiteral("tenantId")).toString(), camille().tenantId);
        QCOMPARE(saved.value(QStringLiteral("userObjectId")).toString(), camille().userObjectId);
        QCOMPARE(saved.value(QStringLiteral("cloud")).toString(), QStringLiteral("global"));
        QCOMPARE(saved.value(QStringLiteral("graphBase")).toString(), camille().graphBase);
        QCOMPARE(saved.value(QStringLiteral("externalId")).toString(), entries.first().externalId);

        QVERIFY(journal.remove(key.value()).isNull());
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(m_path));
        // No lock file stays behind.
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void belongsTo_data()
    {
        QTest::addColumn<ProbeOwner>("account");
        QTest::addColumn<bool>("belongs");
        ProbeOwner upper = camille();
        upper.tenantId = upper.tenantId.toUpper();
        upper.userObjectId = upper.userObjectId.toUpper();
        QTest::newRow("same account, GUIDs in capitals") << upper << true;
        ProbeOwner user = camille();
        user.userObjectId = QStringLiteral("22222222-3333-4444-8555-666666666666");
        QTest::newRow("another user") << user << false;
        ProbeOwner tenant = camille();
        tenant.tenantId = QStringLiteral("0d4b7e5c-1a2b-4c3d-8e9f-a1b2c3d4e5f6");
        QTest::newRow("another tenant") << tenant << false;
        ProbeOwner cloud = camille();
        cloud.graphBase = QStringLiteral("https://graph.microsoft.us");
        QTest::newRow("another cloud") << cloud << false;
        ProbeOwner unknown = camille();
        unknown.userObjectId.clear();
        QTest::newRow("unknown user") << unknown << false;
    }

    void belongsTo()
    {
        QFETCH(ProbeOwner, account);
        QFETCH(bool, belongs);
        JournalEntry entry;
        entry.owner = camille();
        QCOMPARE(entry.belongsTo(account), belongs);
    }

    // Entries of the first format carry neither user nor externalId: no account ever acts on them.
    void firstFormatIsRead()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        const QByteArray firstFormat =
            "{\"format\": \"flexo-probe-journal\", \"version\": 1, \"probeMeetings\": [ {\"key\": \"k1\", "
            "\"created\": \"2026-03-01T10:00:00Z\", \"graphBase\": \"https://graph.microsoft.com\", "
            "\"tenant\": \"8eaef023-2b34-4da1-9baa-8bc8c9d6a490\", \"subject\": \"s\", \"meetingId\": "
            "\"MSo\", \"joinWebUrl\": \"https://t/l/1\"}]}";
        QVERIFY(writeFile(m_path, firstFormat));
        CleanupJournal journal(m_path);
        const Result<QList<JournalEntry>> read = journal.read();
        QVERIFY(read.ok());
        QCOMPARE(read.value().size(), 1);
        const JournalEntry &entry = read.value().first();
        QCOMPARE(entry.key, QStringLiteral("k1"));
        QCOMPARE(entry.meetingId, QStringLiteral("MSo"));
        QCOMPARE(entry.owner.graphBase, QStringLiteral("https://graph.microsoft.com"));
        QVERIFY(entry.externalId.isEmpty());
        QVERIFY(!entry.belongsTo(camille()));
        QVERIFY(journal.keptAside().isEmpty());
    }

    // Never overwritten: moved aside under a name with the time, reported, and a new one started.
    void unparsableJournalIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("cut short") << QByteArray("{\"format\": \"flexo-probe-journal\", \"probeMee");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("another format")
            << QByteArray("{\"format\": \"something else\", \"probeMeetings\": []}");
        QTest::newRow("entry without a key")
            << QByteArray("{\"format\": \"flexo-probe-journal\", \"version\": 2, \"probeMeetings\": "
                          "[{\"meetingId\": \"x\"}]}");
    }

    void unparsableJournalIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QVERIFY(writeFile(m_path, content));
        CleanupJournal journal(m_path);
        const Result<QList<JournalEntry>> read = journal.read();
        QVERIFY2(read.ok(), qPrintable(read.error().detail));
        QVERIFY(read.value().isEmpty());
        const QString keptAside = journal.keptAside();
        QVERIFY(keptAside.startsWith(m_path + QStringLiteral(".unreadable-")));
        QVERIFY(keptAside.contains(QRegularExpression(QStringLiteral("\\.unreadable-\\d{8}T\\d{6}Z$"))));
        QCOMPARE(readAll(keptAside), content);
        QVERIFY(!QFile::exists(m_path));

        // Writing starts a new journal; the one kept aside stays as it was.
        QVERIFY(journal.add(JournalEntry()).ok());
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(readAll(keptAside), content);

        // Another bad journal in the same second gets a name of its own.
        QVERIFY(writeFile(m_path, content));
        CleanupJournal again(m_path);
        QVERIFY(again.add(JournalEntry()).ok());
        QVERIFY(!again.keptAside().isEmpty());
        QVERIFY(again.keptAside() != keptAside);
        QCOMPARE(readAll(again.keptAside()), content);
        QCOMPARE(readAll(keptAside), content);
    }

    // A journal that exists but cannot be read may list meetings: it is neither moved nor written.
    void unreadableJournalIsNotWritten_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a folder in its place") << true << QByteArray();
        QTest::newRow("a newer version")
            << false
            << QByteArray("{\"format\": \"flexo-probe-journal\", \"version\": 3, \"probeMeetings\": []}");
    }

    void unreadableJournalIsNotWritten()
    {
        QFETCH(bool, folder);
        QFETCH(QByteArray, content);
        QVERIFY(QDir().mkpath(folder ? m_path : QFileInfo(m_path).absolutePath()));
        if (!folder)
            QVERIFY(writeFile(m_path, content));
        CleanupJournal journal(m_path);
        const Result<QList<JournalEntry>> read = journal.read();
        QCOMPARE(read.error().code, QStringLiteral("graph.journal-unreadable"));
        QVERIFY(!read.error().fix.isEmpty());
        const Result<QString> added = journal.add(JournalEntry());
        QCOMPARE(added.error().code, QStringLiteral("graph.journal-unreadable"));
        QVERIFY(journal.keptAside().isEmpty());
        if (folder)
            QVERIFY(QFileInfo(m_path).isDir());
        else
            QCOMPARE(readAll(m_path), content);
    }

    // Another run holding the journal's lock makes a write fail with a reason, never skip the lock.
    void lockedJournalIsNotWritten()
    {
        CleanupJournal journal(m_path);
        QVERIFY(journal.add(JournalEntry()).ok());
        const QByteArray before = readAll(m_path);
        QLockFile other(m_path + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        const Result<QString> added = journal.add(JournalEntry());
        QCOMPARE(added.error().code, QStringLiteral("graph.journal-locked"));
        QVERIFY(!added.error().cause.isEmpty());
        QCOMPARE(readAll(m_path), before);
        other.unlock();
        QVERIFY(journal.add(JournalEntry()).ok());
        QCOMPARE(journal.entries().size(), 2);
    }

    // Several processes adding entries at once lose none of them.
    void concurrentWritersLoseNothing()
    {
        constexpr int kWriters = 4;
        constexpr int kEach = 40;
        QList<QProcess *> writers;
        for (int i = 0; i < kWriters; ++i) {
            auto *writer = new QProcess(this);
            writer->setProgram(QStringLiteral(JOURNAL_WRITER_HELPER));
            writer->setArguments({m_path, QString::number(kEach), QStringLiteral("writer%1").arg(i)});
            writers << writer;
        }
        for (QProcess *writer : std::as_const(writers))
            writer->start();
        for (QProcess *writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(60000));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
        }
        qDeleteAll(writers);
        CleanupJournal journal(m_path);
        const QList<JournalEntry> entries = journal.read().value();
        QSet<QString> subjects;
        for (const JournalEntry &entry : entries)
            subjects.insert(entry.subject);
        QCOMPARE(entries.size(), kWriters * kEach);
        QCOMPARE(subjects.size(), kWriters * kEach);
        QVERIFY(journal.keptAside().isEmpty());
    }

    // A run's lock is held until it is released; a second holder is refused meanwhile.
    void runLockIsExclusive()
    {
        CleanupJournal journal(m_path);
        std::unique_ptr<QLockFile> first = journal.tryLockRun(QStringLiteral("k1"));
        QVERIFY(first->isLocked());
        QCOMPARE(first->staleLockTime(), 0); // only a dead owner makes it stale, never its age
        QVERIFY(!journal.tryLockRun(QStringLiteral("k1"))->isLocked());
        QVERIFY(journal.tryLockRun(QStringLiteral("k2"))->isLocked());
        first.reset();
        QVERIFY(journal.tryLockRun(QStringLiteral("k1"))->isLocked());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCleanupJournal)
#include "tst_cleanupjournal.moc"
