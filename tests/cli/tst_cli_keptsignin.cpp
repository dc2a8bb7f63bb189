// The monitoring sign-in kept in the keychain (real gnome-keyring in a private D-Bus session), through
// the real executable against the fake cloud: a test sign-in kept with --keep-sign-in lets later runs
// without a person prove the refresh and the meeting probe; each run keeps the rotated refresh token;
// an expired or revoked one fails the refresh with what to do; --forget-sign-in removes it; and the
// token never reaches an output, a file or the log.
#include "CliProcess.h"
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudScenario.h"
#include "SignIn.h"
#include "TestConfigs.h"
#include "TestKeychain.h"

#include "auth/KeptSignIn.h"
#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using flexo::KeptSignIn;
using flexo::KeychainBinding;
using flexo::KeychainEntry;
using flexo::test::CliProcess;
using flexo::test::TestConfigs;

class TstCliKeptSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keptSignInMonitorsWithoutAPerson();
    void refusedRefreshFailsWithItsCause_data();
    void refusedRefreshFailsWithItsCause();
    void forgetSignInRemovesIt();
    void keepSignInNeedsInteractive();

private:
    [[nodiscard]] KeychainEntry keptEntry() const;
    // A refresh token the fake issued for the default scenario's user, as a sign-in would get it.
    [[nodiscard]] QString issuedRefreshToken();
    [[nodiscard]] CliProcess::Outcome diagnose(const QStringList &extra = {});
    // Fails when `token` is in `text`, or in any file under the test's home (config, report, log,
    // journal), the keyring's own encrypted files aside.
    void verifyNowhere(const QString &token, const QByteArray &text);

    flexo::fake::FakeCloud m_cloud;
    TestKeychain m_keychain;
    QTemporaryDir m_dir;
    QString m_config;
};

void TstCliKeptSignIn::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(m_cloud));
    // Rotation as Entra may do it: a redeemed refresh token stops working.
    m_cloud.setSingleUseRefreshTokens(true);
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(QStringLiteral("kept.json"));
    QVERIFY(TestConfigs::write(TestConfigs::forCloud(m_cloud.baseUrl()), m_config));
}

void TstCliKeptSignIn::init()
{
    m_cloud.clearRequestLog();
}

void TstCliKeptSignIn::cleanup()
{
    m_keychain.remove(keptEntry());
    m_keychain.removeWritten();
}

KeychainEntry TstCliKeptSignIn::keptEntry() const
{
    const auto loaded = flexo::ConfigFile::load(m_config);
    if (!loaded.ok())
        qFatal("the test config cannot be read");
    const auto entry = KeychainBinding::keptSignInEntryFor(loaded.value());
    if (!entry.ok())
        qFatal("no kept sign-in entry for the test config");
    return entry.value();
}

QString TstCliKeptSignIn::issuedRefreshToken()
{
    FakeCloudClient client(m_cloud.baseUrl());
    const QString code = SignIn::code(client, SignIn::authorizeUrl(m_cloud.baseUrl()));
    return SignIn::redeem(client, code).json().value(QStringLiteral("refresh_token")).toString();
}

CliProcess::Outcome TstCliKeptSignIn::diagnose(const QStringList &extra)
{
    CliProcess cli;
    cli.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    // Without a person: no browser can be started.
    cli.setEnv(QStringLiteral("BROWSER"), QStringLiteral("/bin/false"));
    return cli.run(QStringList{QStringLiteral("diagnose"), m_config, QStringLiteral("--format"),
                               QStringLiteral("json")} +
                       extra,
                   90000);
}

void TstCliKeptSignIn::verifyNowhere(const QString &token, const QByteArray &text)
{
    QVERIFY(!token.isEmpty());
    QVERIFY2(!text.contains(token.toUtf8()), "the refresh token was printed");
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    int looked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue; // the keychain itself, encrypted
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++looked;
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(path));
    }
    QVERIFY(looked > 0); // at least the log file
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(token.toUtf8()));
}

void TstCliKeptSignIn::keptSignInMonitorsWithoutAPerson()
{
    // 1. A person signs in once and keeps the sign-in.
    CliProcess person;
    person.setEnv(QStringLiteral("FLEXO_CLIENT_SECRET"), TestConfigs::secret);
    person.setEnv(QStringLiteral("BROWSER"), QStringLiteral(FLEXO_FAKE_BROWSER));
    const auto kept =
        person.run({QStringLiteral("diagnose"), m_config, QStringLiteral("--interactive"),
                    QStringLiteral("--keep-sign-in"), QStringLiteral("--format"), QStringLiteral("json")},
                   90000);
    QVERIFY2(kept.exitCode == 0, kept.all().constData());
    const QJsonObject keptRefresh = TestConfigs::checkOf(kept.out, QStringLiteral("refresh"));
    QCOMPARE(keptRefresh.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    const std::optional<QString> stored = m_keychain.read(keptEntry());
    QVERIFY(stored.has_value());
    const KeptSignIn first = KeptSignIn::fromValue(*stored);
    QVERIFY(!first.isNull());
    QCOMPARE(first.account, flexo::fake::defaults::signInUser);
    QVERIFY(first.keptAt.isValid());
    verifyNowhere(first.refreshToken, kept.all());

    // 2. The nightly run: no person, no browser; refresh, create and delete from the kept sign-in.
    m_cloud.clearRequestLog();
    const auto night = diagnose();
    QVERIFY2(night.exitCode == 0, night.all().constData());
    for (const QString &id :
         {QStringLiteral("refresh"), QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")}) {
        const QJsonObject check = TestConfigs::checkOf(night.out, id);
        QVERIFY2(check.value(QStringLiteral("status")).toString() == QLatin1String("passed"),
                 qPrintable(id + QLatin1Char(' ') + QString::fromUtf8(night.out)));
    }
    QCOMPARE(
        TestConfigs::checkOf(night.out, QStringLiteral("sign-in")).value(QStringLiteral("status")).toString(),
        QStringLiteral("skipped"));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
    // No sign-in took place (the redirect-uris check's pre-check of /authorize is no sign-in): no
    // code was redeemed, the kept refresh token once.
    QStringList grants;
    for (const QJsonValue &request : m_cloud.requestLog())
        grants << request.toObject().value(QStringLiteral("grantType")).toString();
    QCOMPARE(grants.count(QStringLiteral("authorization_code")), 0);
    QCOMPARE(grants.count(QStringLiteral("refresh_token")), 1);

    // 3. The rotated token replaced the kept one; the old one is refused by the cloud now.
    const KeptSignIn second = KeptSignIn::fromValue(m_keychain.read(keptEntry()).value_or(QString()));
    QVERIFY(!second.isNull());
    QVERIFY(second.refreshToken != first.refreshToken);
    QCOMPARE(second.account, first.account);
    QCOMPARE(second.keptAt, first.keptAt);
    verifyNowhere(second.refreshToken, night.all());

    // 4. The next run uses the rotated one and passes again.
    const auto nextNight = diagnose();
    QVERIFY2(nextNight.exitCode == 0, nextNight.all().constData());
    QCOMPARE(TestConfigs::checkOf(nextNight.out, QStringLiteral("refresh"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("passed"));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);

    // 5. Had the old one been used, the cloud would have refused it.
    KeptSignIn stale = second;
    stale.refreshToken = first.refreshToken;
    m_keychain.write(keptEntry(), stale.toValue());
    const auto staleNight = diagnose();
    QCOMPARE(staleNight.exitCode, 1);
    const QJsonObject refused = TestConfigs::checkOf(staleNight.out, QStringLiteral("refresh"));
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(
        refused.value(QStringLiteral("summary")).toString().contains(QLatin1String("expired or was revoked")),
        staleNight.out.constData());
    QCOMPARE(m_cloud.liveMeetingCount(), 0);

    // 6. A person's run without --keep-sign-in keeps nothing: what is kept stays as it was.
    const auto unkept = person.run({QStringLiteral("diagnose"), m_config, QStringLiteral("--interactive"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   90000);
    QVERIFY2(unkept.exitCode == 0, unkept.all().constData());
    QCOMPARE(m_keychain.read(keptEntry()), std::optional<QString>(stale.toValue()));
}

// An ended sign-in asks for a new one. What else broke the connector since the sign-in was kept may
// be no fault of the sign-in (withdrawn consent, a new Conditional Access policy): signing in again
// would not mend it, so the report names that cause and the fix that does.
void TstCliKeptSignIn::refusedRefreshFailsWithItsCause_data()
{
    QTest::addColumn<int>("aadsts");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("remedy");
    const QString ended = QStringLiteral(
        "The monitoring sign-in has expired or was revoked; run the test sign-in again with --keep-sign-in.");
    const QString again = QStringLiteral("keep-sign-in-again");
    QTest::newRow("revoked") << 50173 << ended << again;
    QTest::newRow("expired") << 70008 << ended << again;
    QTest::newRow("expired after 90 days") << 700082 << ended << again;
    QTest::newRow("second factor needed") << 50076 << ended << again;
    QTest::newRow("second factor expired") << 50078 << ended << again;
    QTest::newRow("consent withdrawn")
        << 65001
        << QStringLiteral("The consent to the app's permissions was withdrawn after the sign-in was kept. "
                          "(AADSTS65001)")
        << QStringLiteral("grant-admin-consent");
    QTest::newRow("Conditional Access")
        << 53003 << QStringLiteral("A Conditional Access policy blocked the sign-in. (AADSTS53003)")
        << QStringLiteral("ask-conditional-access-owner");
}

void TstCliKeptSignIn::refusedRefreshFailsWithItsCause()
{
    QFETCH(int, aadsts);
    QFETCH(QString, summary);
    QFETCH(QString, remedy);
    KeptSignIn kept;
    kept.refreshToken = issuedRefreshToken();
    kept.account = flexo::fake::defaults::signInUser;
    kept.keptAt = QDateTime::currentDateTimeUtc().addDays(-30);
    QVERIFY(!kept.isNull());
    if (aadsts == 700082)
        m_cloud.expireRefreshTokens();
    else
        QVERIFY(m_cloud.refuseRefreshTokens(aadsts));
    m_keychain.write(keptEntry(), kept.toValue());

    const auto outcome = diagnose();
    QCOMPARE(outcome.exitCode, 1);
    const QJsonObject refresh = TestConfigs::checkOf(outcome.out, QStringLiteral("refresh"));
    QCOMPARE(refresh.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(refresh.value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(refresh.value(QStringLiteral("remedy")).toObject().value(QStringLiteral("kind")).toString(),
             remedy);
    QCOMPARE(refresh.value(QStringLiteral("observed")).toObject().value(QStringLiteral("aadsts")).toString(),
             QStringLiteral("AADSTS%1").arg(aadsts));
    for (const QString &id : {QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")})
        QCOMPARE(TestConfigs::checkOf(outcome.out, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("skipped"));
    QCOMPARE(m_cloud.liveMeetingCount(), 0);
    verifyNowhere(kept.refreshToken, outcome.all());
}

void TstCliKeptSignIn::forgetSignInRemovesIt()
{
    KeptSignIn kept;
    kept.refreshToken = issuedRefreshToken();
    kept.account = flexo::fake::defaults::signInUser;
    kept.keptAt = QDateTime::currentDateTimeUtc();
    m_keychain.write(keptEntry(), kept.toValue());
    QVERIFY(m_keychain.read(keptEntry()).has_value());

    CliProcess cli;
    const auto forgot = cli.run({QStringLiteral("diagnose"), QStringLiteral("--forget-sign-in"), m_config});
    QVERIFY2(forgot.exitCode == 0, forgot.all().constData());
    QVERIFY(!m_keychain.read(keptEntry()).has_value());
    QVERIFY(forgot.outText().contains(QLatin1String("no sign-in is kept")));
    verifyNowhere(kept.refreshToken, forgot.all());
    // Forgetting what is not kept is no error: the entry is gone either way.
    QCOMPARE(cli.run({QStringLiteral("diagnose"), QStringLiteral("--forget-sign-in"), m_config}).exitCode, 0);

    // Without it, a run without a person skips the refresh again.
    const auto night = diagnose();
    QCOMPARE(
        TestConfigs::checkOf(night.out, QStringLiteral("refresh")).value(QStringLiteral("status")).toString(),
        QStringLiteral("skipped"));
}

void TstCliKeptSignIn::keepSignInNeedsInteractive()
{
    const auto outcome =
        CliProcess().run({QStringLiteral("diagnose"), m_config, QStringLiteral("--keep-sign-in")});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.errText().contains(QLatin1String("--interactive")));
    QVERIFY(!m_keychain.read(keptEntry()).has_value());
}

QTEST_GUILESS_MAIN(TstCliKeptSignIn)
#include "tst_cli_keptsignin.moc"
