// The unfinished setup kept between two starts of the wizard: what it keeps, that it never keeps the
// secret, that its file is private, and that a damaged file is no draft rather than a failure.
#include "setup/SetupDraft.h"
#include "setup/SetupDraftFile.h"
#include "setup/SetupModel.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace flexo;

namespace {

const QString kSecret = QStringLiteral("Zx8Q~abcdefghijklmnopqrstuvwxyz0123456789");

void fill(SetupModel &model)
{
    model.setCloud(Cloud::Custom);
    model.setCustomBases(QUrl(QStringLiteral("http://127.0.0.1:4567")),
                         QUrl(QStringLiteral("http://127.0.0.1:4568")));
    model.setProxy(QStringLiteral("http://proxy.example:3128"));
    model.setTenantInput(QStringLiteral("contoso.onmicrosoft.com"));
    model.setClientId(QStringLiteral("3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c"));
    model.setSecret(kSecret);
    model.setSecretExpiry(QDate(2027, 6, 30));
    model.setRedirectUris(
        {QStringLiteral("https://flexo.example/a"), QStringLiteral("https://flexo.example/b")});
    model.setLifecycleUrl(QUrl(QStringLiteral("https://flexo.example/lifecycle")));
    model.setAppRegistered(true);
}

} // namespace

class TestSetupDraft : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverythingButTheSecret();
    void fileIsPrivateAndRemovable();
    void damagedFileIsNoDraft_data();
    void damagedFileIsNoDraft();
    void nothingEnteredIsNotWorthKeeping();
};

void TestSetupDraft::keepsEverythingButTheSecret()
{
    SetupModel model;
    fill(model);
    const QDateTime now(QDate(2026, 12, 4), QTime(17, 0), QTimeZone::utc());
    const QByteArray json = SetupDraft::fromModel(model, now).toJson();
    QVERIFY(!json.contains(kSecret.toUtf8()));
    QVERIFY(!json.contains(kSecret.left(8).toUtf8()));

    const std::optional<SetupDraft> back = SetupDraft::fromJson(json);
    QVERIFY(back);
    SetupModel resumed;
    back->applyTo(resumed);
    const ConnectorConfig &config = resumed.config();
    QCOMPARE(back->savedAt, now);
    QCOMPARE(config.cloud, Cloud::Custom);
    QCOMPARE(config.customGraphBase, QUrl(QStringLiteral("http://127.0.0.1:4568")));
    QCOMPARE(config.proxy, QStringLiteral("http://proxy.example:3128"));
    QCOMPARE(resumed.tenantInput(), QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(config.clientId, model.config().clientId);
    QCOMPARE(config.secretExpiry, QDate(2027, 6, 30));
    QCOMPARE(config.redirectUris, model.config().redirectUris);
    QCOMPARE(config.lifecycleUrl, model.config().lifecycleUrl);
    QVERIFY(resumed.appRegistered());
    QVERIFY(config.secret.isEmpty());
}

void TestSetupDraft::fileIsPrivateAndRemovable()
{
    QTemporaryDir dir;
    SetupModel model;
    fill(model);
    const SetupDraftFile file(dir.filePath(QStringLiteral("state/unfinished-setup.json")));
    QVERIFY(!file.load());
    QVERIFY(file.save(SetupDraft::fromModel(model, QDateTime::currentDateTimeUtc())).isNull());
    QCOMPARE(QFileInfo(file.path()).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(file.load());
    file.remove();
    QVERIFY(!QFileInfo::exists(file.path()));
    QVERIFY(!file.load());
}

void TestSetupDraft::damagedFileIsNoDraft_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray good = R"({"format": "flexo-teams-unfinished-setup", "version": 1, "cloud": "global",
        "savedAt": "2026-12-04T10:00:00Z", "tenant": "contoso.example"})";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(40);
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("a connector config") << QByteArray(R"({"format": "flexo-teams-connector", "version": 1})");
    QTest::newRow("newer version") << QByteArray(good).replace("\"version\": 1", "\"version\": 2");
    QTest::newRow("unknown cloud") << QByteArray(good).replace("global", "mars");
    QTest::newRow("no date") << QByteArray(good).replace("2026-12-04T10:00:00Z", "soon");
    QTest::newRow("uris not a list") << QByteArray(good).replace("\"tenant\"",
                                                                 "\"redirectUris\": 3, \"tenant\"");
    QTest::newRow("too large") << good + QByteArray(100 * 1024, ' ');
}

void TestSetupDraft::damagedFileIsNoDraft()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const SetupDraftFile file(dir.filePath(QStringLiteral("unfinished-setup.json")));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(content);
    raw.close();
    QVERIFY(!file.load());
}

void TestSetupDraft::nothingEnteredIsNotWorthKeeping()
{
    SetupModel model;
    model.setCloud(Cloud::UsGovHigh); // a choice, but nothing typed
    QVERIFY(!SetupDraft::fromModel(model, QDateTime::currentDateTimeUtc()).isWorthKeeping());
    model.setTenantInput(QStringLiteral("contoso.us"));
    QVERIFY(SetupDraft::fromModel(model, QDateTime::currentDateTimeUtc()).isWorthKeeping());
}

QTEST_GUILESS_MAIN(TestSetupDraft)
#include "tst_setupdraft.moc"
