// The loopback listener's reading of an HTTP request head: the bytes a browser, or any other program
// of the machine, sends to the sign-in's local port. Read whole and in two pieces, as TCP may deliver
// it.

#include "FuzzSupport.h"

#include "auth/LoopbackRequest.h"

using namespace flexo;

namespace {

void check(const QByteArray &received)
{
    const LoopbackRequest request = LoopbackRequest::parse(received);
    switch (request.status) {
    case LoopbackRequest::Status::Incomplete:
        FUZZ_CHECK(received.size() <= LoopbackRequest::kMaxHeaderBytes);
        return;
    case LoopbackRequest::Status::TooLarge:
        FUZZ_CHECK(received.size() > LoopbackRequest::kMaxHeaderBytes);
        return;
    case LoopbackRequest::Status::Malformed:
        return;
    case LoopbackRequest::Status::Complete:
        FUZZ_CHECK(!request.method.isEmpty());
        (void)request.state();
        return;
    }
    FUZZ_CHECK(!"unknown status");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received = fuzz::bytes(data, size);
    check(received);
    // The listener reads what has arrived so far: first the first half, then everything.
    check(received.left(received.size() / 2));
    return 0;
}
