#pragma once

#include "cli/DiagnoseOptions.h"
#include "cli/ProgressLine.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QSocketNotifier;
class QTextStream;

namespace flexo {
class SecretStore;
struct ConnectorConfig;
} // namespace flexo

namespace flexo::cli {

class DiagnoseBatch;
class InterruptWatcher;

// One `diagnose` invocation from start to exit code: the shared network and keychain, the batch of
// configs, the time limit, Ctrl+C, progress on a terminal, the pasted redirect address of an
// interactive sign-in, and the report at the end.
class DiagnoseRun : public QObject
{
    Q_OBJECT

public:
    DiagnoseRun(DiagnoseOptions options, QString secret, QString secretSource, QTextStream &out,
                QTextStream &err, QObject *parent = nullptr);
    ~DiagnoseRun() override;

    // Runs the application's event loop until every config is diagnosed (or the run is stopped),
    // writes the report and returns the exit code.
    int exec();

private:
    QNetworkAccessManager *networkFor(const ConnectorConfig &config);
    void stop(bool timedOut);
    void onFinished();
    void onStdinReadable();
    void openBrowser(const QUrl &url);
    int writeReport();

    DiagnoseOptions m_options;
    QString m_secret;
    QString m_secretSource;
    QTextStream &m_out;
    QTextStream &m_err;
    ProgressLine m_progress;
    QHash<QString, QNetworkAccessManager *> m_networks; // by proxy setting
    SecretStore *m_secrets = nullptr;
    DiagnoseBatch *m_batch = nullptr;
    InterruptWatcher *m_interrupts = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
    bool m_stopped = false;
    bool m_timedOut = false;
    int m_exitCode = 0;
};

} // namespace flexo::cli
