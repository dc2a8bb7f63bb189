#include "cli/Terminal.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace flexo::cli {

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

QString Terminal::readLine(bool hideInput)
{
    termios saved{};
    const bool tty = hideInput && stdinIsTerminal() && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Read byte by byte from the descriptor: stdio buffering would swallow what follows the line
    // (a pasted redirect address, for instance).
    QByteArray line;
    bool gotAny = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        gotAny = true;
        if (c == '\n')
            break;
        // A line longer than any secret or URL is not what we asked for; stop growing.
        if (line.size() < 64 * 1024)
            line.append(c);
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!gotAny)
        return {};
    const QString text = QString::fromUtf8(line);
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace flexo::cli
