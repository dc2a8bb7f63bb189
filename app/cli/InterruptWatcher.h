#pragma once

#include <QObject>

class QSocketNotifier;

namespace flexo::cli {

// Turns SIGINT and SIGTERM into a Qt signal, so a run can stop its checks, write what it has and
// exit with code 3 instead of dying mid-write. One instance per process.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace flexo::cli
