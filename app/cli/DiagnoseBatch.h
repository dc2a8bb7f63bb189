#pragma once

#include "diagnosis/Diagnosis.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace flexo {
class DiagnosisService;
}

namespace flexo::cli {

// Diagnoses many configs with a bounded number at a time (a support engineer with fifty customers),
// on the service's shared networks so connections are pooled and limited per host.
class DiagnoseBatch : public QObject
{
    Q_OBJECT

public:
    // `given` is the secret given beside the configs, if any: the command makes sure it belongs to
    // every one of them (the same app registration).
    DiagnoseBatch(const QStringList &paths, DiagnosisService *service, CheckRunner::Mode mode,
                  GivenSecret given, int maxParallel, QObject *parent = nullptr);
    ~DiagnoseBatch() override;

    void start();
    // Stops every running diagnosis; configs not started yet are reported as interrupted.
    void cancel();

    [[nodiscard]] int total() const { return static_cast<int>(m_diagnoses.size()); }
    [[nodiscard]] int done() const { return m_done; }
    // In the order the paths were given.
    [[nodiscard]] QList<ConfigDiagnosis> diagnoses() const;
    // The diagnoses currently running (the interactive paste goes to them).
    [[nodiscard]] QList<Diagnosis *> running() const;
    // What the runs met that must never be printed: secrets and tokens.
    [[nodiscard]] QStringList sensitiveValues() const;

signals:
    void progressChanged(int done, int total, const QString &lastPath);
    void finished();

private:
    void startMore();
    void onOneFinished(Diagnosis *diagnosis);

    QStringList m_paths;
    CheckRunner::Mode m_mode;
    GivenSecret m_given;
    std::vector<std::unique_ptr<Diagnosis>> m_diagnoses;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
    int m_maxParallel = 8;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flexo::cli
