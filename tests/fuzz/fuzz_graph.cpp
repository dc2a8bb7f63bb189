// Microsoft Graph's answers to /me and /me/onlineMeetings: meetings, error bodies and whatever a proxy
// answers instead, for every operation and the statuses Graph uses.

#include "FuzzSupport.h"
#include "HttpAnswer.h"

#include "graph/GraphClient.h"

using namespace flexo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const int status : {200, 201, 204, 400, 401, 403, 404, 429, 500, 503}) {
        HttpResult http = fuzz::httpAnswer(status, body);
        http.headers.insert("www-authenticate", "Bearer error=\"invalid_token\"");
        for (const GraphErrors::Operation operation :
             {GraphErrors::Operation::Me, GraphErrors::Operation::CreateMeeting,
              GraphErrors::Operation::GetMeeting, GraphErrors::Operation::DeleteMeeting}) {
            const GraphResult result = GraphClient::interpret(operation, http);
            (void)result.requestId();
            if (!result.ok()) {
                FUZZ_CHECK(!result.error.message.isEmpty());
                continue;
            }
            FUZZ_CHECK(status >= 200 && status < 300);
            if (operation == GraphErrors::Operation::CreateMeeting ||
                operation == GraphErrors::Operation::GetMeeting)
                FUZZ_CHECK(!result.meeting.id.isEmpty());
        }
    }
    return 0;
}
