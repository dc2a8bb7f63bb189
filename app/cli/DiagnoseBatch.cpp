#include "cli/DiagnoseBatch.h"

#include "diagnosis/DiagnosisService.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace flexo::cli {

DiagnoseBatch::DiagnoseBatch(const QStringList &paths, DiagnosisService *service, CheckRunner::Mode mode,
                             GivenSecret given, int maxParallel, int maxPerTenant, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_mode(mode)
    , m_given(std::move(given))
    , m_started(static_cast<size_t>(paths.size()), false)
    , m_maxParallel(std::max(1, maxParallel))
    , m_maxPerTenant(std::max(1, maxPerTenant))
{
    for (int i = 0; i < paths.size(); ++i) {
        m_waiting << i;
        m_tenants << QString(); // read when the config is first considered: see tenantOf
        m_diagnoses.push_back(std::make_unique<Diagnosis>(service));
        Diagnosis *diagnosis = m_diagnoses.back().get();
        connect(diagnosis, &Diagnosis::finished, this, [this, i] { onOneFinished(i); });
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

const QString &DiagnoseBatch::tenantOf(int index)
{
    // Read on demand, so that the first configs start before the last of a large fleet is read. The
    // file is opened here, once: the run that starts later uses what was read.
    QString &key = m_tenants[index];
    if (key.isEmpty()) {
        Diagnosis *diagnosis = m_diagnoses.at(static_cast<size_t>(index)).get();
        if (!diagnosis->open(m_paths.at(index))) {
            key = QStringLiteral("file:") + m_paths.at(index);
        } else {
            const ConnectorConfig &config = diagnosis->diagnosis().config;
            key = QString::number(static_cast<int>(config.cloud)) + QLatin1Char('/') +
                  config.customLoginBase.toString() + QLatin1Char('/') + config.tenantId.trimmed().toLower();
        }
    }
    return key;
}

void DiagnoseBatch::startMore()
{
    // The first waiting config whose tenant has room, so one large customer does not hold up the others.
    for (qsizetype i = 0; i < m_waiting.size() && !m_cancelled && m_running < m_maxParallel;) {
        const int index = m_waiting.at(i);
        int &ofTenant = m_runningPerTenant[tenantOf(index)];
        if (ofTenant >= m_maxPerTenant) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        ++ofTenant;
        ++m_running;
        m_started[static_cast<size_t>(index)] = true;
        m_diagnoses.at(static_cast<size_t>(index))->run(m_mode, m_given); // opened by tenantOf
    }
}

void DiagnoseBatch::onOneFinished(int index)
{
    --m_running;
    --m_runningPerTenant[tenantOf(index)];
    ++m_done;
    emit progressChanged(m_done, total(), m_diagnoses.at(static_cast<size_t>(index))->diagnosis().path);
    if (!m_cancelled)
        startMore();
    if (m_running == 0 && (m_cancelled || m_waiting.isEmpty()) && !m_finished) {
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
        if (!m_started.at(static_cast<size_t>(i))) {
            // Never run: nothing read from its file counts (it may have been read to learn its tenant).
            diagnosis = ConfigDiagnosis();
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
    QSet<QString> seen; // a fleet holds thousands: a linear look-up each would be quadratic
    const auto add = [&](const QString &value) {
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values << value;
        }
    };
    add(m_given.value);
    for (const auto &diagnosis : m_diagnoses) {
        for (const QString &value : diagnosis->sensitiveValues())
            add(value);
    }
    return values;
}

} // namespace flexo::cli
