#include "cli/DiagnoseBatch.h"

#include <QTimer>

#include <algorithm>

namespace flexo::cli {

DiagnoseBatch::DiagnoseBatch(const QStringList &paths, DiagnosisService *service, CheckRunner::Mode mode,
                             GivenSecret given, int maxParallel, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_mode(mode)
    , m_given(std::move(given))
    , m_maxParallel(std::max(1, maxParallel))
{
    for (int i = 0; i < paths.size(); ++i) {
        m_diagnoses.push_back(std::make_unique<Diagnosis>(service));
        Diagnosis *diagnosis = m_diagnoses.back().get();
        connect(diagnosis, &Diagnosis::finished, this, [this, diagnosis] { onOneFinished(diagnosis); });
    }
}

DiagnoseBatch::~DiagnoseBatch()
{
    m_given.value.fill(QLatin1Char('\0'));
}

void DiagnoseBatch::start()
{
    if (m_diagnoses.empty()) {
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
        const int index = m_next++;
        ++m_running;
        m_diagnoses.at(static_cast<size_t>(index))->start(m_paths.at(index), m_mode, m_given);
    }
}

void DiagnoseBatch::onOneFinished(Diagnosis *diagnosis)
{
    --m_running;
    ++m_done;
    emit progressChanged(m_done, total(), diagnosis->diagnosis().path);
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
    for (const auto &diagnosis : m_diagnoses) {
        if (diagnosis->isRunning())
            diagnosis->cancel();
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
        ConfigDiagnosis diagnosis = m_diagnoses.at(static_cast<size_t>(i))->diagnosis();
        if (i >= m_next) {
            diagnosis.path = m_paths.at(i);
            diagnosis.interrupted = true;
        }
        result << diagnosis;
    }
    return result;
}

QList<Diagnosis *> DiagnoseBatch::running() const
{
    QList<Diagnosis *> result;
    for (const auto &diagnosis : m_diagnoses) {
        if (diagnosis->isRunning())
            result << diagnosis.get();
    }
    return result;
}

QStringList DiagnoseBatch::sensitiveValues() const
{
    QStringList values;
    if (!m_given.value.isEmpty())
        values << m_given.value;
    for (const auto &diagnosis : m_diagnoses) {
        for (const QString &value : diagnosis->sensitiveValues()) {
            if (!values.contains(value))
                values << value;
        }
    }
    return values;
}

} // namespace flexo::cli
