#pragma once

#include "checks/Check.h"

#include <QTimer>

namespace flexo {

// A check whose behaviour a test decides: finish at once, after a delay, or only when told to. Its
// prerequisites and needs are those of the graph the test gives the runner.
class FakeCheck : public Check
{
    Q_OBJECT

public:
    enum class Finish { Immediately, AfterDelay, WhenTold };

    explicit FakeCheck(CheckId id, CheckStatus outcome = CheckStatus::Passed);

    CheckId id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Title of ") + checkName(m_id); }
    std::chrono::milliseconds timeout() const override { return m_timeout; }

    void start(CheckContext &context) override;
    void cancel() override;

    // Reports `status` now, as the work would when it ends.
    void complete(CheckStatus status);

    FakeCheck *finishing(Finish finish, int delayMs = 0)
    {
        m_finish = finish;
        m_delayMs = delayMs;
        return this;
    }
    FakeCheck *withTimeout(std::chrono::milliseconds timeout)
    {
        m_timeout = timeout;
        return this;
    }
    // A summary to report (to check that the runner scrubs what a check says).
    FakeCheck *saying(const QString &summary)
    {
        m_summary = summary;
        return this;
    }

    int starts = 0;
    int cancels = 0;
    bool running = false;

private:
    CheckId m_id;
    CheckStatus m_outcome;
    Finish m_finish = Finish::Immediately;
    int m_delayMs = 0;
    std::chrono::milliseconds m_timeout{0};
    QString m_summary;
    QTimer m_timer;
};

} // namespace flexo
