#pragma once

#include "checks/Check.h"
#include "graph/ProbeResult.h"

#include <QPointer>

namespace flexo {

class MeetingCreateCheck;

// "meeting-delete": the test meeting is deleted (204) and then gone (404). "Nothing was left behind"
// is said only then, and only when no earlier run's meeting is still there; otherwise the result
// names what is left, with id and join link, so the admin can remove it.
class MeetingDeleteCheck : public Check
{
    Q_OBJECT

public:
    explicit MeetingDeleteCheck(MeetingCreateCheck *create, QObject *parent = nullptr);

    CheckId id() const override { return CheckId::MeetingDelete; }
    QString title() const override;
    std::chrono::milliseconds timeout() const override { return std::chrono::minutes(2); }
    void start(CheckContext &context) override;
    void cancel() override;

private:
    void report(const MeetingProbeResult &probe);

    QPointer<MeetingCreateCheck> m_create;
    QMetaObject::Connection m_connection;
};

} // namespace flexo
