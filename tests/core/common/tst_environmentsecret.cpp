#include "common/EnvironmentSecret.h"
#include "common/Redaction.h"

#include <QProcessEnvironment>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace flexo;

class TestEnvironmentSecret : public QObject
{
    Q_OBJECT

private slots:
    // Read once, then gone from the environment and from the bytes behind it, so that no program
    // started later sees it (not even in /proc/PID/environ of a copy of this block).
    void readOnceAndRemoved()
    {
        const QByteArray secret = "Env7Q~secret-from-the-environment.0123";
        QVERIFY(qputenv("FLEXO_CLIENT_SECRET", secret));
        char *bytes = std::getenv("FLEXO_CLIENT_SECRET");
        QVERIFY(bytes);
        QCOMPARE(EnvironmentSecret::take(), QString::fromLatin1(secret));
        QVERIFY(!qEnvironmentVariableIsSet("FLEXO_CLIENT_SECRET"));
        QVERIFY(!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("FLEXO_CLIENT_SECRET")));
        QCOMPARE(std::strlen(bytes), size_t(0)); // wiped where it was
        // Kept for the run, and registered: it never reaches a log line or report.
        QCOMPARE(EnvironmentSecret::take(), QString::fromLatin1(secret));
        QVERIFY(registeredSensitiveValues().contains(QString::fromLatin1(secret)));
        QCOMPARE(scrub(QStringLiteral("got ") + QString::fromLatin1(secret)), QStringLiteral("got REDACTED"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentSecret)
#include "tst_environmentsecret.moc"
