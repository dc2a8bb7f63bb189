#pragma once

#include "diagnosis/Diagnosis.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace flexo {
class DiagnosisService;
}

namespace flexo::cli {

// Diagnoses many configs with a bounded number at a time (a support engineer with fifty customers),
// at most `maxPerTenant` of one tenant at a time so that no tenant's throttling is spent at once, on
// the service's shared networks so connections are pooled and limited per host.
class DiagnoseBatch : public QObject
{
    Q_OBJECT

public:
    // `given` is the secret given beside the configs, if any: the command makes sure it belongs to
    // every one of them (the same app registration).
    DiagnoseBatch(const QStringList &paths, DiagnosisService *service, CheckRunner::Mode mode,
                  GivenSecret given, int maxParallel, int maxPerTenant = 4, QObject *parent = nullptr);
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
    void onOneFinished(int index);
    // The tenant a config names (its cloud and tenant), read from the file when first asked (which
    // opens its Diagnosis); the path for a file that cannot be read, which runs nothing.
    const QString &tenantOf(int index);

    QStringList m_paths;
    CheckRunner::Mode m_mode;
    GivenSecret m_given;
    std::vector<std::unique_ptr<Diagnosis>> m_diagnoses;
    QList<int> m_waiting;        // indexes not started yet, in the order given
    std::vector<bool> m_started; // by index
    QStringList m_tenants;       // by index, empty until read (tenantOf)
    QHash<QString, int> m_runningPerTenant;
    int m_running = 0;
    int m_done = 0;
    int m_maxParallel = 8;
    int m_maxPerTenant = 4;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace flexo::cli
