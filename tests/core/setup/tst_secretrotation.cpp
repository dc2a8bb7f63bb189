// Replacing the client secret of a saved config, and the values handed over to FlexO, with no widget:
// against the in-process fake cloud (which knows the old and the new secret of the FlexO app) and an
// in-memory keychain that can fail at any step.
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"

#include "checks/ReportRenderer.h"
#include "checks/ReportRun.h"
#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/MemorySecretStore.h"
#include "setup/FlexoHandover.h"
#include "setup/SecretRotation.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace flexo;
namespace defaults = flexo::fake::defaults;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
const QString kNewSecret = QStringLiteral("Nw4Q~rotatedSecretValue.0123456789abcdefg");
const QString kNewSecretId = QStringLiteral("5c4b3a29-1807-4f6e-8d5c-4b3a29180706");
const QDate kNewExpiry(2028, 11, 30);

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                   message;
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

// The forms a secret could take in a log line, a file or a report.
QStringList forms(const QString &secret)
{
    QStringList all = {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), secret.mid(3)};
    all.removeDuplicates();
    return all;
}

QString textsOf(const CheckResult &result)
{
    QStringList texts = {
        result.title,           result.summary,           result.cause, result.fix, result.helpUrl.toString(),
        result.observed.aadsts, result.observed.requestId};
    for (auto it = result.facts.cbegin(); it != result.facts.cend(); ++it)
        texts << it.key() + QLatin1Char('=') + it.value().toString();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestSecretRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void goodNewSecretReplacesTheOld();
    void newSecretFailingVerificationChangesNothing();
    void refusedBeforeAnyRequest_data();
    void refusedBeforeAnyRequest();
    void oldSecretFailingIsReportedNotFatal();
    void keychainUnavailableWhenStoringKeepsTheOld();
    void keychainUnavailableAtTheStartChangesNothing();
    void failedConfigSavePutsTheOldSecretBack();
    void exportHoldingTheSecretIsRefused();
    void isDue_data();
    void isDue();
    void portalPageOfTheCloud();
    void handoverListsFlexoFieldsInOrder();
    void handoverReadsTheSecretOnlyWhenAsked();
    void deleteReminderNamesTheOldHint();
    void noSecretInLogsOutcomesFilesOrReports();

private:
    [[nodiscard]] RotationOutcome rotate(const QString &newSecret, const QDate &expiry = kNewExpiry);
    [[nodiscard]] QString storedSecret() const;
    [[nodiscard]] QByteArray fileBytes() const;

    fake::FakeCloud m_cloud;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DiagnosisService> m_service;
    std::unique_ptr<SecretRotation> m_rotation;
    ConnectorConfig m_config;
    QString m_path;
};

void TestSecretRotation::initTestCase()
{
    QVERIFY(m_cloud.start());
}

void TestSecretRotation::init()
{
    QString error;
    QVERIFY2(m_cloud.loadScenario(
                 fake::FakeCloud::defaultScenarioWithSecret(kNewSecret, kNewSecretId, kNewExpiry), &error),
             qPrintable(error));
    m_cloud.clearFaults();
    m_cloud.clearRequestLog();
    m_store.clear();
    m_store.setMode(MemorySecretStore::Mode::Working);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    m_config = ConnectorConfig{};
    m_config.cloud = Cloud::Custom;
    m_config.customLoginBase = m_cloud.baseUrl();
    m_config.customGraphBase = m_cloud.baseUrl();
    m_config.tenantId = defaults::tenantId;
    m_config.tenantDomain = defaults::tenantDomain;
    m_config.clientId = defaults::clientId;
    m_config.secretExpiry = QDate(2026, 12, 20); // due: within 30 days
    m_config.secretHint = defaults::secretHint;
    m_config.redirectUris = {defaults::flexoRedirectUri};
    m_config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    m_config.proxy = QStringLiteral("none");
    m_path = m_dir->filePath(QStringLiteral("connector.json"));
    QVERIFY(ConfigFile::save(m_config, m_path).isNull());
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(m_config);
    QVERIFY(entry.ok());
    m_store.insert(entry.value().service, entry.value().key, defaults::secret);

    DiagnosisEnvironment environment;
    environment.network = &m_network;
    environment.secrets = &m_store;
    environment.clock = [] { return kNow; };
    environment.journalFile = m_dir->filePath(QStringLiteral("journal.json"));
    m_service = std::make_unique<DiagnosisService>(environment);
    m_rotation = std::make_unique<SecretRotation>(m_service.get());
    m_rotation->setToday([] { return kNow.date(); });
}

void TestSecretRotation::cleanup()
{
    m_rotation.reset();
    m_service.reset();
}

RotationOutcome TestSecretRotation::rotate(const QString &newSecret, const QDate &expiry)
{
    QSignalSpy finished(m_rotation.get(), &SecretRotation::finished);
    m_rotation->start({m_config, m_path, newSecret, expiry});
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().at(0).value<RotationOutcome>();
}

QString TestSecretRotation::storedSecret() const
{
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(m_config);
    return m_store.value(entry.value().service, entry.value().key);
}

QByteArray TestSecretRotation::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSecretRotation::goodNewSecretReplacesTheOld()
{
    QSignalSpy steps(m_rotation.get(), &SecretRotation::stepChanged);
    const RotationOutcome outcome = rotate(QStringLiteral("  ") + kNewSecret + QStringLiteral("\n"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.userText()));
    QCOMPARE(outcome.newCheck.status, CheckStatus::Passed);
    QVERIFY(outcome.oldSecretFound);
    QVERIFY(outcome.oldStillWorks());
    QCOMPARE(outcome.oldHint, defaults::secretHint);
    QCOMPARE(outcome.newHint, kNewSecret.left(3));
    QVERIFY(outcome.keychainChanged);

    QCOMPARE(storedSecret(), kNewSecret);
    QCOMPARE(m_store.count(), 1);
    const Result<ConnectorConfig> saved = ConfigFile::load(m_path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().secretExpiry, kNewExpiry);
    QCOMPARE(saved.value().secretHint, kNewSecret.left(3));
    QVERIFY(saved.value().secret.isEmpty());
    QVERIFY(!fileBytes().contains(kNewSecret.toUtf8()));
    QVERIFY(QFile::exists(ConfigFile::backupPath(m_path))); // the previous file is kept

    // Both secrets were tried with a client-credentials grant.
    int tokenRequests = 0;
    const QJsonArray log = m_cloud.requestLog();
    for (const QJsonValue &entry : log)
        tokenRequests +=
            entry.toObject().value(QStringLiteral("endpoint")).toString() == QLatin1String("token");
    QCOMPARE(tokenRequests, 2);

    QList<SecretRotation::Step> seen;
    for (const QList<QVariant> &step : steps)
        seen << step.at(0).value<SecretRotation::Step>();
    QCOMPARE(seen,
             (QList<SecretRotation::Step>{SecretRotation::Step::ReadingOld, SecretRotation::Step::Verifying,
                                          SecretRotation::Step::Storing, SecretRotation::Step::Saving,
                                          SecretRotation::Step::Done}));
}

void TestSecretRotation::newSecretFailingVerificationChangesNothing()
{
    const QByteArray before = fileBytes();
    const RotationOutcome outcome = rotate(QStringLiteral("Bad9Q~thisSecretIsNotRegistered.012345678"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.code, QStringLiteral("rotation.new-secret-failed"));
    QCOMPARE(outcome.newCheck.status, CheckStatus::Failed);
    QCOMPARE(outcome.newCheck.observed.aadsts, QStringLiteral("AADSTS7000215"));
    QVERIFY(!outcome.keychainChanged);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
}

void TestSecretRotation::refusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("secret id") << defaults::secretId << kNewExpiry
                               << QStringLiteral("config.secret.looks-like-secret-id")
                               << QStringLiteral("Secret ID");
    QTest::newRow("new secret's id") << kNewSecretId << kNewExpiry
                                     << QStringLiteral("config.secret.looks-like-secret-id")
                                     << QStringLiteral("Value");
    QTest::newRow("client id") << defaults::clientId << kNewExpiry
                               << QStringLiteral("config.secret.is-client-id") << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << kNewExpiry << QStringLiteral("config.secret.missing")
                           << QString();
    QTest::newRow("no expiry") << kNewSecret << QDate() << QStringLiteral("rotation.expiry-missing")
                               << QStringLiteral("Expires");
    QTest::newRow("expiry past") << kNewSecret << QDate(2026, 11, 1)
                                 << QStringLiteral("config.secretExpiry.past") << QString();
    QTest::newRow("the same secret") << defaults::secret << kNewExpiry
                                     << QStringLiteral("rotation.same-secret") << QString();
}

void TestSecretRotation::refusedBeforeAnyRequest()
{
    QFETCH(QString, pasted);
    QFETCH(QDate, expiry);
    QFETCH(QString, code);
    QFETCH(QString, explanation);
    const QByteArray before = fileBytes();
    const RotationOutcome outcome = rotate(pasted, expiry);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.code, code);
    QVERIFY2(outcome.error.userText().contains(explanation), qPrintable(outcome.error.userText()));
    QCOMPARE(m_cloud.requestLog().size(), 0);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
}

void TestSecretRotation::oldSecretFailingIsReportedNotFatal()
{
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(m_config);
    m_store.insert(entry.value().service, entry.value().key, defaults::expiredSecret);
    m_config.secretHint = defaults::expiredSecret.left(3);
    m_config.secretExpiry = QDate(2025, 1, 31); // the expired secret the config still records
    QVERIFY(ConfigFile::save(m_config, m_path).isNull());
    const RotationOutcome outcome = rotate(kNewSecret);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.userText()));
    QVERIFY(outcome.oldSecretFound);
    QVERIFY(!outcome.oldStillWorks());
    QCOMPARE(outcome.oldCheck.status, CheckStatus::Failed);
    QCOMPARE(outcome.oldHint, defaults::expiredSecret.left(3));
    QCOMPARE(outcome.oldCheck.observed.aadsts, QStringLiteral("AADSTS7000222")); // expired, as Microsoft says
    QCOMPARE(storedSecret(), kNewSecret);
    QCOMPARE(ConfigFile::load(m_path).value().secretExpiry, kNewExpiry);
}

void TestSecretRotation::keychainUnavailableWhenStoringKeepsTheOld()
{
    const QByteArray before = fileBytes();
    connect(m_rotation.get(), &SecretRotation::stepChanged, this, [this](SecretRotation::Step step) {
        if (step == SecretRotation::Step::Storing)
            m_store.setMode(MemorySecretStore::Mode::Locked);
    });
    const RotationOutcome outcome = rotate(kNewSecret);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.code.startsWith(QLatin1String("secrets.")), qPrintable(outcome.error.code));
    QCOMPARE(outcome.newCheck.status, CheckStatus::Passed);
    QVERIFY(!outcome.keychainChanged);
    m_store.setMode(MemorySecretStore::Mode::Working);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
}

void TestSecretRotation::keychainUnavailableAtTheStartChangesNothing()
{
    m_store.setMode(MemorySecretStore::Mode::NoService);
    const QByteArray before = fileBytes();
    const RotationOutcome outcome = rotate(kNewSecret);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.code.startsWith(QLatin1String("secrets.unavailable")));
    QCOMPARE(m_cloud.requestLog().size(), 0);
    m_store.setMode(MemorySecretStore::Mode::Working);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
}

void TestSecretRotation::failedConfigSavePutsTheOldSecretBack()
{
    // The config reached through a link: the atomic save refuses it, after the keychain took the new one.
    const QString target = m_dir->filePath(QStringLiteral("real.json"));
    QVERIFY(QFile::rename(m_path, target));
    QVERIFY(QFile::link(target, m_path));
    QSignalSpy steps(m_rotation.get(), &SecretRotation::stepChanged);
    const RotationOutcome outcome = rotate(kNewSecret);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.code.startsWith(QLatin1String("config.file")));
    QVERIFY(outcome.keychainRestored);
    QVERIFY(!outcome.keychainChanged);
    QVERIFY(outcome.error.fix.contains(QStringLiteral("old secret is still in the keychain")));
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(ConfigFile::load(target).value().secretExpiry, QDate(2026, 12, 20));
    bool restored = false;
    for (const QList<QVariant> &step : steps)
        restored = restored || step.at(0).value<SecretRotation::Step>() == SecretRotation::Step::Restoring;
    QVERIFY(restored);
}

void TestSecretRotation::exportHoldingTheSecretIsRefused()
{
    ConnectorConfig exported = m_config;
    exported.secret = defaults::secret;
    SaveOptions options;
    options.includeSecret = true;
    options.forExport = true;
    QVERIFY(ConfigFile::save(exported, m_path, options).isNull());
    const QByteArray before = fileBytes();
    const RotationOutcome outcome = rotate(kNewSecret);
    QCOMPARE(outcome.error.code, QStringLiteral("rotation.file-holds-secret"));
    QCOMPARE(fileBytes(), before);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(m_cloud.requestLog().size(), 0);
}

void TestSecretRotation::isDue_data()
{
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<bool>("due");
    QTest::newRow("unknown") << QDate() << false;
    QTest::newRow("in a year") << QDate(2027, 12, 1) << false;
    QTest::newRow("in 31 days") << QDate(2027, 1, 1) << false;
    QTest::newRow("in 30 days") << QDate(2026, 12, 31) << true;
    QTest::newRow("today") << QDate(2026, 12, 1) << true;
    QTest::newRow("expired") << QDate(2026, 6, 1) << true;
}

void TestSecretRotation::isDue()
{
    QFETCH(QDate, expiry);
    QFETCH(bool, due);
    ConnectorConfig config;
    config.secretExpiry = expiry;
    QCOMPARE(SecretRotation::isDue(config, kNow.date()), due);
}

void TestSecretRotation::portalPageOfTheCloud()
{
    ConnectorConfig config;
    config.clientId = defaults::clientId;
    config.cloud = Cloud::Global;
    QUrl url = SecretRotation::certificatesAndSecretsUrl(config);
    QCOMPARE(url.host(), QStringLiteral("portal.azure.com"));
    QVERIFY(url.fragment().contains(QStringLiteral("/Credentials/appId/") + defaults::clientId));
    config.cloud = Cloud::UsGovHigh;
    url = SecretRotation::certificatesAndSecretsUrl(config);
    QCOMPARE(url.host(), QStringLiteral("portal.azure.us"));
    config.cloud = Cloud::China;
    QCOMPARE(SecretRotation::certificatesAndSecretsUrl(config).host(), QStringLiteral("portal.azure.cn"));
    config.cloud = Cloud::Custom;
    QVERIFY(SecretRotation::certificatesAndSecretsUrl(config).isEmpty());
}

void TestSecretRotation::handoverListsFlexoFieldsInOrder()
{
    m_config.redirectUris << QStringLiteral("https://flexo2.stluc.example/teams/oauth/callback");
    const QList<HandoverField> fields = FlexoHandover::fields(m_config);
    QStringList names;
    for (const HandoverField &field : fields)
        names << field.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Tenant ID"), QStringLiteral("Application ID"),
                                 QStringLiteral("Application Secret Key"), QStringLiteral("Redirection URL"),
                                 QStringLiteral("Redirection URL"), QStringLiteral("Lifecycle URL")}));
    QCOMPARE(fields.at(0).value, defaults::tenantId);
    QCOMPARE(fields.at(1).value, defaults::clientId);
    QVERIFY(fields.at(2).isSecret());
    QVERIFY(fields.at(2).value.isEmpty());
    QCOMPARE(fields.at(3).value, defaults::flexoRedirectUri);
    QCOMPARE(fields.at(5).value, QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    QVERIFY(FlexoHandover::secretPlaceholder(m_config).startsWith(defaults::secretHint));
    QVERIFY(!FlexoHandover::reminder().isEmpty());
}

void TestSecretRotation::handoverReadsTheSecretOnlyWhenAsked()
{
    const int before = m_store.operationCount();
    FlexoHandover handover(m_config, m_service->keeper());
    QCOMPARE(m_store.operationCount(), before);
    QString secret;
    Error error;
    bool answered = false;
    handover.fetchSecret(this, [&](const QString &value, const Error &e) {
        secret = value;
        error = e;
        answered = true;
    });
    QVERIFY(!answered); // later, from the event loop
    QTRY_VERIFY(answered);
    QVERIFY(error.isNull());
    QCOMPARE(secret, defaults::secret);
    QVERIFY(m_store.operationCount() > before);

    m_store.clear();
    answered = false;
    handover.fetchSecret(this, [&](const QString &value, const Error &e) {
        secret = value;
        error = e;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(secret.isEmpty());
    QCOMPARE(error.code, QStringLiteral("secrets.not-found"));
}

void TestSecretRotation::deleteReminderNamesTheOldHint()
{
    QVERIFY(SecretRotation::deleteOldReminder(QStringLiteral("Zx8")).contains(QStringLiteral("“Zx8”")));
    QVERIFY(!SecretRotation::deleteOldReminder({}).isEmpty());
}

void TestSecretRotation::noSecretInLogsOutcomesFilesOrReports()
{
    // Every category at debug level, recorded, across a good, a failing and a rolled-back rotation.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_lines.clear();
    g_previous = qInstallMessageHandler(record);
    QString everything;
    const QString bad = QStringLiteral("Bad9Q~thisSecretIsNotRegistered.012345678");
    const QList<RotationOutcome> outcomes = {rotate(bad), rotate(kNewSecret)};
    // Rolled back: the config reached through a link cannot be saved.
    m_config.secretHint = kNewSecret.left(3);
    const QString target = m_dir->filePath(QStringLiteral("real.json"));
    QVERIFY(QFile::rename(m_path, target));
    QVERIFY(QFile::link(target, m_path));
    const RotationOutcome rolledBack = rotate(defaults::secret);
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(outcomes.at(1).ok());
    QVERIFY(!rolledBack.ok());
    QVERIFY(!g_lines.isEmpty());

    for (const RotationOutcome &outcome : outcomes + QList<RotationOutcome>{rolledBack}) {
        everything += outcome.error.userText() + outcome.error.detail + textsOf(outcome.newCheck) +
                      textsOf(outcome.oldCheck) + QString::fromUtf8(ConfigFile::serialize(outcome.config));
        const ReportRun run = ReportRun::fromConfig(outcome.config, {outcome.newCheck, outcome.oldCheck},
                                                    QStringLiteral("rotation"));
        for (ReportRenderer::Format format : {ReportRenderer::Format::Text, ReportRenderer::Format::Json,
                                              ReportRenderer::Format::Markdown, ReportRenderer::Format::Html})
            everything += ReportRenderer::render(format, run);
    }
    everything += g_lines.join(QLatin1Char('\n'));
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += QString::fromUtf8(file.readAll());
    }
    everything += SecretRotation::deleteOldReminder(outcomes.at(1).oldHint) +
                  FlexoHandover::secretPlaceholder(outcomes.at(1).config);
    for (const QString &secret : {defaults::secret, kNewSecret, bad}) {
        for (const QString &form : forms(secret))
            QVERIFY2(!everything.contains(form), qPrintable(QStringLiteral("found %1").arg(form.left(3))));
    }
}

QTEST_GUILESS_MAIN(TestSecretRotation)
#include "tst_secretrotation.moc"
