// The wizard end to end against the fake Microsoft cloud, driven by object name: the happy path to a
// saved config and a keychain entry, and the failures an admin meets most.
#include "DefaultScenarioValues.h"
#include "WizardHarness.h"

#include "BrowserSimulator.h"
#include "FakeCloud.h"

#include "auth/KeptSignIn.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "setup/SetupModel.h"
#include "ui/GuiApplication.h"
#include "ui/widgets/CopyField.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWizardPage>

using namespace flexo;
using namespace flexo::ui;

namespace {

QJsonObject defaultScenario()
{
    QFile file(QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The default scenario with the app's web redirect URIs replaced.
QJsonObject scenarioWithRedirectUris(const QStringList &uris)
{
    return fake::FakeCloud::defaultScenarioWithRedirectUris(
        {{QStringLiteral("web"), QJsonArray::fromStringList(uris)}});
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Page pictures for review: FLEXO_LANG picks the language, FLEXO_UI_DARK the dark palette.
        if (qEnvironmentVariableIsSet("FLEXO_UI_SHOTS"))
            applyLocaleAndLook(*qApp, qEnvironmentVariableIsSet("FLEXO_UI_DARK"));
    }
    void init();
    void cleanup();

    void happyPathSavesConfigAndKeychainEntry();
    void keepingTheSignInIsOfferedOnceItWorks();
    void failedSignInsDoNotRepeatTheKeeping();
    void wrongSecretIsShownInlineAndBlocksNext();
    void redirectUriNotRegisteredShowsTheUriToRegister();
    void adminApprovalShowsTheAdminConsentUrl();
    void meetingCreationForbiddenIsExplained();
    void cancelDuringSignInStopsEverything();
    void undeletableMeetingIsListedForRemovalByHand();
    void keychainUnavailableOffersExportInstead();
    void typedTenantSelectsItsCloud_data();
    void typedTenantSelectsItsCloud();
    void cloudChosenByHandIsKept();
    void unknownExpiryKeepsNoDate();
    void closedSetupIsResumedWithoutTheSecret();
    void newAdminClicksFromWelcomeToSavedConfig();

private:
    // The Cloud page with `cloud` chosen by the admin and tests/data/scenarios/`scenario`.json served.
    bool cloudPageWith(Cloud cloud, const QString &scenario = QStringLiteral("us-government"));
    MemorySecretStore *m_store = nullptr;
    WizardHarness *m_h = nullptr;
};

void TestWizardFlow::init()
{
    m_store = new MemorySecretStore(this);
    m_h = new WizardHarness(m_store, this);
    QVERIFY(m_h->start());
}

void TestWizardFlow::cleanup()
{
    delete m_h;
    m_h = nullptr;
    delete m_store;
    m_store = nullptr;
}

// After a passed sign-in the page offers to keep it, off by default and naming the account; the
// keyboard ticks it, and the controller puts it into the keychain beside the secret (never a file).
void TestWizardFlow::keepingTheSignInIsOfferedOnceItWorks()
{
    QVERIFY(m_h->passWelcome());
    QVERIFY(m_h->passCloudTenant());
    QVERIFY(m_h->passRegisterApp());
    QVERIFY(m_h->fillCredentials(WizardHarness::secret));
    m_h->click(QStringLiteral("verifyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_h->find<MessageWidget>(QStringLiteral("verifyMessage"))->severity(),
                              Severity::Success, 10000);
    QVERIFY(m_h->next());
    QVERIFY(m_h->passFlexoAddresses());
    auto *keep = m_h->find<QCheckBox>(QStringLiteral("keepSignInCheckBox"));
    QVERIFY(keep->isHidden());

    m_h->click(QStringLiteral("signInButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_h->find<QLabel>(QStringLiteral("refreshValueLabel"))->text(),
                              QStringLiteral("works"), 20000);
    QTRY_VERIFY(!keep->isHidden());
    QVERIFY(!keep->isChecked());
    QVERIFY(keep->text().contains(fake::defaults::signInUser));
    QVERIFY(!keep->accessibleName().isEmpty());
    QVERIFY(m_h->find<QLabel>(QStringLiteral("keepSignInExplainLabel"))
                ->text()
                .contains(QLatin1String("keychain")));
    QCOMPARE(m_store->count(), 0);

    const QString key = m_h->cloud()->baseUrl().authority() + QLatin1Char('/') + WizardHarness::tenantId +
                        QLatin1Char('/') + WizardHarness::clientId + QStringLiteral("/kept-sign-in");
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);
    QVERIFY(keep->isChecked());
    QTRY_VERIFY(m_store->contains(QStringLiteral("flexo-teams-setup"), key));
    const KeptSignIn kept = KeptSignIn::fromValue(m_store->value(QStringLiteral("flexo-teams-setup"), key));
    QCOMPARE(kept.account, fake::defaults::signInUser);
    QVERIFY(!kept.refreshToken.isEmpty());

    QTest::keyClick(keep, Qt::Key_Space);
    QTRY_VERIFY(!m_store->contains(QStringLiteral("flexo-teams-setup"), key));
}

// Failures shown with general advice, then a sign-in that works: ticking the box keeps the sign-in
// once, with one answer, however many failures were shown before.
void TestWizardFlow::failedSignInsDoNotRepeatTheKeeping()
{
    QVERIFY(m_h->driveToSignIn());
    // The person cancels the consent page (access_denied): "sign in again" is the advice.
    m_h->cloud()->setConsentMode(WizardHarness::clientId, QStringLiteral("page"));
    m_h->browser()->setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Cancel);
    auto *action = m_h->find<QGroupBox>(QStringLiteral("actionGroupBox"));
    auto *signInButton = m_h->find<QAbstractButton>(QStringLiteral("signInButton"));
    QSignalSpy attempts(m_h->wizard()->controller(), &SetupController::taskFinished);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_h->click(QStringLiteral("signInButton"));
        QTRY_COMPARE_WITH_TIMEOUT(attempts.size(), attempt, 30000);
        QVERIFY(!attempts.last().at(1).toBool());
        QTRY_VERIFY(signInButton->isEnabled());
        QVERIFY(!action->isHidden());
        QCOMPARE(action->property("remedyKind").toString(), QStringLiteral("sign-in-again"));
    }
    m_h->browser()->setConsentAnswer(fake::BrowserSimulator::ConsentAnswer::Accept);
    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 20000);
    auto *keep = m_h->find<QCheckBox>(QStringLiteral("keepSignInCheckBox"));
    QTRY_VERIFY(!keep->isHidden());

    QSignalSpy answers(m_h->wizard()->controller(), &SetupController::keepSignInFinished);
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);
    QVERIFY(answers.wait(10000));
    QVERIFY(!answers.wait(300));
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers.first().at(1).toBool());
    QVERIFY(keep->isChecked());
    QCOMPARE(m_store->count(), 1);
    m_h->shot(QStringLiteral("sign-in-kept-after-failures"));
}

void TestWizardFlow::happyPathSavesConfigAndKeychainEntry()
{
    QVERIFY(m_h->passWelcome());
    QVERIFY(m_h->passCloudTenant());
    // The tenant GUID that discovery resolved is shown.
    QCOMPARE(m_h->find<QLineEdit>(QStringLiteral("tenantIdValueLineEdit"))->text(), WizardHarness::tenantId);
    QVERIFY(m_h->passRegisterApp());
    QVERIFY(m_h->fillCredentials(WizardHarness::secret));
    m_h->click(QStringLiteral("verifyButton"));
    auto *verify = m_h->find<MessageWidget>(QStringLiteral("verifyMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(verify->severity(), Severity::Success, 10000);
    QVERIFY(m_h->next());
    QVERIFY(m_h->passFlexoAddresses());
    QCOMPARE(m_h->currentId(), int(SetupWizard::SignInPageId));

    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 20000);
    QVERIFY(
        m_h->find<QLabel>(QStringLiteral("accountValueLabel"))->text().contains(fake::defaults::signInUser));
    QCOMPARE(m_h->find<QLabel>(QStringLiteral("tenantValueLabel"))->text(), WizardHarness::tenantId);
    QVERIFY(m_h->find<QLabel>(QStringLiteral("permissionsValueLabel"))
                ->text()
                .contains(QStringLiteral("OnlineMeetings.ReadWrite: granted")));
    QTRY_COMPARE_WITH_TIMEOUT(m_h->find<QLabel>(QStringLiteral("refreshValueLabel"))->text(),
                              QStringLiteral("works"), 10000);
    QVERIFY(m_h->next());

    QVERIFY(m_h->passMeetingTest());
    QCOMPARE(m_h->cloud()->liveMeetingCount(), 0);
    QCOMPARE(m_h->currentId(), int(SetupWizard::SavePageId));

    // Back twice and forward again: nothing typed is lost.
    QTest::mouseClick(m_h->wizard()->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_h->wizard()->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_h->currentId(), int(SetupWizard::SignInPageId));
    QVERIFY(m_h->nextEnabled());
    QVERIFY(m_h->next());
    QVERIFY(m_h->next());
    QCOMPARE(m_h->currentId(), int(SetupWizard::SavePageId));
    QCOMPARE(m_h->wizard()->model()->config().lifecycleUrl.toString(), WizardHarness::lifecycleUrl);

    // The summary masks the secret.
    auto *summary =
        m_h->wizard()->currentPage()->findChild<QTreeWidget *>(QStringLiteral("summaryTreeWidget"));
    QVERIFY(summary);
    bool sawHint = false;
    for (int i = 0; i < summary->topLevelItemCount(); ++i) {
        const QString value = summary->topLevelItem(i)->text(1);
        QVERIFY(!value.contains(WizardHarness::secret));
        sawHint = sawHint || value.startsWith(QStringLiteral("Zx8"));
    }
    QVERIFY(sawHint);

    const QString configPath = m_h->path(QStringLiteral("connector.json"));
    auto *pathEdit = m_h->find<QLineEdit>(QStringLiteral("savePathLineEdit"));
    pathEdit->setText(configPath);
    QVERIFY(!m_h->wizard()->button(QWizard::FinishButton)->isEnabled());
    // Kept while unfinished, without the secret; gone once the config is saved.
    QVERIFY(QFile::exists(m_h->draftFile()));
    QVERIFY(!readAll(m_h->draftFile()).contains(WizardHarness::secret.toUtf8()));
    m_h->click(QStringLiteral("saveButton"));
    QTRY_VERIFY(m_h->wizard()->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!QFile::exists(m_h->draftFile()));
    QCOMPARE(m_h->find<MessageWidget>(QStringLiteral("saveMessage"))->severity(), Severity::Success);

    const QByteArray saved = readAll(configPath);
    QVERIFY(!saved.isEmpty());
    QVERIFY(!saved.contains(WizardHarness::secret.toUtf8()));
    QVERIFY(saved.contains(WizardHarness::clientId.toUtf8()));
    QCOMPARE(QFileInfo(configPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(m_store->count(), 1);
    // Under the entry bound to the cloud's sign-in host, the tenant and the client.
    const QString key = m_h->cloud()->baseUrl().authority() + QLatin1Char('/') + WizardHarness::tenantId +
                        QLatin1Char('/') + WizardHarness::clientId;
    QVERIFY(m_store->contains(QStringLiteral("flexo-teams-setup"), key));
    QCOMPARE(m_store->value(QStringLiteral("flexo-teams-setup"), key), WizardHarness::secret);

    // Export for the FlexO server, without the secret.
    m_h->prompt.saveFile = m_h->path(QStringLiteral("export.json"));
    m_h->click(QStringLiteral("exportButton"));
    QTRY_COMPARE(m_h->find<MessageWidget>(QStringLiteral("exportMessage"))->severity(), Severity::Success);
    // Beside the saved config, under a name the desktop knows as a connector config.
    QCOMPARE(m_h->prompt.suggestedSaveFiles.size(), 1);
    QCOMPARE(QFileInfo(m_h->prompt.suggestedSaveFiles.constFirst()).absolutePath(),
             QFileInfo(configPath).absolutePath());
    QVERIFY2(m_h->prompt.suggestedSaveFiles.constFirst().endsWith(QLatin1String(".flexo-teams.json")),
             qPrintable(m_h->prompt.suggestedSaveFiles.constFirst()));
    const QByteArray exported = readAll(m_h->prompt.saveFile);
    QVERIFY(!exported.isEmpty());
    QVERIFY(!exported.contains(WizardHarness::secret.toUtf8()));

    // Closing after saving asks nothing, and offers nothing to resume.
    QTest::mouseClick(m_h->wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_h->prompt.questions.isEmpty());
    QVERIFY(!m_h->wizard()->isVisible());
    QVERIFY(!QFile::exists(m_h->draftFile()));
}

void TestWizardFlow::wrongSecretIsShownInlineAndBlocksNext()
{
    QVERIFY(m_h->passWelcome());
    QVERIFY(m_h->passCloudTenant());
    QVERIFY(m_h->passRegisterApp());
    QVERIFY(m_h->fillCredentials(QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcde")));
    m_h->click(QStringLiteral("verifyButton"));
    auto *verify = m_h->find<MessageWidget>(QStringLiteral("verifyMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(verify->severity(), Severity::Error, 10000);
    QVERIFY2(verify->plainText().contains(QStringLiteral("AADSTS7000215")), qPrintable(verify->plainText()));
    QVERIFY(verify->plainText().contains(QStringLiteral("What to do")));
    QVERIFY(!verify->plainText().contains(QStringLiteral("Wr0ngQ~")));
    QVERIFY(!m_h->nextEnabled());
    QCOMPARE(m_h->currentId(), int(SetupWizard::CredentialsPageId));

    // Typing the right Value makes Verify and Next usable again.
    m_h->type(QStringLiteral("secretLineEdit"), WizardHarness::secret);
    QVERIFY(m_h->nextEnabled());
    QVERIFY(m_h->next());
    QCOMPARE(m_h->currentId(), int(SetupWizard::FlexoAddressesPageId));
}

void TestWizardFlow::redirectUriNotRegisteredShowsTheUriToRegister()
{
    QVERIFY(m_h->cloud()->loadScenario(scenarioWithRedirectUris({WizardHarness::flexoRedirectUri})));
    QVERIFY(m_h->driveToSignIn());
    m_h->click(QStringLiteral("signInButton"));
    // Microsoft would stop the browser on its error page and never come back: the address is asked
    // about first, and the page names the URI to register without a browser being opened.
    auto *field = m_h->find<CopyField>(QStringLiteral("actionCopyField"));
    QTRY_VERIFY_WITH_TIMEOUT(field->isVisible(), 10000);
    QCOMPARE(field->value(), QStringLiteral("http://localhost/flexo-teams-setup"));
    QCOMPARE(m_h->browserFinishedCount, 0);
    auto *message = m_h->find<MessageWidget>(QStringLiteral("signInMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->plainText().contains(QStringLiteral("AADSTS50011")), qPrintable(message->plainText()));
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY(!m_h->nextEnabled());
    QVERIFY(m_h->find<QAbstractButton>(QStringLiteral("signInButton"))->isEnabled()); // "Try again"

    // Registered now: trying again succeeds.
    QVERIFY(m_h->cloud()->loadScenario(defaultScenario()));
    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 20000);
}

void TestWizardFlow::adminApprovalShowsTheAdminConsentUrl()
{
    m_h->cloud()->setConsentMode(WizardHarness::clientId, QStringLiteral("adminApproval"));
    m_h->cloud()->setSignInUser(fake::defaults::unlicensedUser);
    QVERIFY(m_h->driveToSignIn());
    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->browserFinishedCount > 0, 10000);
    auto *field = m_h->find<CopyField>(QStringLiteral("actionCopyField"));
    if (!QTest::qWaitFor([field] { return field->isVisible(); }, 3000)) {
        // The browser stayed on Microsoft's page: the admin pastes what it shows.
        m_h->type(QStringLiteral("pastedAddressLineEdit"), m_h->browserPageText.simplified());
        m_h->click(QStringLiteral("pasteAddressButton"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(field->isVisible(), 10000);
    const QUrl consent(field->value());
    QVERIFY2(consent.path().contains(WizardHarness::tenantId) ||
                 consent.path().contains(WizardHarness::tenantDomain),
             qPrintable(field->value()));
    QVERIFY(consent.toString().contains(WizardHarness::clientId));
    auto *ready = m_h->find<QPlainTextEdit>(QStringLiteral("readyTextEdit"));
    QVERIFY(ready->isVisible());
    QVERIFY(ready->toPlainText().contains(QStringLiteral("OnlineMeetings.ReadWrite")));
    QVERIFY(!m_h->nextEnabled());

    // After the administrator has granted consent, trying again succeeds.
    m_h->cloud()->setConsentMode(WizardHarness::clientId, QStringLiteral("auto"));
    m_h->cloud()->setSignInUser(fake::defaults::signInUser);
    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 20000);
}

void TestWizardFlow::meetingCreationForbiddenIsExplained()
{
    m_h->cloud()->setSignInUser(fake::defaults::unlicensedUser); // no Teams licence
    QVERIFY(m_h->driveToSignIn());
    QVERIFY(m_h->passSignIn());
    QCOMPARE(m_h->currentId(), int(SetupWizard::MeetingTestPageId));
    m_h->click(QStringLiteral("runMeetingTestButton"));
    auto *message = m_h->find<MessageWidget>(QStringLiteral("meetingMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(message->severity(), Severity::Error, 20000);
    QVERIFY(message->isVisible());
    QVERIFY2(message->plainText().contains(QStringLiteral("403")), qPrintable(message->plainText()));
    QVERIFY2(message->plainText().contains(QStringLiteral("What to do")), qPrintable(message->plainText()));
    QVERIFY(!m_h->nextEnabled());
    QCOMPARE(m_h->cloud()->liveMeetingCount(), 0);
}

void TestWizardFlow::undeletableMeetingIsListedForRemovalByHand()
{
    QVERIFY(m_h->driveToSignIn());
    QVERIFY(m_h->passSignIn());
    QCOMPARE(m_h->currentId(), int(SetupWizard::MeetingTestPageId));
    // Graph refuses every delete: the probe meeting stays and must be removed by hand.
    QVERIFY(m_h->cloud()->addFault(
        QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("graph.meetings.delete")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 403},
                    {QStringLiteral("times"), 100}}));
    m_h->click(QStringLiteral("runMeetingTestButton"));
    auto *meeting = m_h->find<MessageWidget>(QStringLiteral("meetingMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(meeting->severity(), Severity::Error, 20000);
    QTRY_VERIFY(!m_h->wizard()->controller()->isBusy());
    QCOMPARE(m_h->cloud()->liveMeetingCount(), 1);
    const auto leftovers = m_h->wizard()->controller()->leftoverMeetings();
    QCOMPARE(leftovers.size(), 1);
    QVERIFY(!leftovers.first().meetingId.isEmpty());
    QVERIFY(leftovers.first().joinWebUrl.isValid());

    // The welcome page has a leftover message of its own: look on the meeting page only.
    QWizardPage *page = m_h->wizard()->page(SetupWizard::MeetingTestPageId);
    auto *message = page->findChild<MessageWidget *>(QStringLiteral("leftoverMessage"));
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY2(message->plainText().contains(leftovers.first().meetingId), qPrintable(message->plainText()));
    QVERIFY2(message->plainText().contains(leftovers.first().joinWebUrl.toString()),
             qPrintable(message->plainText()));

    // Trying again still fails: the list stays, with the same id and link.
    auto *retry = page->findChild<QAbstractButton *>(QStringLiteral("deleteLeftoverButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    retry->click();
    QTRY_COMPARE(message->severity(), Severity::Busy);
    QTRY_COMPARE_WITH_TIMEOUT(message->severity(), Severity::Error, 20000);
    QVERIFY2(message->plainText().contains(leftovers.first().meetingId), qPrintable(message->plainText()));
    QVERIFY2(message->plainText().contains(leftovers.first().joinWebUrl.toString()),
             qPrintable(message->plainText()));
    QCOMPARE(m_h->cloud()->liveMeetingCount(), 1);
    QVERIFY(!m_h->nextEnabled());
}

void TestWizardFlow::cancelDuringSignInStopsEverything()
{
    m_h->followSignInUrls = false; // the person never signs in
    QVERIFY(m_h->driveToSignIn());
    m_h->click(QStringLiteral("signInButton"));
    QTRY_VERIFY(m_h->wizard()->controller()->signInUrl().isValid());
    QVERIFY(m_h->find<QAbstractButton>(QStringLiteral("copySignInLinkButton"))->isEnabled());
    QVERIFY(!m_h->find<QAbstractButton>(QStringLiteral("signInButton"))->isEnabled());
    m_h->click(QStringLiteral("cancelSignInButton"));
    QTRY_VERIFY(m_h->find<QAbstractButton>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(!m_h->wizard()->controller()->isBusy());
    QVERIFY(!m_h->nextEnabled());
    QVERIFY(m_h->find<QLabel>(QStringLiteral("signInStatusLabel"))
                ->text()
                .contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
    // The wizard stays usable: Back works, and a new attempt can start.
    QTest::mouseClick(m_h->wizard()->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_h->currentId(), int(SetupWizard::FlexoAddressesPageId));
    QVERIFY(m_h->next());
    m_h->followSignInUrls = true;
    QVERIFY(m_h->passSignIn());
}

void TestWizardFlow::keychainUnavailableOffersExportInstead()
{
    m_store->setMode(MemorySecretStore::Mode::NoService);
    QVERIFY(m_h->driveToSignIn());
    QVERIFY(m_h->passSignIn());
    QVERIFY(m_h->passMeetingTest());
    const QString configPath = m_h->path(QStringLiteral("connector.json"));
    m_h->find<QLineEdit>(QStringLiteral("savePathLineEdit"))->setText(configPath);
    m_h->click(QStringLiteral("saveButton"));
    auto *message = m_h->find<MessageWidget>(QStringLiteral("saveMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(message->severity(), Severity::Error, 20000);
    QVERIFY2(message->plainText().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(message->plainText()));
    QVERIFY(
        !QFileInfo::exists(configPath)); // never the secret into the config silently, nor a config without it
    QVERIFY(!m_h->wizard()->button(QWizard::FinishButton)->isEnabled());

    auto *exportInstead = m_h->find<QAbstractButton>(QStringLiteral("exportInsteadButton"));
    QVERIFY(exportInstead->isVisible());
    m_h->prompt.saveFile = m_h->path(QStringLiteral("with-secret.json"));
    m_h->prompt.answer = false; // declined at the warning: nothing written
    m_h->click(QStringLiteral("exportInsteadButton"));
    QCOMPARE(m_h->prompt.questions.size(), 1);
    QVERIFY(!QFileInfo::exists(m_h->prompt.saveFile));
    m_h->prompt.answer = true;
    m_h->click(QStringLiteral("exportInsteadButton"));
    QTRY_COMPARE(m_h->find<MessageWidget>(QStringLiteral("exportMessage"))->severity(), Severity::Success);
    const QByteArray exported = readAll(m_h->prompt.saveFile);
    QVERIFY(exported.contains(WizardHarness::secret.toUtf8()));
    QCOMPARE(QFileInfo(m_h->prompt.saveFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(m_h->wizard()->button(QWizard::FinishButton)->isEnabled());
}

bool TestWizardFlow::cloudPageWith(Cloud cloud, const QString &scenario)
{
    QString error;
    if (!m_h->cloud()->loadScenarioFile(
            QStringLiteral(FLEXO_TEST_DATA_DIR "/scenarios/%1.json").arg(scenario), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (!m_h->passWelcome())
        return false;
    auto *box = m_h->find<QComboBox>(QStringLiteral("cloudComboBox"));
    box->setCurrentIndex(box->findData(int(cloud)));
    return m_h->currentId() == SetupWizard::CloudTenantPageId;
}

void TestWizardFlow::typedTenantSelectsItsCloud_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("chosen");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("said");
    const QString usGovernment = QStringLiteral("us-government");
    const QString commercial = QStringLiteral("default");
    const int global = int(Cloud::Global);
    QTest::newRow("GCC High, typed as Global")
        << usGovernment << global << QStringLiteral("countyhigh.onmicrosoft.us") << int(Cloud::UsGovHigh)
        << QStringLiteral(
               "This tenant is in GCC High (Azure Government); US Government GCC High was selected.");
    QTest::newRow("DoD, typed as Global")
        << usGovernment << global << QStringLiteral("armydod.onmicrosoft.us") << int(Cloud::UsGovDod)
        << QStringLiteral("This tenant is in DoD (Azure Government); US Government DoD was selected.");
    QTest::newRow("DoD by GUID, typed as GCC High")
        << usGovernment << int(Cloud::UsGovHigh) << QStringLiteral("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
        << int(Cloud::UsGovDod) << QStringLiteral("US Government DoD was selected");
    QTest::newRow("GCC moderate keeps Global")
        << usGovernment << global << QStringLiteral("citygcc.onmicrosoft.com") << global
        << QStringLiteral("This tenant is in US Government GCC, which uses the global cloud, as selected.");
    QTest::newRow("Global keeps Global")
        << commercial << global << fake::defaults::tenantDomain << global << QString();
    QTest::newRow("Global, typed as GCC High")
        << commercial << int(Cloud::UsGovHigh) << fake::defaults::tenantDomain << global
        << QStringLiteral(
               "This tenant is in the global cloud; Global (also US Government GCC) was selected.");
    QTest::newRow("unknown tenant keeps Global")
        << usGovernment << global << QStringLiteral("nosuch.example") << global << QString();
}

void TestWizardFlow::typedTenantSelectsItsCloud()
{
    QFETCH(QString, scenario);
    QFETCH(int, chosen);
    QFETCH(QString, tenant);
    QFETCH(int, expected);
    QFETCH(QString, said);
    QVERIFY(cloudPageWith(Cloud(chosen), scenario));
    auto *box = m_h->find<QComboBox>(QStringLiteral("cloudComboBox"));
    auto *message = m_h->find<MessageWidget>(QStringLiteral("cloudDetectionMessage"));
    QSignalSpy detected(m_h->wizard()->controller(), &SetupController::cloudDetected);
    m_h->type(QStringLiteral("tenantLineEdit"), tenant);
    QVERIFY(detected.wait(10000));
    m_h->shot(QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(','), 0, 0));
    QCOMPARE(Cloud(box->currentData().toInt()), Cloud(expected));
    QCOMPARE(m_h->wizard()->model()->config().cloud, Cloud(expected));
    if (said.isEmpty()) {
        // Nothing to tell (a Global tenant on Global), or nothing known: nothing alarming is said.
        QVERIFY(!message->isVisible());
        QCOMPARE(m_h->find<MessageWidget>(QStringLiteral("cloudMessage"))->isVisible(), false);
    } else {
        QVERIFY(message->isVisible());
        QVERIFY2(message->plainText().contains(said), qPrintable(message->plainText()));
        QVERIFY(message->severity() != Severity::Error && message->severity() != Severity::Warning);
    }
    // Only the text as it stood after the pause was asked about.
    QCOMPARE(detected.size(), 1);
    if (Cloud(expected) == Cloud::UsGovDod || Cloud(expected) == Cloud::UsGovHigh)
        QVERIFY(m_h->wizard()->controller()->portalUrl().host().endsWith(QLatin1String(".us")));
}

void TestWizardFlow::cloudChosenByHandIsKept()
{
    QVERIFY(cloudPageWith(Cloud::Global));
    auto *box = m_h->find<QComboBox>(QStringLiteral("cloudComboBox"));
    auto *edit = m_h->find<QLineEdit>(QStringLiteral("tenantLineEdit"));
    QSignalSpy detected(m_h->wizard()->controller(), &SetupController::cloudDetected);
    m_h->type(QStringLiteral("tenantLineEdit"), QStringLiteral("countyhigh.onmicrosoft.us"));
    QVERIFY(detected.wait(10000));
    QCOMPARE(Cloud(box->currentData().toInt()), Cloud::UsGovHigh);

    // The admin knows better and picks Global again (the focus stays in the tenant field: leaving it
    // would check the tenant at Microsoft's real global service).
    box->setCurrentIndex(box->findData(int(Cloud::Global)));
    QCOMPARE(Cloud(box->currentData().toInt()), Cloud::Global);
    QVERIFY(!m_h->find<MessageWidget>(QStringLiteral("cloudDetectionMessage"))->isVisible());
    // Editing the same tenant asks again, but the answer does not undo the admin's choice.
    edit->setFocus();
    edit->end(false);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("s"));
    QVERIFY(detected.wait(10000));
    QCOMPARE(detected.size(), 2);
    QCOMPARE(Cloud(box->currentData().toInt()), Cloud::Global);

    // Another tenant is a new question: its answer is applied.
    m_h->type(QStringLiteral("tenantLineEdit"), QStringLiteral("armydod.onmicrosoft.us"));
    QVERIFY(detected.wait(10000));
    QCOMPARE(Cloud(box->currentData().toInt()), Cloud::UsGovDod);
}

// "I don't know the expiry date" is a choice that lets Next go on, and keeps no date.
void TestWizardFlow::unknownExpiryKeepsNoDate()
{
    m_h->expiry.clear();
    QVERIFY(m_h->passWelcome());
    QVERIFY(m_h->passCloudTenant());
    QVERIFY(m_h->passRegisterApp());
    QVERIFY(m_h->fillCredentials(WizardHarness::secret));
    QVERIFY(!m_h->nextEnabled());
    m_h->shot(QStringLiteral("empty"));
    m_h->find<QCheckBox>(QStringLiteral("expiryUnknownCheckBox"))->setChecked(true);
    QVERIFY(m_h->nextEnabled());
    m_h->shot(QStringLiteral("unknown"));
    QVERIFY(m_h->next());
    QCOMPARE(m_h->currentId(), int(SetupWizard::FlexoAddressesPageId));
    QVERIFY(!m_h->wizard()->model()->config().secretExpiry.isValid());
}

// An admin who leaves for the portal and closes the window finds the values again, never the secret.
void TestWizardFlow::closedSetupIsResumedWithoutTheSecret()
{
    QVERIFY(m_h->passWelcome());
    QVERIFY(m_h->passCloudTenant());
    QVERIFY(m_h->passRegisterApp());
    QVERIFY(m_h->fillCredentials(WizardHarness::secret));
    m_h->prompt.answer = true; // "Close without saving"
    m_h->wizard()->reject();
    QVERIFY(!m_h->wizard()->isVisible());
    const QByteArray kept = readAll(m_h->draftFile());
    QVERIFY(kept.contains(WizardHarness::clientId.toUtf8()));
    QVERIFY(!kept.contains(WizardHarness::secret.toUtf8()));
    QVERIFY(!kept.contains(WizardHarness::secret.left(12).toUtf8()));
    QCOMPARE(QFileInfo(m_h->draftFile()).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());

    QVERIFY(m_h->restart());
    QCOMPARE(m_h->currentId(), int(SetupWizard::WelcomePageId));
    auto *resume = m_h->find<QAbstractButton>(QStringLiteral("resumeButton"));
    QVERIFY(resume->isVisible());
    QVERIFY2(resume->text().contains(WizardHarness::tenantDomain), qPrintable(resume->text()));
    m_h->shot(QStringLiteral("welcome"));
    m_h->click(QStringLiteral("resumeButton"));
    QCOMPARE(m_h->currentId(), int(SetupWizard::CloudTenantPageId));
    QCOMPARE(m_h->find<QLineEdit>(QStringLiteral("tenantLineEdit"))->text(), WizardHarness::tenantDomain);
    QVERIFY(m_h->next()); // the tenant is checked again
    QCOMPARE(m_h->currentId(), int(SetupWizard::RegisterAppPageId));
    QVERIFY(m_h->nextEnabled()); // "registered" was said before closing
    QVERIFY(m_h->next());
    QCOMPARE(m_h->currentId(), int(SetupWizard::CredentialsPageId));
    QCOMPARE(m_h->find<QLineEdit>(QStringLiteral("clientIdLineEdit"))->text(), WizardHarness::clientId);
    QCOMPARE(m_h->find<QLineEdit>(QStringLiteral("secretExpiryLineEdit"))->text(), m_h->expiry);
    QVERIFY(m_h->find<QLineEdit>(QStringLiteral("secretLineEdit"))->text().isEmpty());
    QVERIFY(m_h->wizard()->model()->config().secret.isEmpty());
    QVERIFY(!m_h->nextEnabled());
    m_h->type(QStringLiteral("secretLineEdit"), WizardHarness::secret);
    QVERIFY(m_h->next());
    QCOMPARE(m_h->currentId(), int(SetupWizard::FlexoAddressesPageId));
}

// From the welcome page to a saved, verified config, counting what a person does with the mouse: each
// button or box clicked and each field clicked into (a field that has the focus already needs none).
void TestWizardFlow::newAdminClicksFromWelcomeToSavedConfig()
{
    SetupWizard *wizard = m_h->wizard();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    int clicks = 0;
    int values = 0;
    QList<int> pages{wizard->currentId()};
    connect(wizard, &QWizard::currentIdChanged, this, [&pages](int id) {
        if (id >= 0 && !pages.contains(id))
            pages << id;
    });
    const auto press = [&](QAbstractButton *button) {
        QVERIFY(button && button->isEnabled());
        ++clicks;
        QTest::mouseClick(button, Qt::LeftButton);
    };
    const auto enter = [&](const QString &name, const QString &text) {
        auto *edit = m_h->find<QLineEdit>(name);
        QVERIFY(edit);
        if (QApplication::focusWidget() != edit) {
            ++clicks;
            QTest::mouseClick(edit, Qt::LeftButton);
        }
        QTest::keyClicks(edit, text);
        ++values;
    };
    const auto next = [&](int timeout) {
        const int before = wizard->currentId();
        m_h->shot(QStringLiteral("page%1").arg(before)); // FLEXO_UI_SHOTS: each page as it is left
        press(
            wizard->button(before == SetupWizard::SavePageId ? QWizard::FinishButton : QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() != before || !wizard->isVisible(), timeout);
    };

    next(5000);
    QTRY_COMPARE(QApplication::focusWidget(), m_h->find<QWidget>(QStringLiteral("tenantLineEdit")));
    enter(QStringLiteral("tenantLineEdit"), WizardHarness::tenantDomain);
    next(10000);
    m_h->shot(QStringLiteral("page%1").arg(SetupWizard::RegisterAppPageId));
    press(m_h->find<QAbstractButton>(QStringLiteral("alreadyRegisteredButton"))); // and on to the next page
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QTRY_COMPARE(QApplication::focusWidget(), m_h->find<QWidget>(QStringLiteral("clientIdLineEdit")));
    enter(QStringLiteral("clientIdLineEdit"), WizardHarness::clientId);
    enter(QStringLiteral("secretLineEdit"), WizardHarness::secret);
    enter(QStringLiteral("secretExpiryLineEdit"), m_h->expiry);
    next(15000); // verifies with Microsoft, then moves on
    QTRY_COMPARE(QApplication::focusWidget(), m_h->find<QWidget>(QStringLiteral("redirectUriLineEdit")));
    enter(QStringLiteral("redirectUriLineEdit"), WizardHarness::flexoRedirectUri);
    enter(QStringLiteral("lifecycleUrlLineEdit"), WizardHarness::lifecycleUrl);
    next(5000);
    press(m_h->find<QAbstractButton>(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 20000);
    next(5000);
    press(m_h->find<QAbstractButton>(QStringLiteral("runMeetingTestButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->nextEnabled(), 30000);
    next(5000);
    // The suggested place is kept; here it is the test's own folder (not counted: nothing typed).
    m_h->find<QLineEdit>(QStringLiteral("savePathLineEdit"))->setText(m_h->path(QStringLiteral("c.json")));
    press(m_h->find<QAbstractButton>(QStringLiteral("saveButton")));
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    next(5000);

    QVERIFY(QFile::exists(m_h->path(QStringLiteral("c.json"))));
    QCOMPARE(pages.size(), 8);
    QCOMPARE(values, 6);
    qInfo("%d clicks for %d values on %d pages", clicks, values, int(pages.size()));
    // No more than one click per value and one per page: the tenant, the client ID and the first
    // FlexO URI are typed where the focus already is, "already registered" moves on by itself; the
    // sign-in, the meeting test and saving each take their own button besides Next or Finish.
    QVERIFY2(clicks <= values + pages.size(), qPrintable(QString::number(clicks)));
    QCOMPARE(clicks, 14);
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
