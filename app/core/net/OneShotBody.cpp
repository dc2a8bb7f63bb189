#include "net/OneShotBody.h"

#include <cstring>

namespace flexo {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::reset()
{
    return m_position == 0;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (m_position >= m_data.size())
        return -1;
    const qint64 count = qMin(maxSize, m_data.size() - m_position);
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace flexo
