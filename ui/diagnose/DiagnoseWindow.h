#pragma once

#include "checks/CheckResult.h"
#include "checks/ReportRun.h"
#include "diagnosis/DiagnosisService.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace flexo {
class Diagnosis;
}

namespace flexo::ui {

class ExpiryBanner;
class MessageWidget;
class UserPrompt;

// The diagnose view for support staff. Opening a connector config shows its values (a custom cloud
// with its hosts named) and does nothing else: no secret is looked up and no check runs until Run is
// pressed, since a config may come from anyone. Then the checks are listed (status, title, duration);
// the selected check shows what was observed on the wire, the cause and the fix. The checks that need
// a person (sign-in, probe meeting) run on request. The report can be exported as HTML, Markdown or
// JSON after a preview of exactly what will be saved. The work is the DiagnosisService's.
class DiagnoseWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The product's own network, the system keychain and the desktop's dialogs.
    explicit DiagnoseWindow(QWidget *parent = nullptr);
    // The given environment and prompt (tests inject the fake cloud's network, an in-memory store and
    // scripted answers). `prompt` must outlive the window.
    DiagnoseWindow(DiagnosisEnvironment environment, UserPrompt *prompt, QWidget *parent = nullptr);
    ~DiagnoseWindow() override;

    // Opens `path` and shows its values; runs nothing. An empty path asks for a file. Returns false
    // (and shows why) when the file cannot be read.
    bool openConfig(const QString &path);
    // Runs the checks; `interactive` adds the sign-in and the probe meeting.
    void runChecks(bool interactive);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QList<CheckResult> results() const;
    // What an export would report now.
    [[nodiscard]] ReportRun reportRun() const;

    // The values for FlexO's form, for the open config; and "Replace the client secret" for it.
    void showFlexoValues();
    void replaceSecret();

signals:
    void runFinished();

private:
    void buildUi();
    void chooseConfig();
    void showConfig();
    void onCheckStarted(CheckId id);
    void onCheckFinished(const CheckResult &result);
    void onRunFinished();
    void showDetails();
    void exportReport();
    void updateButtons();
    void showKeptSignIn();
    QTreeWidgetItem *itemFor(CheckId id);

    std::unique_ptr<UserPrompt> m_ownPrompt;
    UserPrompt *m_prompt = nullptr;
    DiagnosisService *m_service = nullptr;
    Diagnosis *m_diagnosis = nullptr;

    QLabel *m_header = nullptr;
    MessageWidget *m_cloudMessage = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_interactiveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_keptSignIn = nullptr; // whether a monitoring sign-in is kept, and since when
    ExpiryBanner *m_expiryBanner = nullptr;
    QPushButton *m_handoverButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace flexo::ui
