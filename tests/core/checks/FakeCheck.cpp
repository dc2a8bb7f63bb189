#include "FakeCheck.h"

namespace flexo {

FakeCheck::FakeCheck(CheckId id, CheckStatus outcome)
    : m_id(id)
    , m_outcome(outcome)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { complete(m_outcome); });
}

void FakeCheck::start(CheckContext &)
{
    ++starts;
    running = true;
    switch (m_finish) {
    case Finish::Immediately:
        complete(m_outcome);
        break;
    case Finish::AfterDelay:
        m_timer.start(m_delayMs);
        break;
    case Finish::WhenTold:
        break;
    }
}

void FakeCheck::cancel()
{
    ++cancels;
    running = false;
    m_timer.stop();
}

void FakeCheck::complete(CheckStatus status)
{
    running = false;
    finish(makeResult(status, m_summary.isEmpty() ? statusName(status) : m_summary));
}

} // namespace flexo
