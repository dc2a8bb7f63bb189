#include "cli/SafeOutput.h"

#include "common/Redaction.h"

#include <QTextStream>

namespace flexo::cli {

SafeOutput::SafeOutput(QTextStream &target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SafeOutput::readData(char *, qint64)
{
    return -1;
}

qint64 SafeOutput::writeData(const char *data, qint64 size)
{
    // The decoder keeps a character cut between two writes for the next one.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    m_target << plainText(text, TextLines::Terminal);
    m_target.flush();
    return size;
}

} // namespace flexo::cli
