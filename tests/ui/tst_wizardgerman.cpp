// The wizard in German, its longest language, on a 1024×768 screen: every page fits, and no button or
// one-line label is cut.
#include "ScriptedPrompt.h"

#include "secrets/MemorySecretStore.h"
#include "ui/GuiApplication.h"
#include "ui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;
using namespace flexo::ui;

namespace {

// 1024×768 less a title bar and a desktop panel.
constexpr QSize kScreen(1024, 768 - 64);

bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

} // namespace

class TestWizardGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageFitsTheScreen_data();
    void everyPageFitsTheScreen();

private:
    QTemporaryDir m_dir;
};

void TestWizardGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("FLEXO_LANG", "de");
    applyLocaleAndLook(*qApp, false);
}

void TestWizardGerman::everyPageFitsTheScreen_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("welcome") << int(SetupWizard::WelcomePageId);
    QTest::newRow("cloud") << int(SetupWizard::CloudTenantPageId);
    QTest::newRow("register") << int(SetupWizard::RegisterAppPageId);
    QTest::newRow("credentials") << int(SetupWizard::CredentialsPageId);
    QTest::newRow("addresses") << int(SetupWizard::FlexoAddressesPageId);
    QTest::newRow("sign-in") << int(SetupWizard::SignInPageId);
    QTest::newRow("meeting") << int(SetupWizard::MeetingTestPageId);
    QTest::newRow("save") << int(SetupWizard::SavePageId);
}

void TestWizardGerman::everyPageFitsTheScreen()
{
    QFETCH(int, page);
    QNetworkAccessManager network;
    MemorySecretStore store;
    ScriptedPrompt prompt;
    SetupServices services;
    services.network = &network;
    services.secretStore = &store;
    services.openBrowser = [](const QUrl &) { return true; };
    services.journalFile = m_dir.filePath(QStringLiteral("journal.json"));
    services.draftFile = m_dir.filePath(QStringLiteral("unfinished-setup.json"));
    services.globalLoginBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    SetupWizard wizard(services, &prompt);
    QVERIFY2(wizard.buttonText(QWizard::NextButton) != QStringLiteral("&Next >"), "German is not installed");
    wizard.setStartId(page);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    const QSize smallest = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
    QVERIFY2(smallest.width() <= kScreen.width() && smallest.height() <= kScreen.height(),
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));

    wizard.resize(kScreen);
    QTest::qWait(50); // the layout settles
    const QRect window = wizard.rect();
    const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString what =
            QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        if (!insideScrollArea(widget)) {
            const QRect inWindow(widget->mapTo(&wizard, QPoint()), widget->size());
            QVERIFY2(window.contains(inWindow), qPrintable(what + QStringLiteral(" is outside the window")));
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(what + QStringLiteral(" is cut: ") + button->text()));
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap()) {
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                     qPrintable(what + QStringLiteral(" is cut: ") + label->text()));
        }
    }
}

QTEST_MAIN(TestWizardGerman)
#include "tst_wizardgerman.moc"
