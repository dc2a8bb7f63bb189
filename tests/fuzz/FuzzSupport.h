#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares (tests/fuzz/README.md). A target defines LLVMFuzzerTestOneInput;
// FuzzSupport.cpp defines LLVMFuzzerInitialize, which silences logging once so that millions of inputs
// do not fill a terminal.

namespace flexo::fuzz {

[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Ends the run abnormally with `what`: libFuzzer keeps the input as a crash, the corpus replay
// (tst_fuzz_*) fails.
[[noreturn]] void fail(const char *what, const char *file, int line);

// True when `text` holds a C0 or C1 control character other than tab and line breaks: such a character
// in a message could drive the admin's terminal.
[[nodiscard]] bool hasControlCharacter(const QString &text);

} // namespace flexo::fuzz

// A property every input must keep. Unlike Q_ASSERT it is also checked in release builds.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::flexo::fuzz::fail(#condition, __FILE__, __LINE__);                                             \
    } while (false)

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
