#pragma once

#include <QString>

class QTextStream;

namespace flexo::cli {

// What the command line needs to know about its standard streams.
class Terminal
{
public:
    [[nodiscard]] static bool stdinIsTerminal();
    [[nodiscard]] static bool stderrIsTerminal();
    [[nodiscard]] static bool stdoutIsTerminal();
    // Whether `stream` writes straight to a terminal (a stream on stdout when that is one); false for
    // a buffer, a pipe or a file.
    [[nodiscard]] static bool isTerminal(const QTextStream &stream);

    // Reads one line from standard input. When it is a terminal, echo is turned off while reading so
    // the secret does not appear on screen (nor in a screen-share); what was typed ahead is kept, a
    // read interrupted by a signal goes on, and Ctrl+C or a kill at the prompt puts echo back before
    // the program ends. Returns a null string at end of input.
    [[nodiscard]] static QString readLine(bool hideInput);
};

} // namespace flexo::cli
