#pragma once

#include "checks/CheckResult.h"
#include "checks/ReportRun.h"
#include "config/ConnectorConfig.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace flexo {
class CheckRunner;
class SecretStore;
} // namespace flexo

namespace flexo::ui {

// The diagnose view for support staff: opens a connector config, runs its checks and lists them
// (status, title, duration); the selected check shows what was observed on the wire, the cause and
// the fix. The checks that need a person (sign-in, probe meeting) run on request. The report can be
// exported as HTML, Markdown or JSON after a preview of exactly what will be saved.
class DiagnoseWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Uses the product's own network and the system keychain.
    explicit DiagnoseWindow(QWidget *parent = nullptr);
    // Uses the given services (tests inject the fake cloud's network and an in-memory store).
    DiagnoseWindow(QNetworkAccessManager *network, SecretStore *secrets, QWidget *parent = nullptr);
    ~DiagnoseWindow() override;

    // Opens `path` and runs the checks that need no person. An empty path asks for a file.
    // Returns false (and shows why) when the file cannot be read.
    bool openConfig(const QString &path);
    // Runs the checks again; `interactive` adds the sign-in and the probe meeting.
    void runChecks(bool interactive);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QList<CheckResult> results() const;
    // What an export would report now.
    [[nodiscard]] ReportRun reportRun() const;

signals:
    void runFinished();

private:
    void buildUi();
    void chooseConfig();
    void startRun(bool interactive, const QString &secret);
    void onCheckStarted(CheckId id);
    void onCheckFinished(const CheckResult &result);
    void onRunFinished();
    void showDetails();
    void exportReport();
    void updateButtons();
    QTreeWidgetItem *itemFor(CheckId id);

    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    QString m_path;
    ConnectorConfig m_config;
    bool m_configLoaded = false;
    QString m_keychainSecret; // in memory only, for the runs of this window
    QPointer<CheckRunner> m_runner;
    QList<CheckResult> m_results;

    QLabel *m_header = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_interactiveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace flexo::ui
