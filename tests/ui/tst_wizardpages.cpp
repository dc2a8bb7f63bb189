// The wizard's pages without the network: shape checks as typed, accessibility, the checklist,
// clouds, and the close question.
#include "DefaultScenarioValues.h"
#include "ScriptedPrompt.h"

#include "secrets/MemorySecretStore.h"
#include "setup/SetupModel.h"
#include "ui/widgets/CopyField.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace flexo;
using namespace flexo::ui;

class TestWizardPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void everyInputHasAccessibleNameAndBuddy();
    void secretIdIsRecognisedBeforeAnyNetworkCall();
    void secretShape_data();
    void secretShape();
    void tenantShape_data();
    void tenantShape();
    void clientIdEqualToTenantIsRefused();
    void chinaExplainsThatMeetingsAreNotOffered();
    void governmentCloudUsesItsPortal();
    void customCloudRevealsBaseUrls();
    void tlsErrorCodeOpensNetworkSettings_data();
    void tlsErrorCodeOpensNetworkSettings();
    void presetCustomCloudIsNotUnsavedWork();
    void checklistNeedsEveryStepAndCopiesValues();
    void alreadyRegisteredAppSkipsTheChecklist();
    void customCloudSaysWhereToRegister();
    void cloudPageStartsInTheTenantField();
    void flexoAddressesAreCheckedAsTyped();
    void flexoAddressesListIsCompactWithAddBesideTheField();
    void pastedUrisBecomeOneLineEach_data();
    void pastedUrisBecomeOneLineEach();
    void credentialsPageHasNoEmptyAreaUnderTheSecret();
    void damagedUnfinishedSetupStartsFresh();
    void closingWithUnsavedWorkAsksOnce();
    void closingWithNothingEnteredDoesNotAsk();
    void browserOpensThePortal();
    void expiryIsNeverPrefilled();
    void expiryIsTypedInTheInterfaceLanguage_data();
    void expiryIsTypedInTheInterfaceLanguage();
    void expiryCanBePickedFromTheCalendarByKeyboard();

private:
    void startAt(SetupWizard::PageId id);
    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }

    QNetworkAccessManager *m_network = nullptr;
    MemorySecretStore *m_store = nullptr;
    ScriptedPrompt m_prompt;
    QList<QUrl> m_opened;
    QTemporaryDir m_dir;
    SetupWizard *m_wizard = nullptr;
};

void TestWizardPages::init()
{
    m_network = new QNetworkAccessManager(this);
    m_store = new MemorySecretStore(this);
    m_prompt = ScriptedPrompt();
    m_opened.clear();
    SetupServices services;
    services.network = m_network;
    services.secretStore = m_store;
    services.openBrowser = [this](const QUrl &url) {
        m_opened << url;
        return true;
    };
    services.journalFile = QDir::temp().filePath(QStringLiteral("flexo-ui-test-journal.json"));
    services.draftFile = m_dir.filePath(QStringLiteral("unfinished-setup.json"));
    QFile::remove(services.draftFile); // each test starts with no unfinished setup
    // Typed tenants are looked up at the global service: here nothing answers, and nothing leaves
    // this computer.
    services.globalLoginBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    m_wizard = new SetupWizard(services, &m_prompt);
}

void TestWizardPages::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
}

void TestWizardPages::startAt(SetupWizard::PageId id)
{
    m_wizard->setStartId(id);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(id));
}

void TestWizardPages::everyInputHasAccessibleNameAndBuddy()
{
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    const QList<int> ids = m_wizard->pageIds();
    QCOMPARE(ids.size(), 8);
    QList<QLabel *> labels = m_wizard->findChildren<QLabel *>();
    auto hasBuddy = [&labels](QWidget *w) {
        return std::any_of(labels.cbegin(), labels.cend(), [w](QLabel *label) {
            return label->buddy() == w || (label->buddy() && label->buddy()->focusProxy() == w);
        });
    };
    for (int id : ids) {
        QWizardPage *page = m_wizard->page(id);
        QList<QWidget *> inputs;
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            // Line edits inside a combo box or a date edit are part of that widget.
            if (!qobject_cast<QComboBox *>(edit->parentWidget()) &&
                !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
                inputs << edit;
        }
        for (QComboBox *box : page->findChildren<QComboBox *>())
            inputs << box;
        for (QDateEdit *date : page->findChildren<QDateEdit *>())
            inputs << date;
        for (QListWidget *list : page->findChildren<QListWidget *>())
            inputs << list;
        for (QWidget *input : std::as_const(inputs)) {
            const QString what = page->objectName() + QLatin1Char('/') + input->objectName();
            QVERIFY2(!input->accessibleName().isEmpty(),
                     qPrintable(what + QStringLiteral(" has no accessible name")));
            QVERIFY2(hasBuddy(input), qPrintable(what + QStringLiteral(" has no label buddy")));
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            const QString what = page->objectName() + QLatin1Char('/') + button->objectName();
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(what));
            // Radio buttons of one group are reached with the arrow keys, the way Qt does it.
            QVERIFY2(qobject_cast<QRadioButton *>(button) || (button->focusPolicy() & Qt::TabFocus),
                     qPrintable(what + QStringLiteral(" not reachable by Tab")));
        }
    }
}

void TestWizardPages::secretIdIsRecognisedBeforeAnyNetworkCall()
{
    startAt(SetupWizard::CredentialsPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientIdLineEdit")), fake::defaults::clientId);
    // The portal's "Secret ID" column: a GUID.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("secretLineEdit")), fake::defaults::secretId);
    auto *message = find<MessageWidget>(QStringLiteral("secretMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY2(message->plainText().contains(QStringLiteral("Secret ID"), Qt::CaseInsensitive),
             qPrintable(message->plainText()));
    QVERIFY2(message->plainText().contains(QStringLiteral("Value")), qPrintable(message->plainText()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("verifyButton"))->isEnabled());
    // The message can be copied for a ticket.
    QTest::mouseClick(message->findChild<QAbstractButton *>(QStringLiteral("copyMessageButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), message->plainText());
    // The secret never reaches the clipboard or the message.
    QVERIFY(!message->plainText().contains(QStringLiteral("e1d2c3b4-a5f6")));

    // Replacing it with a plausible Value clears the error.
    auto *secret = find<QLineEdit>(QStringLiteral("secretLineEdit"));
    secret->clear();
    QTest::keyClicks(secret, fake::defaults::secret);
    QVERIFY(!message->isVisible() || message->severity() != Severity::Error);
    QVERIFY(find<QPushButton>(QStringLiteral("verifyButton"))->isEnabled());
    QCOMPARE(m_network->findChildren<QNetworkReply *>().size(), 0);
}

void TestWizardPages::secretShape_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("blocking");
    QTest::newRow("value") << fake::defaults::secret << false;
    QTest::newRow("value with spaces")
        << QStringLiteral("  ") + fake::defaults::secret + QStringLiteral(" ") << false;
    QTest::newRow("secret id") << QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") << true;
    QTest::newRow("braced secret id") << QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}") << true;
    QTest::newRow("too short") << QStringLiteral("abc") << true;
}

void TestWizardPages::secretShape()
{
    QFETCH(QString, typed);
    QFETCH(bool, blocking);
    startAt(SetupWizard::CredentialsPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientIdLineEdit")), fake::defaults::clientId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("secretLineEdit")), typed);
    auto *message = find<MessageWidget>(QStringLiteral("secretMessage"));
    QCOMPARE(message->isVisible() && message->severity() == Severity::Error, blocking);
    QCOMPARE(find<QPushButton>(QStringLiteral("verifyButton"))->isEnabled(), !blocking);
    QVERIFY(!m_wizard->model()->config().secret.startsWith(QLatin1Char(' ')));
}

void TestWizardPages::tenantShape_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("nextEnabled");
    QTest::newRow("domain") << fake::defaults::tenantDomain << true;
    QTest::newRow("guid") << fake::defaults::tenantId << true;
    QTest::newRow("empty guid") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
    QTest::newRow("common") << QStringLiteral("common") << false;
    QTest::newRow("not a domain") << QStringLiteral("st luc") << false;
}

void TestWizardPages::tenantShape()
{
    QFETCH(QString, typed);
    QFETCH(bool, nextEnabled);
    startAt(SetupWizard::CloudTenantPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("tenantLineEdit")), typed);
    QCOMPARE(m_wizard->button(QWizard::NextButton)->isEnabled(), nextEnabled);
    auto *message = find<MessageWidget>(QStringLiteral("tenantMessage"));
    if (!nextEnabled) {
        QVERIFY(message->isVisible());
        QCOMPARE(message->severity(), Severity::Error);
        QVERIFY(!message->plainText().isEmpty());
    }
}

void TestWizardPages::clientIdEqualToTenantIsRefused()
{
    m_wizard->model()->setTenantInput(fake::defaults::tenantId);
    startAt(SetupWizard::CredentialsPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientIdLineEdit")), fake::defaults::tenantId);
    auto *message = find<MessageWidget>(QStringLiteral("clientIdMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->severity(), Severity::Error);
}

void TestWizardPages::chinaExplainsThatMeetingsAreNotOffered()
{
    startAt(SetupWizard::CloudTenantPageId);
    auto *cloud = find<QComboBox>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::China)));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("tenantLineEdit")),
                     QStringLiteral("contoso.partner.onmschina.cn"));
    auto *message = find<MessageWidget>(QStringLiteral("cloudMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->plainText().contains(QStringLiteral("21Vianet")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardPages::governmentCloudUsesItsPortal()
{
    startAt(SetupWizard::CloudTenantPageId);
    auto *cloud = find<QComboBox>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::UsGovHigh)));
    QCOMPARE(m_wizard->model()->config().cloud, Cloud::UsGovHigh);
    QVERIFY(m_wizard->controller()->portalUrl().host().endsWith(QLatin1String(".us")));
}

void TestWizardPages::customCloudRevealsBaseUrls()
{
    startAt(SetupWizard::CloudTenantPageId);
    auto *login = find<QLineEdit>(QStringLiteral("loginBaseLineEdit"));
    QVERIFY(!login->isVisible());
    auto *cloud = find<QComboBox>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Custom)));
    QVERIFY(login->isVisible());
    QVERIFY(find<QLineEdit>(QStringLiteral("graphBaseLineEdit"))->isVisible());
    QTest::keyClicks(login, QStringLiteral("http://login.example.com"));
    auto *message = find<MessageWidget>(QStringLiteral("cloudMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->severity(), Severity::Error); // plain http only for loopback
}

void TestWizardPages::tlsErrorCodeOpensNetworkSettings_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("opens");
    QTest::newRow("untrusted") << QStringLiteral("net.tls-untrusted") << QStringLiteral("Connexion refusée.")
                               << true;
    QTest::newRow("expired") << QStringLiteral("net.tls-expired") << QString() << true;
    QTest::newRow("tls") << QStringLiteral("net.tls") << QString() << true;
    // The wording does not decide: a refused connection that mentions certificates stays closed.
    QTest::newRow("refused mentioning TLS")
        << QStringLiteral("net.refused") << QStringLiteral("No TLS certificate: connection refused.")
        << false;
}

void TestWizardPages::tlsErrorCodeOpensNetworkSettings()
{
    QFETCH(QString, code);
    QFETCH(QString, summary);
    QFETCH(bool, opens);
    startAt(SetupWizard::CloudTenantPageId);
    auto *cloud = find<QComboBox>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Custom)));
    // Nothing listens on port 9: the real discovery fails later and is then ignored.
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("loginBaseLineEdit")),
                     QStringLiteral("http://127.0.0.1:9"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("graphBaseLineEdit")),
                     QStringLiteral("http://127.0.0.1:9"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("tenantLineEdit")),
                     QStringLiteral("contoso.onmicrosoft.com"));
    auto *check = find<QAbstractButton>(QStringLiteral("checkTenantButton"));
    QTRY_VERIFY(check->isEnabled());
    check->click();
    auto *group = find<QWidget>(QStringLiteral("networkGroupBox"));
    QVERIFY(!group->isVisible());

    CheckResult result;
    result.id = CheckId::Discovery;
    result.status = CheckStatus::Failed;
    result.summary = summary;
    result.facts.insert(QStringLiteral("errorCode"), code);
    emit m_wizard->controller()->checkFinished(result);
    QCOMPARE(group->isVisible(), opens);
}

void TestWizardPages::presetCustomCloudIsNotUnsavedWork()
{
    m_wizard->presetCustomCloud(QUrl(QStringLiteral("http://127.0.0.1:4567")));
    const ConnectorConfig &config = m_wizard->model()->config();
    QCOMPARE(config.cloud, Cloud::Custom);
    QCOMPARE(config.customLoginBase, QUrl(QStringLiteral("http://127.0.0.1:4567")));
    QCOMPARE(config.customGraphBase, QUrl(QStringLiteral("http://127.0.0.1:4567")));
    QVERIFY(!m_wizard->model()->hasUnsavedChanges());
}

void TestWizardPages::checklistNeedsEveryStepAndCopiesValues()
{
    startAt(SetupWizard::RegisterAppPageId);
    QWizardPage *page = m_wizard->currentPage();
    QList<QCheckBox *> steps = page->findChildren<QCheckBox *>();
    QVERIFY(steps.size() >= 6);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto *permission = find<CopyField>(QStringLiteral("permissionField"));
    QTest::mouseClick(permission->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("OnlineMeetings.ReadWrite"));
    auto *signIn = find<CopyField>(QStringLiteral("signInRedirectUriField"));
    QTest::mouseClick(signIn->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_wizard->model()->config().signInRedirectUri);
    for (QCheckBox *step : steps) {
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        step->setFocus();
        QTest::keyClick(step, Qt::Key_Space);
    }
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardPages::flexoAddressesAreCheckedAsTyped()
{
    startAt(SetupWizard::FlexoAddressesPageId);
    auto *uri = find<QLineEdit>(QStringLiteral("redirectUriLineEdit"));
    QTest::keyClicks(uri, QStringLiteral("http://flexo.example.org/callback"));
    auto *message = find<MessageWidget>(QStringLiteral("redirectUriMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->severity(), Severity::Error);
    uri->clear();
    QTest::keyClicks(uri, QStringLiteral("https://flexo.example.org/teams/oauth/callback"));
    QTest::keyClick(uri, Qt::Key_Return);
    auto *list = find<QListWidget>(QStringLiteral("redirectUrisListWidget"));
    QCOMPARE(list->count(), 1);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // no lifecycle URL yet
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("lifecycleUrlLineEdit")),
                     QStringLiteral("https://flexo.example.org/teams/lifecycle"));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_wizard->model()->config().redirectUris,
             QStringList{QStringLiteral("https://flexo.example.org/teams/oauth/callback")});
    list->setCurrentRow(0);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeRedirectUriButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardPages::alreadyRegisteredAppSkipsTheChecklist()
{
    startAt(SetupWizard::RegisterAppPageId);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // The hint about FlexO's URIs is read like the rest of the page, not greyed out.
    auto *hint = find<QLabel>(QStringLiteral("flexoRedirectUrisHint"));
    QVERIFY(hint);
    QVERIFY(hint->isEnabled());
    // One press moves on, without the seven ticks; back on the page, Next stays usable.
    auto *registered = find<QPushButton>(QStringLiteral("alreadyRegisteredButton"));
    QVERIFY(!registered->accessibleName().isEmpty());
    registered->setFocus();
    QTest::keyClick(registered, Qt::Key_Space);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QVERIFY(m_wizard->model()->appRegistered());
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::RegisterAppPageId));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardPages::customCloudSaysWhereToRegister()
{
    m_wizard->presetCustomCloud(QUrl(QStringLiteral("http://127.0.0.1:4567")));
    startAt(SetupWizard::RegisterAppPageId);
    QVERIFY(!find<QPushButton>(QStringLiteral("openPortalButton"))->isEnabled());
    auto *where = find<QLabel>(QStringLiteral("customPortalLabel"));
    QVERIFY(where);
    QVERIFY(where->isVisible());
    QVERIFY2(where->text().contains(QStringLiteral("admin portal of your cloud")), qPrintable(where->text()));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("alreadyRegisteredButton")), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
}

void TestWizardPages::cloudPageStartsInTheTenantField()
{
    startAt(SetupWizard::WelcomePageId);
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CloudTenantPageId));
    auto *tenant = find<QLineEdit>(QStringLiteral("tenantLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tenant));
    QTest::qWait(50); // nothing takes it away afterwards
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tenant));
}

void TestWizardPages::flexoAddressesListIsCompactWithAddBesideTheField()
{
    startAt(SetupWizard::FlexoAddressesPageId);
    m_wizard->resize(760, 680);
    QTest::qWait(20);
    auto *list = find<QListWidget>(QStringLiteral("redirectUrisListWidget"));
    QVERIFY2(list->height() < 8 * list->fontMetrics().height(), qPrintable(QString::number(list->height())));
    QVERIFY(list->height() >= 3 * list->fontMetrics().height());
    // Right under its label, not floating in the middle of the page.
    auto *label = find<QLabel>(QStringLiteral("redirectUrisLabel"));
    const int labelBottom = label->mapTo(m_wizard, QPoint(0, label->height())).y();
    QVERIFY2(
        list->mapTo(m_wizard, QPoint()).y() - labelBottom < label->height(),
        qPrintable(QStringLiteral("%1 below %2").arg(list->mapTo(m_wizard, QPoint()).y()).arg(labelBottom)));
    auto *field = find<QLineEdit>(QStringLiteral("redirectUriLineEdit"));
    auto *add = find<QPushButton>(QStringLiteral("addRedirectUriButton"));
    const QPoint fieldCentre = field->mapTo(m_wizard, field->rect().center());
    const QPoint addCentre = add->mapTo(m_wizard, add->rect().center());
    QVERIFY(qAbs(fieldCentre.y() - addCentre.y()) < field->height() / 2);
    QVERIFY(addCentre.x() > fieldCentre.x());
}

void TestWizardPages::pastedUrisBecomeOneLineEach_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("leftInField");
    const QString a = QStringLiteral("https://flexo.example.org/teams/oauth/callback");
    const QString b = QStringLiteral("https://flexo2.example.org/teams/oauth/callback");
    const QString c = QStringLiteral("https://flexo3.example.org/callback");
    QTest::newRow("new lines") << a + QStringLiteral("\n") + b + QStringLiteral("\r\n") << QStringList{a, b}
                               << QString();
    QTest::newRow("spaces") << a + QStringLiteral("  ") + b << QStringList{a, b} << QString();
    QTest::newRow("commas") << a + QStringLiteral(", ") + b + QStringLiteral(",") + c << QStringList{a, b, c}
                            << QString();
    QTest::newRow("semicolons, as an e-mail")
        << a + QStringLiteral("; ") + b << QStringList{a, b} << QString();
    QTest::newRow("duplicates once") << a + QStringLiteral("\n") + a + QStringLiteral("\n") + b
                                     << QStringList{a, b} << QString();
    QTest::newRow("a wrong one stays in the field")
        << a + QStringLiteral("\nhttp://flexo.example.org/callback\n") + b << QStringList{a, b}
        << QStringLiteral("http://flexo.example.org/callback");
}

void TestWizardPages::pastedUrisBecomeOneLineEach()
{
    QFETCH(QString, pasted);
    QFETCH(QStringList, listed);
    QFETCH(QString, leftInField);
    startAt(SetupWizard::FlexoAddressesPageId);
    auto *field = find<QLineEdit>(QStringLiteral("redirectUriLineEdit"));
    field->setFocus();
    QGuiApplication::clipboard()->setText(pasted);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    auto *list = find<QListWidget>(QStringLiteral("redirectUrisListWidget"));
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    QCOMPARE(shown, listed);
    QCOMPARE(m_wizard->model()->config().redirectUris, listed);
    QCOMPARE(field->text(), leftInField);
    auto *message = find<MessageWidget>(QStringLiteral("redirectUriMessage"));
    QCOMPARE(message->isVisible(), !leftInField.isEmpty());
    if (!leftInField.isEmpty())
        QCOMPARE(message->severity(), Severity::Error);
    // The same paste again adds nothing twice.
    field->clear();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(list->count(), listed.size());
}

void TestWizardPages::credentialsPageHasNoEmptyAreaUnderTheSecret()
{
    startAt(SetupWizard::CredentialsPageId);
    m_wizard->resize(760, 680);
    QTest::qWait(20);
    // Empty messages take no room: the expiry row follows the secret row closely.
    auto *secret = find<QLineEdit>(QStringLiteral("secretLineEdit"));
    auto *expiry = find<QLineEdit>(QStringLiteral("secretExpiryLineEdit"));
    QVERIFY(!find<MessageWidget>(QStringLiteral("secretMessage"))->isVisible());
    const int gap =
        expiry->mapTo(m_wizard, QPoint()).y() - secret->mapTo(m_wizard, QPoint(0, secret->height())).y();
    QVERIFY2(gap < secret->height(), qPrintable(QString::number(gap)));
    // A secret with a finding shows it, and then no more room than its text needs.
    QTest::keyClicks(secret, QStringLiteral("abc"));
    auto *message = find<MessageWidget>(QStringLiteral("secretMessage"));
    QTRY_VERIFY(message->isVisible());
    auto *text = message->findChild<QLabel *>(QStringLiteral("messageTextLabel"));
    QVERIFY(text);
    // No taller than its text at the width it has, with the frame's margins (QLabel's own size hint
    // wraps at a narrow width, which left lines of empty space).
    const int needed = text->heightForWidth(text->width());
    QVERIFY2(message->height() <= needed + 20,
             qPrintable(QStringLiteral("%1 for a text of %2").arg(message->height()).arg(needed)));
}

void TestWizardPages::damagedUnfinishedSetupStartsFresh()
{
    const QString draft = m_dir.filePath(QStringLiteral("unfinished-setup.json"));
    for (const QByteArray &damaged :
         {QByteArray("{\"format\": \"flexo-teams-unfinished-setup\", \"version\": 1, \"tenant\": "),
          QByteArray("\x00\xff\xfe garbage"), QByteArray("[]"),
          QByteArray("{\"format\": \"flexo-teams-unfinished-setup\", \"version\": 1, \"cloud\": \"mars\", "
                     "\"savedAt\": \"2026-12-04T10:00:00Z\", \"tenant\": \"contoso.example\"}")}) {
        delete m_wizard;
        init();
        QFile file(draft);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        QVERIFY(!m_wizard->controller()->unfinishedSetup());
        startAt(SetupWizard::WelcomePageId);
        QVERIFY(!find<QWidget>(QStringLiteral("resumeGroupBox"))->isVisible());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(m_wizard->model()->tenantInput().isEmpty());
    }
}

void TestWizardPages::closingWithUnsavedWorkAsksOnce()
{
    startAt(SetupWizard::CloudTenantPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("tenantLineEdit")), fake::defaults::tenantDomain);
    m_prompt.answer = false;
    m_wizard->reject();
    QCOMPARE(m_prompt.questions.size(), 1);
    QVERIFY(m_wizard->isVisible());
    m_prompt.answer = true;
    QTest::keyClick(m_wizard, Qt::Key_Escape);
    QCOMPARE(m_prompt.questions.size(), 2);
    QVERIFY(!m_wizard->isVisible());
}

void TestWizardPages::closingWithNothingEnteredDoesNotAsk()
{
    startAt(SetupWizard::WelcomePageId);
    m_wizard->reject();
    QVERIFY(m_prompt.questions.isEmpty());
    QVERIFY(!m_wizard->isVisible());
}

void TestWizardPages::browserOpensThePortal()
{
    startAt(SetupWizard::RegisterAppPageId);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("openPortalButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().host(), QStringLiteral("portal.azure.com"));
}

// No date the admin did not enter: the field starts empty, Next waits for a date or "I don't know",
// and "I don't know" keeps no expiry (the expiry check then says it is not tracked).
void TestWizardPages::expiryIsNeverPrefilled()
{
    startAt(SetupWizard::CredentialsPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("clientIdLineEdit")), fake::defaults::clientId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("secretLineEdit")), fake::defaults::secret);
    auto *expiry = find<QLineEdit>(QStringLiteral("secretExpiryLineEdit"));
    auto *unknown = find<QCheckBox>(QStringLiteral("expiryUnknownCheckBox"));
    auto *message = find<MessageWidget>(QStringLiteral("expiryMessage"));
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(expiry && unknown && message);
    QVERIFY(expiry->text().isEmpty());
    QVERIFY(!m_wizard->model()->config().secretExpiry.isValid());
    QVERIFY(!next->isEnabled());
    QVERIFY(!message->isVisible()); // nothing typed is not an error
    QVERIFY(find<QPushButton>(QStringLiteral("verifyButton"))->isEnabled());

    unknown->setFocus();
    QTest::keyClick(unknown, Qt::Key_Space); // by keyboard
    QVERIFY(unknown->isChecked());
    QVERIFY(next->isEnabled());
    QVERIFY(!expiry->isEnabled());
    QVERIFY(!m_wizard->model()->config().secretExpiry.isValid());
    QVERIFY(message->isVisible());
    QCOMPARE(message->severity(), Severity::Warning);

    QTest::keyClick(unknown, Qt::Key_Space);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(expiry, QStringLiteral("2027-06-30"));
    QVERIFY(next->isEnabled());
    QCOMPARE(m_wizard->model()->config().secretExpiry, QDate(2027, 6, 30));

    expiry->clear();
    QTest::keyClicks(expiry, QStringLiteral("next summer"));
    QVERIFY(!next->isEnabled());
    QCOMPARE(message->severity(), Severity::Error);
    QVERIFY(!m_wizard->model()->config().secretExpiry.isValid());
}

void TestWizardPages::expiryIsTypedInTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::newRow("ISO") << QStringLiteral("en_US") << QStringLiteral("2027-06-30");
    QTest::newRow("en_US, as the portal shows it") << QStringLiteral("en_US") << QStringLiteral("6/30/2027");
    QTest::newRow("en_US, two-digit year") << QStringLiteral("en_US") << QStringLiteral("6/30/27");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("30.06.2027");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("30/06/2027");
}

void TestWizardPages::expiryIsTypedInTheInterfaceLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    startAt(SetupWizard::CredentialsPageId);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("secretExpiryLineEdit")), typed);
    const QDate entered = m_wizard->model()->config().secretExpiry;
    QLocale::setDefault(before);
    QCOMPARE(entered, QDate(2027, 6, 30));
}

void TestWizardPages::expiryCanBePickedFromTheCalendarByKeyboard()
{
    startAt(SetupWizard::CredentialsPageId);
    auto *button = find<QToolButton>(QStringLiteral("expiryCalendarButton"));
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QCalendarWidget *calendar = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        calendar = m_wizard->findChild<QCalendarWidget *>(QStringLiteral("expiryCalendar"));
        return calendar && calendar->isVisible();
    }));
    // It opens on today's month with nothing entered; the admin moves to the date and presses Enter.
    QCOMPARE(calendar->selectedDate().month(), m_wizard->controller()->today().month());
    calendar->setSelectedDate(QDate(2027, 6, 30));
    QWidget *grid = calendar->findChild<QAbstractItemView *>();
    QVERIFY(grid);
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_COMPARE(find<QLineEdit>(QStringLiteral("secretExpiryLineEdit"))->text(),
                 QStringLiteral("2027-06-30"));
    QCOMPARE(m_wizard->model()->config().secretExpiry, QDate(2027, 6, 30));
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
