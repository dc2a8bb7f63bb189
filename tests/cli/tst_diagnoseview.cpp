// The diagnose view on the offscreen platform: opens a config, lists the checks with their status,
// shows the cause and fix of the selected one, and exports exactly the previewed report.
#include "TestConfigs.h"

#include "checks/ReportRenderer.h"
#include "secrets/MemorySecretStore.h"
#include "ui/diagnose/DiagnoseWindow.h"
#include "ui/diagnose/ReportPreviewDialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using flexo::test::TestConfigs;
using flexo::ui::DiagnoseWindow;
using flexo::ui::ReportPreviewDialog;

class TstDiagnoseView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsChecksAndShowsCauseAndFix();
    void unreadableConfigIsExplained();
    void exportSavesExactlyThePreview_data();
    void exportSavesExactlyThePreview();

private:
    QString writeConfig(const flexo::ConnectorConfig &config);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    flexo::MemorySecretStore m_secrets;
};

void TstDiagnoseView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstDiagnoseView::writeConfig(const flexo::ConnectorConfig &config)
{
    const QString path = m_dir->filePath(QStringLiteral("customer.json"));
    return TestConfigs::write(config, path) ? path : QString();
}

void TstDiagnoseView::listsChecksAndShowsCauseAndFix()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secretExpiry = QDate(2025, 1, 31); // expired: the secret-expiry check fails
    DiagnoseWindow window(&m_network, &m_secrets);
    window.show();
    QSignalSpy finished(&window, &DiagnoseWindow::runFinished);
    QVERIFY(window.openConfig(writeConfig(config)));
    QVERIFY(finished.wait(10000));

    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("checksTreeWidget"));
    QVERIFY(list);
    QVERIFY(list->topLevelItemCount() >= 2);
    QStringList titles;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        titles << list->topLevelItem(i)->text(0);
        QVERIFY(!list->topLevelItem(i)->icon(0).isNull());
    }
    QVERIFY2(!titles.contains(QStringLiteral("sign-in")), qPrintable(titles.join(QLatin1Char(','))));
    // The first failure is selected and explained.
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(0, Qt::UserRole).value<flexo::CheckId>(),
             flexo::CheckId::SecretExpiry);
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Fix:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2025-01-31")), qPrintable(text));
    auto *exportButton = window.findChild<QPushButton *>(QStringLiteral("exportPushButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
}

void TstDiagnoseView::unreadableConfigIsExplained()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": ");
    file.close();
    DiagnoseWindow window(&m_network, &m_secrets);
    QVERIFY(!window.openConfig(path));
    auto *header = window.findChild<QLabel *>(QStringLiteral("headerLabel"));
    QVERIFY(header);
    QVERIFY2(header->text().contains(QLatin1String("broken.json")), qPrintable(header->text()));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("runPushButton"))->isEnabled());
}

void TstDiagnoseView::exportSavesExactlyThePreview_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("html") << int(flexo::ReportRenderer::Format::Html);
    QTest::newRow("markdown") << int(flexo::ReportRenderer::Format::Markdown);
    QTest::newRow("json") << int(flexo::ReportRenderer::Format::Json);
}

void TstDiagnoseView::exportSavesExactlyThePreview()
{
    QFETCH(int, format);
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    DiagnoseWindow window(&m_network, &m_secrets);
    QSignalSpy finished(&window, &DiagnoseWindow::runFinished);
    QVERIFY(window.openConfig(writeConfig(config)));
    QVERIFY(finished.wait(10000));

    ReportPreviewDialog dialog({window.reportRun()}, {TestConfigs::secret});
    dialog.setFormat(static_cast<flexo::ReportRenderer::Format>(format));
    auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("previewPlainTextEdit"));
    QVERIFY(preview);
    const QString target = m_dir->filePath(QStringLiteral("report"));
    QVERIFY(dialog.saveTo(target));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray data = saved.readAll();
    QCOMPARE(data, preview->toPlainText().toUtf8());
    QVERIFY(data.contains(TestConfigs::clientId.toUtf8()));
    QVERIFY(!data.contains(TestConfigs::secret.toUtf8()));
    if (format == int(flexo::ReportRenderer::Format::Json))
        QCOMPARE(QJsonDocument::fromJson(data).object().value(QStringLiteral("format")).toString(),
                 QStringLiteral("flexo-teams-report"));
}

QTEST_MAIN(TstDiagnoseView)
#include "tst_diagnoseview.moc"
