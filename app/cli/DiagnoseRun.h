#pragma once

#include "cli/DiagnoseOptions.h"
#include "cli/ProgressLine.h"
#include "diagnosis/Diagnosis.h"

#include <QEventLoop>
#include <QObject>

class QSocketNotifier;
class QTextStream;

namespace flexo {
class DiagnosisService;
class SecretStore;
} // namespace flexo

namespace flexo::cli {

class DiagnoseBatch;
class InterruptWatcher;

// One `diagnose` invocation from start to exit code: the diagnosis service (networks shared per proxy,
// the keychain), the batch of configs, the time limit, Ctrl+C, progress on a terminal, the pasted
// redirect address of an interactive sign-in, and the report at the end.
class DiagnoseRun : public QObject
{
    Q_OBJECT

public:
    // `secrets` is the keychain (null: none); `given` the secret given beside the configs, if any.
    DiagnoseRun(DiagnoseOptions options, GivenSecret given, SecretStore *secrets, QTextStream &out,
                QTextStream &err, QObject *parent = nullptr);
    ~DiagnoseRun() override;

    // Runs an event loop until every config is diagnosed (or the run is stopped), writes the report and
    // returns the exit code.
    int exec();

private:
    void stop(bool timedOut);
    void onFinished();
    void onStdinReadable();
    void openBrowser(const QUrl &url);
    int writeReport();
    void writeToStandardOutput(const QString &report);

    DiagnoseOptions m_options;
    GivenSecret m_given;
    SecretStore *m_secrets = nullptr;
    QTextStream &m_out;
    QTextStream &m_err;
    ProgressLine m_progress;
    QEventLoop m_loop;
    DiagnosisService *m_service = nullptr;
    DiagnoseBatch *m_batch = nullptr;
    InterruptWatcher *m_interrupts = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
    bool m_stopped = false;
    bool m_timedOut = false;
    int m_exitCode = 0;
};

} // namespace flexo::cli
