#pragma once

#include <QString>

namespace flexo {

// The client secret given in the environment (FLEXO_CLIENT_SECRET), read once and then removed from
// it, so that no program started later (the browser, and whatever it starts) inherits it.
class EnvironmentSecret
{
public:
    [[nodiscard]] static const char *variableName() { return "FLEXO_CLIENT_SECRET"; }

    // The secret, as it was in the environment (empty when none was given). The first call removes the
    // variable from the environment, overwrites its bytes in the process's original environment block
    // (what /proc/PID/environ shows) and registers the value as sensitive (common/Redaction.h); later
    // calls return the kept value, unless the variable was set again in between.
    [[nodiscard]] static QString take();

    // Wipes and drops the kept value: the next take() sees only what the environment holds then. For a
    // process that runs several command lines one after the other (the in-process command-line tests).
    static void forget();
};

} // namespace flexo
