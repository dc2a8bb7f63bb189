// The remedy value: stable names and numbers (reports and monitoring print them), and one line each.

#include "common/Error.h"
#include "common/Remedy.h"

#include <QTest>

using namespace flexo;

Q_DECLARE_METATYPE(flexo::RemedyKind)

class TestRemedy : public QObject
{
    Q_OBJECT

private slots:
    void namesAndNumbersAreStable_data()
    {
        QTest::addColumn<RemedyKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::newRow("none") << RemedyKind::None << "none" << 0;
        QTest::newRow("register") << RemedyKind::RegisterRedirectUri << "register-redirect-uri" << 1;
        QTest::newRow("consent") << RemedyKind::GrantAdminConsent << "grant-admin-consent" << 2;
        QTest::newRow("cloud") << RemedyKind::SwitchCloud << "switch-cloud" << 3;
        QTest::newRow("secret") << RemedyKind::CreateNewSecret << "create-new-secret" << 4;
        QTest::newRow("licence") << RemedyKind::AssignTeamsLicence << "assign-teams-licence" << 5;
        QTest::newRow("conditional access")
            << RemedyKind::AskConditionalAccessOwner << "ask-conditional-access-owner" << 6;
        QTest::newRow("tenant") << RemedyKind::CorrectTenant << "correct-tenant" << 7;
        QTest::newRow("client id") << RemedyKind::CorrectClientId << "correct-client-id" << 8;
        QTest::newRow("permission") << RemedyKind::AddPermission << "add-permission" << 9;
        QTest::newRow("sign in again") << RemedyKind::SignInAgain << "sign-in-again" << 10;
        QTest::newRow("tenant account") << RemedyKind::UseTenantAccount << "use-tenant-account" << 11;
        QTest::newRow("enable") << RemedyKind::EnableApplication << "enable-application" << 12;
        QTest::newRow("later") << RemedyKind::RetryLater << "retry-later" << 13;
        QTest::newRow("network") << RemedyKind::CheckNetwork << "check-network" << 14;
        QTest::newRow("config") << RemedyKind::CorrectConfig << "correct-config" << 15;
        QTest::newRow("expiry") << RemedyKind::RecordSecretExpiry << "record-secret-expiry" << 16;
        QTest::newRow("kept-sign-in") << RemedyKind::KeepSignInAgain << "keep-sign-in-again" << 17;
    }

    void namesAndNumbersAreStable()
    {
        QFETCH(RemedyKind, kind);
        QFETCH(QString, name);
        QFETCH(int, number);
        QCOMPARE(int(kind), number);
        QCOMPARE(Remedy::kindName(kind), name);
        bool ok = false;
        QCOMPARE(Remedy::kindFromName(name, &ok), kind);
        QVERIFY(ok);
        // One line, fit for a status line; empty only for none.
        const QString line = Remedy::make(kind, QStringLiteral("x")).summary();
        QCOMPARE(line.isEmpty(), kind == RemedyKind::None);
        QVERIFY(!line.contains(QLatin1Char('\n')));
    }

    void unknownNameIsNone()
    {
        bool ok = true;
        QCOMPARE(Remedy::kindFromName(QStringLiteral("reboot"), &ok), RemedyKind::None);
        QVERIFY(!ok);
    }

    void summariesNameTheirTarget()
    {
        QVERIFY(Remedy::registerRedirectUri(QStringLiteral("https://f.example/cb"))
                    .summary()
                    .contains(QStringLiteral("https://f.example/cb on the Web platform")));
        const QString moved =
            Remedy::registerRedirectUri(QStringLiteral("http://localhost/x"), QStringLiteral("spa"))
                .summary();
        QVERIFY2(moved.contains(QStringLiteral("Single-page application")) &&
                     moved.contains(QStringLiteral("Web")),
                 qPrintable(moved));
        QVERIFY(Remedy::grantAdminConsent(
                    QUrl(QStringLiteral("https://login.example/t/adminconsent?client_id=c")))
                    .summary()
                    .contains(QStringLiteral("adminconsent?client_id=c")));
        Remedy cloud = Remedy::make(RemedyKind::SwitchCloud, QStringLiteral("usgov-high"));
        cloud.text = QStringLiteral("US Government GCC High");
        QVERIFY(cloud.summary().contains(QStringLiteral("US Government GCC High")));
    }

    void errorsCarryOne()
    {
        Error error = Error::make(QStringLiteral("AADSTS50011"), QStringLiteral("m"));
        QVERIFY(error.remedy.isNull());
        error.remedy = Remedy::registerRedirectUri(QStringLiteral("https://f.example/cb"));
        const Error copy = error;
        QCOMPARE(copy.remedy, error.remedy);
        QVERIFY(copy.remedy != Remedy());
    }
};

QTEST_GUILESS_MAIN(TestRemedy)
#include "tst_remedy.moc"
