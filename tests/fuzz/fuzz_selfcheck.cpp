// A target that fails on one input only: proves that the corpus replay turns a failed check into a
// failed test (tst_fuzz_replay_fails).

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool tripwire = flexo::fuzz::bytes(data, size).startsWith("tripwire");
    FUZZ_CHECK(!tripwire);
    return 0;
}
