#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

namespace flexo::cli {

// A device in front of the command line's output stream: everything written through it loses its
// control characters (flexo::plainText, terminal mode), so that no value from a file, a server or an
// argument can colour, retitle or rewrite the terminal, or hide a line. Line feeds, tabs and the
// carriage return of the progress line pass.
class SafeOutput : public QIODevice
{
    Q_OBJECT

public:
    explicit SafeOutput(QTextStream &target, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace flexo::cli
