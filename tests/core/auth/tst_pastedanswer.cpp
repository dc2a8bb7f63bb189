#include "auth/PastedAnswer.h"

#include <QtTest>

using namespace flexo;

using Kind = PastedAnswer::Kind;

class TestPastedAnswer : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void readsMicrosoftsErrorPage();
};

void TestPastedAnswer::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("rawQuery");
    QTest::addColumn<QString>("state");
    QTest::newRow("address")
        << QStringLiteral(
               "  http://localhost:53211/flexo-teams-setup?code=C0de%2B1&state=s%2B1&session_state=x\n")
        << Kind::CodeRedirect << QStringLiteral("code=C0de%2B1&state=s%2B1&session_state=x")
        << QStringLiteral("s+1");
    QTest::newRow("query only") << QStringLiteral("?code=abc&state=s") << Kind::CodeRedirect
                                << QStringLiteral("code=abc&state=s") << QStringLiteral("s");
    QTest::newRow("query without '?'")
        << QStringLiteral("code=abc") << Kind::CodeRedirect << QStringLiteral("code=abc") << QString();
    QTest::newRow("error redirect, state not needed")
        << QStringLiteral("http://localhost:1/p?error=access_denied&error_subcode=cancel")
        << Kind::ErrorRedirect << QStringLiteral("error=access_denied&error_subcode=cancel") << QString();
    QTest::newRow("error wins over code") << QStringLiteral("code=abc&error=x&state=s") << Kind::ErrorRedirect
                                          << QStringLiteral("code=abc&error=x&state=s") << QString();
    QTest::newRow("nonsense") << QStringLiteral("I could not sign in") << Kind::Unrecognised << QString()
                              << QString();
    QTest::newRow("empty code") << QStringLiteral("code=&state=s") << Kind::Unrecognised << QString()
                                << QString();
    QTest::newRow("fragment, no query")
        << QStringLiteral("http://localhost:1/p#code=abc") << Kind::Unrecognised << QString() << QString();
    QTest::newRow("spaces are no address")
        << QStringLiteral("see code=abc") << Kind::Unrecognised << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \n ") << Kind::Unrecognised << QString() << QString();
}

void TestPastedAnswer::reads()
{
    QFETCH(QString, text);
    const PastedAnswer answer = PastedAnswer::read(text);
    QTEST(answer.kind, "kind");
    QTEST(answer.rawQuery, "rawQuery");
    QTEST(answer.state, "state");
    QCOMPARE(answer.pastedLength, text.trimmed().size());
}

void TestPastedAnswer::readsMicrosoftsErrorPage()
{
    const PastedAnswer answer = PastedAnswer::read(
        QStringLiteral("Sorry, but we're having trouble signing you in.\nAADSTS50011: The redirect URI "
                       "'http://localhost:1/x' "
                       "does not match.\nRequest Id: 0b6f2d0e-0000-4000-8000-000000000001\nCorrelation Id: "
                       "0b6f2d0e-0000-4000-8000-000000000002\n"));
    QCOMPARE(answer.kind, Kind::ErrorPage);
    QCOMPARE(answer.pageError.aadsts, 50011);
    QCOMPARE(answer.pageError.correlationId, QStringLiteral("0b6f2d0e-0000-4000-8000-000000000002"));
    QVERIFY(answer.rawQuery.isEmpty());
}

QTEST_GUILESS_MAIN(TestPastedAnswer)
#include "tst_pastedanswer.moc"
