#include "cli/DiagnoseBatch.h"

#include <QTimer>

#include <algorithm>

namespace flexo::cli {

DiagnoseBatch::DiagnoseBatch(const QStringList &paths, ConfigDiagnoser::Setup prototype, int maxParallel,
                             QObject *parent)
    : QObject(parent)
    , m_maxParallel(std::max(1, maxParallel))
{
    for (const QString &path : paths) {
        ConfigDiagnoser::Setup setup = prototype;
        setup.path = path;
        m_diagnosers.push_back(std::make_unique<ConfigDiagnoser>(std::move(setup)));
        ConfigDiagnoser *diagnoser = m_diagnosers.back().get();
        connect(diagnoser, &ConfigDiagnoser::finished, this, [this, diagnoser] { onOneFinished(diagnoser); });
    }
}

DiagnoseBatch::~DiagnoseBatch() = default;

void DiagnoseBatch::start()
{
    if (m_diagnosers.empty()) {
        QTimer::singleShot(0, this, [this] {
            m_finished = true;
            emit finished();
        });
        return;
    }
    startMore();
}

void DiagnoseBatch::startMore()
{
    while (!m_cancelled && m_running < m_maxParallel && m_next < total()) {
        ConfigDiagnoser *diagnoser = m_diagnosers.at(static_cast<size_t>(m_next++)).get();
        ++m_running;
        diagnoser->start();
    }
}

void DiagnoseBatch::onOneFinished(ConfigDiagnoser *diagnoser)
{
    --m_running;
    ++m_done;
    emit progressChanged(m_done, total(), diagnoser->diagnosis().path);
    if (!m_cancelled)
        startMore();
    if (m_running == 0 && (m_cancelled || m_next >= total()) && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

void DiagnoseBatch::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    for (const auto &diagnoser : m_diagnosers) {
        if (!diagnoser->isFinished())
            diagnoser->cancel();
    }
    if (m_running == 0 && !m_finished) {
        m_finished = true;
        QTimer::singleShot(0, this, &DiagnoseBatch::finished);
    }
}

QList<ConfigDiagnosis> DiagnoseBatch::diagnoses() const
{
    QList<ConfigDiagnosis> result;
    for (int i = 0; i < total(); ++i) {
        const ConfigDiagnoser &diagnoser = *m_diagnosers.at(static_cast<size_t>(i));
        ConfigDiagnosis diagnosis = diagnoser.diagnosis();
        if (i >= m_next)
            diagnosis.interrupted = true;
        result << diagnosis;
    }
    return result;
}

QList<ConfigDiagnoser *> DiagnoseBatch::running() const
{
    QList<ConfigDiagnoser *> result;
    for (int i = 0; i < std::min(m_next, total()); ++i) {
        ConfigDiagnoser *diagnoser = m_diagnosers.at(static_cast<size_t>(i)).get();
        if (!diagnoser->isFinished())
            result << diagnoser;
    }
    return result;
}

} // namespace flexo::cli
