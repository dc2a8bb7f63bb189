// The diagnose window with the keyboard only and a screen reader: every control is reached with Tab,
// in reading order, and each has a name to be read out.
#include "TestConfigs.h"

#include "secrets/MemorySecretStore.h"
#include "ui/GuiApplication.h"
#include "ui/diagnose/DiagnoseWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using flexo::test::TestConfigs;
using flexo::ui::DiagnoseWindow;

class TestDiagnoseKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Pictures for review (scripts/screenshots --review): FLEXO_LANG, FLEXO_UI_DARK as in the wizard.
        if (qEnvironmentVariableIsSet("FLEXO_UI_SHOTS"))
            flexo::ui::applyLocaleAndLook(*qApp, qEnvironmentVariableIsSet("FLEXO_UI_DARK"));
    }
    void everyControlIsReachedByTabInReadingOrder();
    void everyControlHasAScreenReaderName();

private:
    // A window with a config opened and checked, so that every button is usable.
    bool openAndRun(DiagnoseWindow &window);
    [[nodiscard]] flexo::DiagnosisEnvironment environment();

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    flexo::MemorySecretStore m_secrets;
};

flexo::DiagnosisEnvironment TestDiagnoseKeyboard::environment()
{
    flexo::DiagnosisEnvironment environment;
    environment.network = &m_network;
    environment.secrets = &m_secrets;
    environment.journalFile = m_dir.filePath(QStringLiteral("journal.json"));
    return environment;
}

bool TestDiagnoseKeyboard::openAndRun(DiagnoseWindow &window)
{
    // Nothing listens on port 9: the checks end quickly, with results to list.
    const QString path = m_dir.filePath(QStringLiteral("customer.json"));
    if (!TestConfigs::write(TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9"))), path))
        return false;
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window) || !window.openConfig(path))
        return false;
    QSignalSpy finished(&window, &DiagnoseWindow::runFinished);
    window.runChecks(false);
    return finished.wait(15000);
}

void TestDiagnoseKeyboard::everyControlIsReachedByTabInReadingOrder()
{
    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(openAndRun(window));
    auto *secret = window.findChild<QWidget *>(QStringLiteral("secretLineEdit"));
    secret->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    QStringList reached;
    for (int i = 0; i < 30; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        const QString name = focus->objectName();
        if (reached.contains(name))
            break;
        reached << name;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // The custom cloud's warning offers its Copy button first; then the window in reading order.
    const QStringList expected{QStringLiteral("secretLineEdit"),     QStringLiteral("checksTreeWidget"),
                               QStringLiteral("detailsTextBrowser"), QStringLiteral("openPushButton"),
                               QStringLiteral("runPushButton"),      QStringLiteral("interactivePushButton"),
                               QStringLiteral("exportPushButton")};
    QStringList inOrder = reached;
    inOrder.removeAll(QStringLiteral("copyMessageButton"));
    inOrder.removeAll(QString()); // other branches' unnamed helpers are checked by name below
    QCOMPARE(inOrder.mid(inOrder.indexOf(expected.first()), expected.size()), expected);

    // Nothing usable is left out of the chain.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy() && !qobject_cast<QLabel *>(widget) && !widget->objectName().isEmpty() &&
            !widget->objectName().startsWith(QLatin1String("qt_")))
            QVERIFY2(reached.contains(widget->objectName()), qPrintable(widget->objectName()));
    }
}

void TestDiagnoseKeyboard::everyControlHasAScreenReaderName()
{
    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(openAndRun(window));
    int controls = 0;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
            widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QLabel *>(widget))
            continue;
        if (qobject_cast<QWidget *>(widget->parent()) && widget->parentWidget()->focusProxy() == widget)
            continue;
        ++controls;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(widget->objectName() + QStringLiteral(" (") +
                                   QString::fromLatin1(widget->metaObject()->className()) +
                                   QStringLiteral(") has no name for a screen reader")));
        // Fields and lists are named for what they hold, not only by a label beside them.
        if (!button)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(controls >= 7);
    const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS");
    if (!shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/diagnose-window.png"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("headerLabel"))->accessibleName().isEmpty());
}

QTEST_MAIN(TestDiagnoseKeyboard)
#include "tst_diagnosekeyboard.moc"
