#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace flexo {

struct GraphResult;

// Graph's answers in an admin's words. Graph's own `message` is often empty (403) or changes over
// time, so the explanation is chosen from the HTTP status and the error code.
class GraphErrors
{
    Q_DECLARE_TR_FUNCTIONS(GraphErrors)

public:
    enum class Operation { Me, CreateMeeting, GetMeeting, DeleteMeeting };

    // The error for an unexpected answer; `result` holds the status, code, message and ids.
    [[nodiscard]] static Error explain(Operation operation, const GraphResult &result);
    [[nodiscard]] static QString operationName(Operation operation);
};

} // namespace flexo
