// The happy path's save with the real keychain (QtKeychain and gnome-keyring in a private D-Bus
// session): the secret is in the keychain afterwards, not in the file.
#include "WizardHarness.h"

#include "FakeCloud.h"

#include "secrets/KeychainSecretStore.h"
#include "setup/SetupModel.h"
#include "ui/GuiApplication.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace flexo;
using namespace flexo::ui;

class TestWizardKeychain : public QObject
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
    void savedSecretIsInTheKeychain();
};

void TestWizardKeychain::savedSecretIsInTheKeychain()
{
    KeychainSecretStore store;
    WizardHarness h(&store);
    QVERIFY(h.start());
    QVERIFY(h.driveToSignIn());
    QVERIFY(h.passSignIn());
    QVERIFY(h.passMeetingTest());
    const QString configPath = h.path(QStringLiteral("connector.json"));
    h.find<QLineEdit>(QStringLiteral("savePathLineEdit"))->setText(configPath);
    h.click(QStringLiteral("saveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard()->button(QWizard::FinishButton)->isEnabled(), 30000);
    QCOMPARE(h.find<MessageWidget>(QStringLiteral("saveMessage"))->severity(), Severity::Success);

    QFile file(configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(WizardHarness::secret.toUtf8()));

    // Under the entry bound to the cloud's sign-in host, the tenant and the client.
    const QString key = h.cloud()->baseUrl().authority() + QLatin1Char('/') + WizardHarness::tenantId +
                        QLatin1Char('/') + WizardHarness::clientId;
    bool answered = false;
    SecretStore::Outcome read;
    store.read(QStringLiteral("flexo-teams-setup"), key, this, [&](const SecretStore::Outcome &outcome) {
        read = outcome;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QCOMPARE(read.value, WizardHarness::secret);
    store.remove(QStringLiteral("flexo-teams-setup"), key, this, [](const SecretStore::Outcome &) {});
}

QTEST_MAIN(TestWizardKeychain)
#include "tst_wizardkeychain.moc"
