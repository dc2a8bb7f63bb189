#include "common/LogFile.h"
#include "common/Logging.h"
#include "common/Redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void writesPrivateFileAndRotates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("logs"));
        const QString path = LogFile::install(folder, LogFile::Echo::Nothing);
        QCOMPARE(path, folder + QLatin1Char('/') + LogFile::fileName());

        qCInfo(lcChecks) << "check discovery passed";
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.contains("info flexo.checks: check discovery passed"), content.constData());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        file.close();

        // Past 1 MiB the file starts again and the previous part is kept once.
        const QString line(1000, QLatin1Char('x'));
        for (int i = 0; i < 1100; ++i)
            qCInfo(lcChecks).noquote() << line;
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        qInstallMessageHandler(nullptr);
    }

    void outsideTextCannotForgeLinesOrDriveTheTerminal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = LogFile::install(dir.filePath(QStringLiteral("logs")), LogFile::Echo::Nothing);
        QVERIFY(!path.isEmpty());
        // A tenant value from a file: an OSC title, a colour, and a second log line forged after LF.
        const QString tenant = QStringLiteral("contoso\x1b]0;pwned\x07\x1b[31m\n2030-01-01 info flexo.auth: "
                                              "sign-in passed\u202e");
        qCInfo(lcConfig).noquote() << "tenant" << tenant;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains('\x1b') && !content.contains('\x07'), content.constData());
        QCOMPARE(content.count('\n'), 1);
        QVERIFY2(content.contains("contoso\\x1b]0;pwned"), content.constData());
        QVERIFY(!content.contains(QStringLiteral("\u202e").toUtf8()));
        qInstallMessageHandler(nullptr);
    }

    void registeredSecretsNeverReachTheLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = LogFile::install(dir.filePath(QStringLiteral("logs")), LogFile::Echo::Nothing);
        const QString secret = QStringLiteral("Lg7Q~log+secret/value_0123456789");
        registerSensitiveValue(secret);
        // Partly percent-encoded, as a server might echo a form value back.
        qCInfo(lcNet).noquote() << "server said: bad client_secret Lg7Q~log%2Bsecret%2fvalue_0123456789";
        qCInfo(lcNet).noquote() << "raw:" << secret;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("log+secret") && !content.contains("log%2Bsecret"), content.constData());
        QCOMPARE(content.count("REDACTED"), 2);
        qInstallMessageHandler(nullptr);
    }

    void plantedLinkIsNotFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(folder));
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("untouched\n");
        }
        QVERIFY(QFile::link(victim, folder + QLatin1Char('/') + LogFile::fileName()));
        QCOMPARE(LogFile::install(folder, LogFile::Echo::Nothing), QString());
        qCWarning(lcChecks) << "goes to standard error, not through the link";
        qInstallMessageHandler(nullptr);
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("untouched\n"));
    }

    void unusableFolderFallsBackToStandardError()
    {
        // A regular file where the folder should be: nothing to open, the handler still works.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(LogFile::install(blocker, LogFile::Echo::Nothing), QString());
        qCWarning(lcChecks) << "still shown on standard error";
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
