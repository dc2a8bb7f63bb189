#include "cli/ProgressLine.h"

#include <QTextStream>

namespace flexo::cli {

ProgressLine::ProgressLine(QTextStream &stream, bool enabled)
    : m_stream(stream)
    , m_enabled(enabled)
{}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    // Keep within a classic 80-column terminal so the line never wraps (wrapping breaks "\r").
    const QString line = text.size() > 79 ? text.left(78) + QChar(0x2026) : text;
    m_stream << '\r' << line;
    if (line.size() < m_width)
        m_stream << QString(m_width - line.size(), QLatin1Char(' ')) << '\r' << line;
    m_width = static_cast<int>(line.size());
    m_stream.flush();
}

void ProgressLine::clear()
{
    if (!m_enabled || m_width == 0)
        return;
    m_stream << '\r' << QString(m_width, QLatin1Char(' ')) << '\r';
    m_stream.flush();
    m_width = 0;
}

} // namespace flexo::cli
