// The refresh check without a person: the sign-in kept from an earlier run stands in for the test
// sign-in, against the fake cloud. A run with one proves refresh and the meeting probe; one without
// skips them for want of a kept sign-in; a rotated token the keychain refuses turns the pass into a
// warning that says what to do.
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudConfig.h"
#include "SignIn.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/StandardChecks.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;
using namespace flexo::checkstest;

class TestKeptSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptSignInStandsInForThePerson();
    void withoutOneRefreshNeedsAKeptSignIn();
    void refusedRotationIsAWarning();

private:
    // The results of a run without a person; `kept` and `store` go into the context.
    QList<CheckResult> run(const KeptSignIn &kept, const CheckContext::SignInStorer &store);
    [[nodiscard]] KeptSignIn issued();
    [[nodiscard]] static CheckResult of(const QList<CheckResult> &results, CheckId id);

    fake::FakeCloud m_cloud;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestKeptSignIn::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_cloud.loadDefaultScenario();
    m_cloud.setSingleUseRefreshTokens(true);
    QVERIFY(m_dir.isValid());
}

KeptSignIn TestKeptSignIn::issued()
{
    FakeCloudClient client(m_cloud.baseUrl());
    const QString code = SignIn::code(client, SignIn::authorizeUrl(m_cloud.baseUrl()));
    KeptSignIn kept;
    kept.refreshToken = SignIn::redeem(client, code).json().value(QStringLiteral("refresh_token")).toString();
    kept.account = QStringLiteral("camille@stluc.onmicrosoft.com");
    kept.keptAt = QDateTime::currentDateTimeUtc().addDays(-3);
    return kept;
}

CheckResult TestKeptSignIn::of(const QList<CheckResult> &results, CheckId id)
{
    for (const CheckResult &result : results) {
        if (result.id == id)
            return result;
    }
    return {};
}

QList<CheckResult> TestKeptSignIn::run(const KeptSignIn &kept, const CheckContext::SignInStorer &store)
{
    CheckContext context(fakeCloudConfig(m_cloud.baseUrl()), &m_network);
    context.secret = fake::defaults::secret;
    context.keptSignIn = kept;
    context.keepSignIn = store;
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner.check(CheckId::MeetingCreate))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::NonInteractive);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<QList<CheckResult>>();
}

void TestKeptSignIn::keptSignInStandsInForThePerson()
{
    const KeptSignIn kept = issued();
    QVERIFY(!kept.isNull());
    QList<KeptSignIn> stored;
    const QList<CheckResult> results = run(kept, [&](const KeptSignIn &value, auto done) {
        stored << value;
        done(Error());
    });
    QCOMPARE(results.size(), 10); // every check listed
    const CheckResult signIn = of(results, CheckId::SignIn);
    QCOMPARE(signIn.status, CheckStatus::Skipped);
    QCOMPARE(signIn.skipReason, SkipReason::NeedsPerson);
    for (const CheckId id : {CheckId::Refresh, CheckId::MeetingCreate, CheckId::MeetingDelete})
        QVERIFY2(of(results, id).status == CheckStatus::Passed, qPrintable(of(results, id).summary));
    QVERIFY(of(results, CheckId::Refresh).summary.contains(kept.account));
    QCOMPARE(of(results, CheckId::Refresh).facts.value(QStringLiteral("refreshTokenRotated")).toBool(), true);
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
    // The rotated token was handed over to be kept, with the same account and date.
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().refreshToken != kept.refreshToken);
    QCOMPARE(stored.first().account, kept.account);
    QCOMPARE(stored.first().keptAt, kept.keptAt);
}

void TestKeptSignIn::withoutOneRefreshNeedsAKeptSignIn()
{
    const QList<CheckResult> results = run({}, {});
    QCOMPARE(of(results, CheckId::AppCredentials).status, CheckStatus::Passed);
    const CheckResult refresh = of(results, CheckId::Refresh);
    QCOMPARE(refresh.status, CheckStatus::Skipped);
    QCOMPARE(refresh.skipReason, SkipReason::NeedsKeptSignIn);
    QCOMPARE(of(results, CheckId::MeetingCreate).status, CheckStatus::Skipped);
    QCOMPARE(of(results, CheckId::MeetingDelete).status, CheckStatus::Skipped);
}

void TestKeptSignIn::refusedRotationIsAWarning()
{
    const KeptSignIn kept = issued();
    const QList<CheckResult> results = run(kept, [](const KeptSignIn &, auto done) {
        done(Error::make(QStringLiteral("secrets.access-denied"), QStringLiteral("The keyring is locked.")));
    });
    const CheckResult refresh = of(results, CheckId::Refresh);
    QCOMPARE(refresh.status, CheckStatus::Warning);
    QVERIFY2(refresh.cause.contains(QLatin1String("The keyring is locked.")), qPrintable(refresh.cause));
    QVERIFY(refresh.cause.contains(QLatin1String("stopped working")));
    QCOMPARE(refresh.remedy.kind, RemedyKind::KeepSignInAgain);
    QCOMPARE(refresh.facts.value(QStringLiteral("keptSignInStored")).toBool(), false);
    // The probe still ran on the access token the redemption gave.
    QCOMPARE(of(results, CheckId::MeetingDelete).status, CheckStatus::Passed);
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
}

QTEST_GUILESS_MAIN(TestKeptSignIn)
#include "tst_keptsignin.moc"
