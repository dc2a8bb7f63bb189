#pragma once

#include <QByteArray>
#include <QIODevice>

namespace flexo {

// A request body that can be read once. Qt's HTTP stack sends a request again on its own when the
// connection closes before the answer, a POST too, unseen by its caller; it needs to rewind the body
// for that. This body cannot be rewound once read, so Qt reports the lost answer instead
// (ContentReSendError) and only the request's RetryPolicy decides whether to send it again, counted
// and reported like every other repeat.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    // True only before the first byte was read.
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace flexo
