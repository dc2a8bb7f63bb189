// The diagnose view on the offscreen platform: opens a config, lists the checks with their status,
// shows the cause and fix of the selected one, and exports exactly the previewed report.
#include "FakeCloud.h"
#include "FakeCloudScenario.h"
#include "TestConfigs.h"

#include "auth/KeptSignIn.h"
#include "checks/ReportRenderer.h"
#include "checks/Verification.h"
#include "cloud/KeychainBinding.h"
#include "secrets/MemorySecretStore.h"
#include "ui/diagnose/DiagnoseWindow.h"
#include "ui/diagnose/ReportPreviewDialog.h"
#include "ui/widgets/MessageWidget.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtTest>

using flexo::test::TestConfigs;

namespace {

// Counts the requests the window sends (none may leave before Run).
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace
using flexo::ui::DiagnoseWindow;
using flexo::ui::ReportPreviewDialog;

class TstDiagnoseView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsChecksAndShowsCauseAndFix();
    void everyProblemShowsItsRemedy();
    void openingRunsNothing();
    void showsWhetherASignInIsKept();
    void unreadableConfigIsExplained();
    void exportSavesExactlyThePreview_data();
    void exportSavesExactlyThePreview();
    void saysWhatWasNotVerified();

private:
    QString writeConfig(const flexo::ConnectorConfig &config);
    // Opens `config` in `window` and presses Run; true once the run has finished.
    bool runInWindow(DiagnoseWindow &window, const flexo::ConnectorConfig &config);
    flexo::DiagnosisEnvironment environment();

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    flexo::MemorySecretStore m_secrets;
};

void TstDiagnoseView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

flexo::DiagnosisEnvironment TstDiagnoseView::environment()
{
    flexo::DiagnosisEnvironment environment;
    environment.network = &m_network;
    environment.secrets = &m_secrets;
    environment.journalFile = m_dir->filePath(QStringLiteral("journal.json"));
    return environment;
}

bool TstDiagnoseView::runInWindow(DiagnoseWindow &window, const flexo::ConnectorConfig &config)
{
    window.show();
    QSignalSpy finished(&window, &DiagnoseWindow::runFinished);
    if (!window.openConfig(writeConfig(config)))
        return false;
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runPushButton")), Qt::LeftButton);
    return finished.wait(10000);
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
    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(runInWindow(window, config));

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

// Each failed or warning check shows what to do, from the remedy the core set (never from the
// message's words); a passed check shows none.
void TstDiagnoseView::everyProblemShowsItsRemedy()
{
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    config.secretExpiry = QDate(); // "I don't know": the expiry is not tracked
    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(runInWindow(window, config));

    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("checksTreeWidget"));
    QVERIFY(list);
    QCOMPARE(list->columnCount(), 3);
    const QList<flexo::CheckResult> results = window.results();
    int remedies = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const auto id = item->data(0, Qt::UserRole).value<flexo::CheckId>();
        const auto result = std::find_if(results.cbegin(), results.cend(),
                                         [id](const flexo::CheckResult &r) { return r.id == id; });
        QVERIFY(result != results.cend());
        const bool problem =
            result->status == flexo::CheckStatus::Failed || result->status == flexo::CheckStatus::Warning;
        QCOMPARE(item->text(2), problem ? result->remedy.summary() : QString());
        if (problem && !result->remedy.isNull())
            ++remedies;
    }
    QVERIFY(remedies >= 1);

    const auto expiry = std::find_if(results.cbegin(), results.cend(), [](const flexo::CheckResult &r) {
        return r.id == flexo::CheckId::SecretExpiry;
    });
    QVERIFY(expiry != results.cend());
    QCOMPARE(expiry->status, flexo::CheckStatus::Warning);
    QCOMPARE(expiry->remedy.kind, flexo::RemedyKind::RecordSecretExpiry);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).value<flexo::CheckId>() ==
            flexo::CheckId::SecretExpiry)
            list->setCurrentItem(list->topLevelItem(i));
    }
    const QString details =
        window.findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("What to do: ") + expiry->remedy.summary()),
             qPrintable(details));
    // FLEXO_UI_SHOTS=<folder> keeps a picture of the window for visual review.
    if (const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/diagnoseview-remedies.png"));
}

// A config may come from anyone: opening it shows its values, names a custom cloud's servers, and
// neither reads the keychain nor sends a request until Run is pressed.
void TstDiagnoseView::openingRunsNothing()
{
    CountingNetworkAccessManager network;
    flexo::DiagnosisEnvironment counted = environment();
    counted.network = &network;
    flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const auto entry = flexo::KeychainBinding::entryFor(config);
    QVERIFY(entry.ok());
    m_secrets.insert(entry.value().service, entry.value().key, TestConfigs::secret);
    const int storeOperations = m_secrets.operationCount();

    DiagnoseWindow window(counted, nullptr);
    window.show();
    QSignalSpy finished(&window, &DiagnoseWindow::runFinished);
    QVERIFY(window.openConfig(writeConfig(config)));
    QTest::qWait(300);
    QCOMPARE(network.requests, 0);
    QCOMPARE(m_secrets.operationCount(), storeOperations);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!window.isRunning());
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("checksTreeWidget"))->topLevelItemCount(), 0);
    auto *cloud = window.findChild<flexo::ui::MessageWidget *>(QStringLiteral("cloudMessage"));
    QVERIFY(cloud);
    QVERIFY2(cloud->plainText().contains(QLatin1String("custom cloud")), qPrintable(cloud->plainText()));
    QVERIFY2(cloud->plainText().contains(QLatin1String("http://127.0.0.1:9")),
             qPrintable(cloud->plainText()));

    // Run: now the keychain is read and the checks talk to the network.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runPushButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(m_secrets.operationCount() > storeOperations);
    QVERIFY(network.requests > 0);
    m_secrets.clear();
}

// After a run the window says whether a monitoring sign-in is kept for the config, and since when.
void TstDiagnoseView::showsWhetherASignInIsKept()
{
    const flexo::ConnectorConfig config = TestConfigs::forCloud(QUrl(QStringLiteral("http://127.0.0.1:9")));
    {
        DiagnoseWindow window(environment(), nullptr);
        auto *label = window.findChild<QLabel *>(QStringLiteral("keptSignInLabel"));
        QVERIFY(label);
        QVERIFY(label->isHidden()); // nothing read before a run
        QVERIFY(runInWindow(window, config));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("none kept")), qPrintable(label->text()));
    }
    flexo::KeptSignIn kept;
    kept.refreshToken = QStringLiteral("1.kept-refresh-token-never-shown");
    kept.account = QStringLiteral("camille@stluc.onmicrosoft.com");
    kept.keptAt = QDateTime(QDate(2026, 11, 20), QTime(8, 30), QTimeZone::utc());
    const auto entry = flexo::KeychainBinding::keptSignInEntryFor(config);
    QVERIFY(entry.ok());
    bool written = false;
    m_secrets.write(entry.value().service, entry.value().key, kept.toValue(), this,
                    [&](const flexo::SecretStore::Outcome &outcome) { written = outcome.ok(); });
    QTRY_VERIFY(written);

    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(runInWindow(window, config));
    auto *label = window.findChild<QLabel *>(QStringLiteral("keptSignInLabel"));
    QVERIFY2(label->text().contains(kept.account), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLocale().toString(kept.keptAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(kept.refreshToken));
    m_secrets.clear();
}

void TstDiagnoseView::unreadableConfigIsExplained()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": ");
    file.close();
    DiagnoseWindow window(environment(), nullptr);
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
    DiagnoseWindow window(environment(), nullptr);
    QVERIFY(runInWindow(window, config));

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

// A run without a person: the verdict above the list says the meeting was not verified and why, and
// each check that did not run says in its row what it needs.
void TstDiagnoseView::saysWhatWasNotVerified()
{
    flexo::fake::FakeCloud cloud;
    QVERIFY(cloud.start());
    QVERIFY(flexo::test::loadScenarioForTestConfigs(cloud));
    DiagnoseWindow window(environment(), nullptr);
    window.show();
    auto *verdict = window.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY(verdict);
    QVERIFY(!verdict->isVisible());
    window.findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->setText(TestConfigs::secret);
    QVERIFY(runInWindow(window, TestConfigs::forCloud(cloud.baseUrl())));

    QVERIFY(verdict->isVisible());
    QVERIFY(!verdict->accessibleName().isEmpty());
    const QString said = verdict->accessibleDescription();
    QVERIFY2(said.startsWith(
                 QStringLiteral("FlexO can create Teams meetings: not verified, because “Test sign-in” did "
                                "not run (needs a person at the keyboard to sign in)")),
             qPrintable(said));
    QVERIFY2(verdict->text().contains(said.toHtmlEscaped()), qPrintable(verdict->text()));

    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("checksTreeWidget"));
    const QString needsPerson = flexo::Verification::reasonText(flexo::SkipReason::NeedsPerson);
    const QString needsKept = flexo::Verification::reasonText(flexo::SkipReason::NeedsKeptSignIn);
    QStringList saidNeedsPerson;
    QStringList saidNeedsKept;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const QString name = flexo::checkName(item->data(0, Qt::UserRole).value<flexo::CheckId>());
        if (item->text(2) == needsPerson)
            saidNeedsPerson << name;
        else if (item->text(2) == needsKept)
            saidNeedsKept << name;
    }
    QCOMPARE(saidNeedsPerson, QStringList{QStringLiteral("sign-in")});
    // Without a person the rest could run from a sign-in kept for monitoring.
    QCOMPARE(saidNeedsKept, (QStringList{QStringLiteral("refresh"), QStringLiteral("meeting-create"),
                                         QStringLiteral("meeting-delete")}));
    if (const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/diagnoseview-not-verified.png"));

    // A failure: the verdict names it, and a new run first clears the old verdict.
    flexo::ConnectorConfig expired = TestConfigs::forCloud(cloud.baseUrl());
    expired.secretExpiry = QDate(2025, 1, 31);
    QVERIFY(runInWindow(window, expired));
    QVERIFY2(verdict->accessibleDescription().startsWith(QStringLiteral(
                 "FlexO can create Teams meetings: no, because “Client secret expiry” failed")),
             qPrintable(verdict->accessibleDescription()));
}

QTEST_MAIN(TstDiagnoseView)
#include "tst_diagnoseview.moc"
