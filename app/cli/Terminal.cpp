#include "cli/Terminal.h"

#include <QByteArray>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace flexo::cli {

namespace {

// The terminal settings to put back when a signal ends the program while echo is off. Written
// before the handlers are installed and only read by them.
termios s_savedTerminal{};
volatile sig_atomic_t s_echoOff = 0;

constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Ctrl+C (or a kill) at the hidden prompt: give the terminal its echo back, then end as the signal
// asks. Only async-signal-safe calls.
void restoreEchoAndEnd(int sig)
{
    if (s_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &s_savedTerminal);
    struct sigaction defaults = {};
    defaults.sa_handler = SIG_DFL;
    ::sigemptyset(&defaults.sa_mask);
    ::sigaction(sig, &defaults, nullptr);
    ::raise(sig);
}

int setTerminal(const termios &settings)
{
    int result = 0;
    do {
        // TCSANOW, not TCSAFLUSH: what was typed (or pasted) ahead of the prompt is kept.
        result = ::tcsetattr(STDIN_FILENO, TCSANOW, &settings);
    } while (result != 0 && errno == EINTR);
    return result;
}

} // namespace

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool Terminal::isTerminal(const QTextStream &stream)
{
    const auto *file = qobject_cast<const QFile *>(stream.device());
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

QString Terminal::readLine(bool hideInput)
{
    termios saved{};
    const bool tty = hideInput && stdinIsTerminal() && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    struct sigaction previous[std::size(kEndingSignals)] = {};
    if (tty) {
        s_savedTerminal = saved;
        struct sigaction restore = {};
        restore.sa_handler = restoreEchoAndEnd;
        ::sigemptyset(&restore.sa_mask);
        for (size_t i = 0; i < std::size(kEndingSignals); ++i)
            ::sigaction(kEndingSignals[i], &restore, &previous[i]);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        s_echoOff = 1;
        setTerminal(quiet);
    }
    // Read byte by byte from the descriptor: stdio buffering would swallow what follows the line
    // (a pasted redirect address, for instance). A signal that interrupts the read is not an end.
    QByteArray line;
    bool gotAny = false;
    char c = 0;
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != 1)
            break;
        gotAny = true;
        if (c == '\n')
            break;
        // A line longer than any secret or URL is not what we asked for; stop growing.
        if (line.size() < 64 * 1024)
            line.append(c);
    }
    if (tty) {
        setTerminal(saved);
        s_echoOff = 0;
        for (size_t i = 0; i < std::size(kEndingSignals); ++i)
            ::sigaction(kEndingSignals[i], &previous[i], nullptr);
        std::fputc('\n', stderr);
    }
    if (!gotAny)
        return {};
    const QString text = QString::fromUtf8(line);
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace flexo::cli
