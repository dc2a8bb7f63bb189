#pragma once

#include <QString>

class QTextStream;

namespace flexo::cli {

// One line on a terminal that is rewritten in place ("[12/50] customer.json"). Does nothing when
// disabled, so callers need not check whether standard error is a terminal.
class ProgressLine
{
public:
    ProgressLine(QTextStream &stream, bool enabled);

    void show(const QString &text);
    void clear();

private:
    QTextStream &m_stream;
    bool m_enabled = false;
    int m_width = 0;
};

} // namespace flexo::cli
