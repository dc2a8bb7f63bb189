// The values handed over to FlexO and the replacement of the client secret, on the real widgets
// (offscreen) against the in-process fake cloud and an in-memory keychain: the wizard's last step,
// the diagnose window's "FlexO values", its expiry banner and the rotation dialog.
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"
#include "WizardHarness.h"

#include "cloud/KeychainBinding.h"
#include "config/ConfigFile.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/MemorySecretStore.h"
#include "setup/FlexoHandover.h"
#include "setup/SecretRotation.h"
#include "ui/diagnose/DiagnoseWindow.h"
#include "ui/handover/HandoverDialog.h"
#include "ui/handover/HandoverView.h"
#include "ui/handover/RotationDialog.h"
#include "ui/widgets/CopyField.h"
#include "ui/widgets/MessageWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace flexo;
using namespace flexo::ui;
namespace defaults = flexo::fake::defaults;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
const QString kNewSecret = QStringLiteral("Nw4Q~rotatedSecretValue.0123456789abcdefg");
const QString kNewSecretId = QStringLiteral("5c4b3a29-1807-4f6e-8d5c-4b3a29180706");
const QDate kNewExpiry(2027, 5, 30); // what the dialog suggests: 180 days from kNow

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wizardEndsWithTheValuesForFlexo();
    void flexoValuesOfTheDiagnoseWindow();
    void copiedSecretLeavesTheClipboard();
    void clipboardChangedSinceIsLeftAlone();
    void expiringSecretIsShownFirst_data();
    void expiringSecretIsShownFirst();
    void goodNewSecretIsStoredAndHandedOver();
    void newSecretFailingVerificationChangesNothing();
    void secretIdIsRefusedWithTheReason();
    void keychainUnavailableMidwayKeepsTheOld();
    void portalOpensOnCertificatesAndSecrets();

private:
    [[nodiscard]] QString writeConfig(const ConnectorConfig &config);
    [[nodiscard]] QString storedSecret() const;
    [[nodiscard]] QByteArray fileBytes() const;
    [[nodiscard]] DiagnosisEnvironment environment();
    // The diagnose window on the saved config, and its rotation dialog opened from the banner.
    RotationDialog *openRotation(DiagnoseWindow &window);
    void replaceWith(RotationDialog *dialog, const QString &secret);

    fake::FakeCloud m_cloud;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
    ConnectorConfig m_config;
    QString m_path;
    QList<QUrl> m_opened;
};

void TestHandover::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_cloud.start());
}

void TestHandover::init()
{
    QString error;
    QVERIFY2(m_cloud.loadScenario(
                 fake::FakeCloud::defaultScenarioWithSecret(kNewSecret, kNewSecretId, QDate(2028, 11, 30)),
                 &error),
             qPrintable(error));
    m_store.clear();
    m_store.setMode(MemorySecretStore::Mode::Working);
    m_opened.clear();
    QApplication::clipboard()->clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = ConnectorConfig{};
    m_config.cloud = Cloud::Custom;
    m_config.customLoginBase = m_cloud.baseUrl();
    m_config.customGraphBase = m_cloud.baseUrl();
    m_config.tenantId = defaults::tenantId;
    m_config.clientId = defaults::clientId;
    m_config.secretExpiry = QDate(2026, 12, 20);
    m_config.secretHint = defaults::secretHint;
    m_config.redirectUris = {defaults::flexoRedirectUri};
    m_config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));
    m_config.proxy = QStringLiteral("none");
    m_path = writeConfig(m_config);
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(m_config);
    QVERIFY(entry.ok());
    m_store.insert(entry.value().service, entry.value().key, defaults::secret);
}

void TestHandover::cleanup()
{
    m_dir.reset();
}

QString TestHandover::writeConfig(const ConnectorConfig &config)
{
    const QString path = m_dir->filePath(QStringLiteral("connector.json"));
    return ConfigFile::save(config, path).isNull() ? path : QString();
}

QString TestHandover::storedSecret() const
{
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(m_config);
    return m_store.value(entry.value().service, entry.value().key);
}

QByteArray TestHandover::fileBytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

DiagnosisEnvironment TestHandover::environment()
{
    DiagnosisEnvironment environment;
    environment.network = &m_network;
    environment.secrets = &m_store;
    environment.clock = [] { return kNow; };
    environment.journalFile = m_dir->filePath(QStringLiteral("journal.json"));
    environment.openBrowser = [this](const QUrl &url) { m_opened << url; };
    return environment;
}

RotationDialog *TestHandover::openRotation(DiagnoseWindow &window)
{
    window.show();
    if (!window.openConfig(m_path))
        return nullptr;
    auto *button = window.findChild<QPushButton *>(QStringLiteral("expiryRotateButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return window.findChild<RotationDialog *>();
}

void TestHandover::replaceWith(RotationDialog *dialog, const QString &secret)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newSecretLineEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setText(secret);
    auto *replace = dialog->findChild<QPushButton *>(QStringLiteral("replaceButton"));
    QVERIFY(replace->isEnabled());
    QSignalSpy finished(dialog->rotation(), &SecretRotation::finished);
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
}

void TestHandover::wizardEndsWithTheValuesForFlexo()
{
    MemorySecretStore store;
    WizardHarness h(&store);
    QVERIFY(h.start());
    QVERIFY(h.passWelcome());
    QVERIFY(h.passCloudTenant());
    QVERIFY(h.passRegisterApp());
    QVERIFY(h.passCredentials());
    QVERIFY(h.passFlexoAddresses());
    QVERIFY(h.passSignIn());
    QVERIFY(h.passMeetingTest());
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    auto *box = h.find<QGroupBox>(QStringLiteral("handoverGroupBox"));
    QVERIFY(box);
    QVERIFY(!box->isVisible()); // nothing to hand over before it is saved

    h.find<QLineEdit>(QStringLiteral("savePathLineEdit"))->setText(h.path(QStringLiteral("connector.json")));
    h.click(QStringLiteral("saveButton"));
    QTRY_VERIFY(box->isVisible());
    const int keychainUse = store.operationCount();

    // FlexO's own field names, in its order, each with a Copy button.
    QStringList labels;
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->buddy())
            labels << label->text();
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Tenant ID:"), QStringLiteral("Application ID:"),
                                  QStringLiteral("Application Secret Key:"),
                                  QStringLiteral("Redirection URL:"), QStringLiteral("Lifecycle URL:")}));
    QCOMPARE(box->findChild<CopyField *>(QStringLiteral("tenantIdField"))->value(), WizardHarness::tenantId);
    QCOMPARE(box->findChild<CopyField *>(QStringLiteral("applicationIdField"))->value(),
             WizardHarness::clientId);
    QCOMPARE(box->findChild<CopyField *>(QStringLiteral("redirectionUrlField"))->value(),
             WizardHarness::flexoRedirectUri);
    QCOMPARE(box->findChild<CopyField *>(QStringLiteral("lifecycleUrlField"))->value(),
             WizardHarness::lifecycleUrl);
    auto *secretEdit = box->findChild<QLineEdit *>(QStringLiteral("secretValueLineEdit"));
    QVERIFY(!secretEdit->text().contains(WizardHarness::secret));
    QVERIFY(secretEdit->text().startsWith(WizardHarness::secret.left(3)));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("reminderLabel"))
                ->text()
                .contains(QStringLiteral("disabled")));
    QCOMPARE(store.operationCount(), keychainUse); // the secret is not read until asked for

    // Copy on the Application ID puts it on the clipboard.
    QTest::mouseClick(box->findChild<CopyField *>(QStringLiteral("applicationIdField"))->copyButton(),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), WizardHarness::clientId);

    // Show reads it from the keychain; Hide puts the hint back.
    auto *show = box->findChild<QToolButton *>(QStringLiteral("showSecretButton"));
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_COMPARE(secretEdit->text(), WizardHarness::secret);
    QVERIFY(store.operationCount() > keychainUse);
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!secretEdit->text().contains(WizardHarness::secret));

    QTest::mouseClick(box->findChild<QToolButton *>(QStringLiteral("copySecretButton")), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), WizardHarness::secret);
    auto *message = box->findChild<MessageWidget *>(QStringLiteral("secretMessage"));
    QVERIFY(message->plainText().contains(QStringLiteral("clipboard")));
}

void TestHandover::flexoValuesOfTheDiagnoseWindow()
{
    DiagnoseWindow window(environment(), nullptr);
    window.show();
    QVERIFY(window.openConfig(m_path));
    const int keychainUse = m_store.operationCount();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("handoverPushButton")), Qt::LeftButton);
    auto *dialog = window.findChild<HandoverDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<CopyField *>(QStringLiteral("tenantIdField"))->value(), defaults::tenantId);
    QCOMPARE(dialog->findChild<CopyField *>(QStringLiteral("redirectionUrlField"))->value(),
             defaults::flexoRedirectUri);
    QCOMPARE(m_store.operationCount(), keychainUse);
    QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("showSecretButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("secretValueLineEdit"))->text(),
                 defaults::secret);
}

void TestHandover::copiedSecretLeavesTheClipboard()
{
    DiagnosisService service(environment());
    FlexoHandover fromKeychain(m_config, service.keeper());
    HandoverView view(&fromKeychain);
    view.setClipboardLifetime(std::chrono::milliseconds(200));
    view.show();
    QSignalSpy cleared(&view, &HandoverView::clipboardCleared);
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("copySecretButton")), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), defaults::secret);
    QVERIFY(cleared.wait(5000));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QVERIFY(view.findChild<MessageWidget *>(QStringLiteral("secretMessage"))
                ->plainText()
                .contains(QStringLiteral("removed from the clipboard")));
}

void TestHandover::clipboardChangedSinceIsLeftAlone()
{
    DiagnosisService service(environment());
    FlexoHandover handover(m_config, service.keeper());
    HandoverView view(&handover);
    view.setClipboardLifetime(std::chrono::milliseconds(200));
    QSignalSpy cleared(&view, &HandoverView::clipboardCleared);
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("copySecretButton")), Qt::LeftButton);
    QTRY_COMPARE(QApplication::clipboard()->text(), defaults::secret);
    QApplication::clipboard()->setText(QStringLiteral("something else"));
    QVERIFY(cleared.wait(5000));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestHandover::expiringSecretIsShownFirst_data()
{
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QString>("said");
    QTest::newRow("in 19 days") << QDate(2026, 12, 20) << true << QStringLiteral("expires on");
    QTest::newRow("expired") << QDate(2026, 11, 2) << true << QStringLiteral("expired on");
    QTest::newRow("in a year") << QDate(2027, 12, 1) << false << QString();
    QTest::newRow("unknown") << QDate() << false << QString();
}

void TestHandover::expiringSecretIsShownFirst()
{
    QFETCH(QDate, expiry);
    QFETCH(bool, shown);
    QFETCH(QString, said);
    m_config.secretExpiry = expiry;
    m_path = writeConfig(m_config);
    DiagnoseWindow window(environment(), nullptr);
    window.show();
    QVERIFY(window.openConfig(m_path));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("expiryBanner"));
    QCOMPARE(banner->isVisible(), shown);
    if (!shown)
        return;
    const QString text = window.findChild<MessageWidget *>(QStringLiteral("expiryMessage"))->plainText();
    QVERIFY2(text.contains(said), qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(expiry, QLocale::LongFormat)));
    // At the top of the window, above everything else.
    QVERIFY(banner->mapTo(&window, QPoint(0, 0)).y() <
            window.findChild<QLabel *>(QStringLiteral("headerLabel"))->mapTo(&window, QPoint(0, 0)).y());
}

void TestHandover::goodNewSecretIsStoredAndHandedOver()
{
    DiagnoseWindow window(environment(), nullptr);
    RotationDialog *dialog = openRotation(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("newExpiryDateEdit"))->date(), kNewExpiry);
    replaceWith(dialog, kNewSecret);
    auto *result = dialog->findChild<MessageWidget *>(QStringLiteral("rotationMessage"));
    QCOMPARE(result->severity(), Severity::Success);
    QCOMPARE(storedSecret(), kNewSecret);
    const Result<ConnectorConfig> saved = ConfigFile::load(m_path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().secretExpiry, kNewExpiry);
    QCOMPARE(saved.value().secretHint, kNewSecret.left(3));
    QVERIFY(!fileBytes().contains(kNewSecret.toUtf8()));
    QCOMPARE(dialog->findChild<MessageWidget *>(QStringLiteral("oldSecretMessage"))->severity(),
             Severity::Info);

    // The new secret handed over to FlexO, then which old one to delete, by its hint.
    auto *view = dialog->findChild<HandoverView *>();
    QVERIFY(view);
    QTest::mouseClick(view->findChild<QToolButton *>(QStringLiteral("showSecretButton")), Qt::LeftButton);
    QTRY_COMPARE(view->findChild<QLineEdit *>(QStringLiteral("secretValueLineEdit"))->text(), kNewSecret);
    auto *deleteOld = dialog->findChild<QLabel *>(QStringLiteral("deleteOldLabel"));
    QVERIFY(deleteOld->isVisible());
    QVERIFY(deleteOld->text().contains(QStringLiteral("“%1”").arg(defaults::secretHint)));

    // The window read the file again: the new date is far enough away for the banner to go.
    QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("expiryBanner"))->isVisible());
}

void TestHandover::newSecretFailingVerificationChangesNothing()
{
    const QByteArray before = fileBytes();
    DiagnoseWindow window(environment(), nullptr);
    RotationDialog *dialog = openRotation(window);
    QVERIFY(dialog);
    replaceWith(dialog, QStringLiteral("Bad9Q~thisSecretIsNotRegistered.012345678"));
    auto *result = dialog->findChild<MessageWidget *>(QStringLiteral("rotationMessage"));
    QCOMPARE(result->severity(), Severity::Error);
    QVERIFY(result->plainText().contains(QStringLiteral("does not work")));
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
    QVERIFY(!dialog->findChild<HandoverView *>());
    // The admin can paste another one.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("newSecretLineEdit"))->isEnabled());
}

void TestHandover::secretIdIsRefusedWithTheReason()
{
    DiagnoseWindow window(environment(), nullptr);
    RotationDialog *dialog = openRotation(window);
    QVERIFY(dialog);
    m_cloud.clearRequestLog();
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("newSecretLineEdit"));
    QTest::keyClicks(edit, kNewSecretId);
    auto *message = dialog->findChild<MessageWidget *>(QStringLiteral("newSecretMessage"));
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY2(message->plainText().contains(QStringLiteral("Secret ID")), qPrintable(message->plainText()));
    QVERIFY(message->plainText().contains(QStringLiteral("Value")));
    auto *replace = dialog->findChild<QPushButton *>(QStringLiteral("replaceButton"));
    QVERIFY(!replace->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(m_cloud.requestLog().size(), 0);
    QCOMPARE(storedSecret(), defaults::secret);
}

void TestHandover::keychainUnavailableMidwayKeepsTheOld()
{
    const QByteArray before = fileBytes();
    DiagnoseWindow window(environment(), nullptr);
    RotationDialog *dialog = openRotation(window);
    QVERIFY(dialog);
    // The keychain locks while the new secret is being tried.
    connect(dialog->rotation(), &SecretRotation::stepChanged, this, [this](SecretRotation::Step step) {
        if (step == SecretRotation::Step::Storing)
            m_store.setMode(MemorySecretStore::Mode::Locked);
    });
    replaceWith(dialog, kNewSecret);
    auto *result = dialog->findChild<MessageWidget *>(QStringLiteral("rotationMessage"));
    QCOMPARE(result->severity(), Severity::Error);
    QVERIFY2(result->plainText().contains(QStringLiteral("unchanged")), qPrintable(result->plainText()));
    m_store.setMode(MemorySecretStore::Mode::Working);
    QCOMPARE(storedSecret(), defaults::secret);
    QCOMPARE(fileBytes(), before);
}

void TestHandover::portalOpensOnCertificatesAndSecrets()
{
    m_config.cloud = Cloud::Global;
    m_config.customLoginBase = {};
    m_config.customGraphBase = {};
    m_path = writeConfig(m_config);
    DiagnoseWindow window(environment(), nullptr);
    window.show();
    QVERIFY(window.openConfig(m_path));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("rotatePushButton")), Qt::LeftButton);
    auto *dialog = window.findChild<RotationDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openPortalButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().host(), QStringLiteral("portal.azure.com"));
    QVERIFY(m_opened.first().fragment().endsWith(QStringLiteral("/Credentials/appId/") + defaults::clientId));
}

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
