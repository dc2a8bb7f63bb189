#pragma once

#include "cli/ConfigDiagnoser.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace flexo::cli {

// Diagnoses many configs with a bounded number at a time (a support engineer with fifty customers),
// sharing one QNetworkAccessManager so connections are pooled and limited per host.
class DiagnoseBatch : public QObject
{
    Q_OBJECT

public:
    // `prototype` holds what every config shares (mode, secret, network, keychain, opener, clock);
    // its path is replaced by each of `paths`.
    DiagnoseBatch(const QStringList &paths, ConfigDiagnoser::Setup prototype, int maxParallel,
                  QObject *parent = nullptr);
    ~DiagnoseBatch() override;

    void start();
    // Stops every running diagnosis; configs not started yet are reported as interrupted.
    void cancel();

    [[nodiscard]] int total() const { return static_cast<int>(m_diagnosers.size()); }
    [[nodiscard]] int done() const { return m_done; }
    // In the order the paths were given.
    [[nodiscard]] QList<ConfigDiagnosis> diagnoses() const;
    // The diagnosers currently running (the interactive paste goes to them).
    [[nodiscard]] QList<ConfigDiagnoser *> running() const;

signals:
    void progressChanged(int done, int total, const QString &lastPath);
    void finished();

private:
    void startMore();
    void onOneFinished(ConfigDiagnoser *diagnoser);

    std::vector<std::unique_ptr<ConfigDiagnoser>> m_diagnosers;
    QList<ConfigDiagnosis> m_unstarted; // placeholders for configs a cancel left out
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
    int m_maxParallel = 8;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flexo::cli
