// The pictures of the AppStream metadata: the real wizard on the offscreen platform, at the size the
// metadata states. They are written to FLEXO_SCREENSHOT_DIR; the package installs the copies in
// packaging/linux/screenshots (refresh them from there after a visible change: scripts/screenshots).
#include "WizardHarness.h"

#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "ui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace flexo;
using namespace flexo::ui;

namespace {

// Name (the picture's file name without .png) to the size the metadata states.
QMap<QString, QSize> metainfoScreenshots()
{
    QMap<QString, QSize> shots;
    QFile file(QStringLiteral(FLEXO_BINARY_DIR "/packaging/org.flexo.TeamsSetup.metainfo.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return shots;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("image"))
            continue;
        const QSize size(xml.attributes().value(QLatin1String("width")).toInt(),
                         xml.attributes().value(QLatin1String("height")).toInt());
        const QString name = QUrl(xml.readElementText()).fileName().section(QLatin1Char('.'), 0, 0);
        shots.insert(name, size);
    }
    return shots;
}

QString committedPicture(const QString &name)
{
    return QStringLiteral(FLEXO_SOURCE_DIR "/packaging/linux/screenshots/%1.png").arg(name);
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cloudAndTenantPage();
    void signInPage();
    void everyStatedScreenshotIsInstalled();

private:
    void take(QWidget *window, const QString &name);

    QMap<QString, QSize> m_stated;
    QSet<QString> m_taken;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_stated = metainfoScreenshots();
    QVERIFY2(!m_stated.isEmpty(), "the configured AppStream metadata names no screenshot");
    QVERIFY(QDir().mkpath(qEnvironmentVariable("FLEXO_SCREENSHOT_DIR")));
}

void TestScreenshots::take(QWidget *window, const QString &name)
{
    QVERIFY2(m_stated.contains(name), qPrintable(name));
    const QSize size = m_stated.value(name);
    window->resize(size);
    QTest::qWait(50); // the layout settles after the resize
    const QImage picture = window->grab().toImage();
    QCOMPARE(picture.size(), size);
    // A real page, not an empty window: many colours (text, icons, anti-aliasing).
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 4)
        for (int x = 0; x < picture.width(); x += 4)
            colours.insert(picture.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    const QString path =
        qEnvironmentVariable("FLEXO_SCREENSHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY(picture.save(path));
    m_taken.insert(name);
}

void TestScreenshots::cloudAndTenantPage()
{
    QNetworkAccessManager network;
    MemorySecretStore store;
    ScriptedPrompt prompt;
    SetupServices services;
    services.network = &network;
    services.secretStore = &store;
    services.openBrowser = [](const QUrl &) { return true; };
    services.journalFile = QDir::temp().filePath(QStringLiteral("flexo-screenshot-journal.json"));
    SetupWizard wizard(services, &prompt);
    wizard.setStartId(SetupWizard::CloudTenantPageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *tenant = wizard.findChild<QLineEdit *>(QStringLiteral("tenantLineEdit"));
    QVERIFY(tenant);
    tenant->setFocus();
    QTest::keyClicks(tenant, WizardHarness::tenantDomain);
    take(&wizard, QStringLiteral("wizard-cloud"));
}

void TestScreenshots::signInPage()
{
    MemorySecretStore store;
    WizardHarness harness(&store);
    QVERIFY(harness.start());
    QVERIFY(harness.driveToSignIn());
    harness.click(QStringLiteral("signInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(harness.nextEnabled(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(harness.find<QLabel>(QStringLiteral("refreshValueLabel"))->text(),
                              QStringLiteral("works"), 10000);
    take(harness.wizard(), QStringLiteral("wizard-signin"));
}

void TestScreenshots::everyStatedScreenshotIsInstalled()
{
    // Every picture the metadata names is taken here, and the installed copy has the stated size.
    for (auto it = m_stated.cbegin(); it != m_stated.cend(); ++it) {
        QVERIFY2(m_taken.contains(it.key()), qPrintable(it.key()));
        const QImage committed(committedPicture(it.key()));
        QVERIFY2(!committed.isNull(), qPrintable(committedPicture(it.key())));
        QCOMPARE(committed.size(), it.value());
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
