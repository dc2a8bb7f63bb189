#include "graph/GraphResult.h"

namespace flexo {

OnlineMeeting OnlineMeeting::fromJson(const QJsonObject &object)
{
    OnlineMeeting meeting;
    meeting.id = object.value(QLatin1String("id")).toString();
    meeting.joinWebUrl = QUrl(object.value(QLatin1String("joinWebUrl")).toString());
    meeting.subject = object.value(QLatin1String("subject")).toString();
    meeting.externalId = object.value(QLatin1String("externalId")).toString();
    meeting.start =
        QDateTime::fromString(object.value(QLatin1String("startDateTime")).toString(), Qt::ISODateWithMs);
    meeting.end =
        QDateTime::fromString(object.value(QLatin1String("endDateTime")).toString(), Qt::ISODateWithMs);
    return meeting;
}

QString GraphResult::requestId() const
{
    if (!facts.requestId.isEmpty())
        return facts.requestId;
    return innerError.value(QLatin1String("request-id")).toString();
}

} // namespace flexo
