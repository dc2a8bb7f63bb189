#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;
class QIODevice;
class QTextStream;

namespace flexo::cli {

// One verb of the command line. It reads and writes only the streams it is given, so the same object
// runs in the executable (the standard streams) and in a test (buffers).
class Command
{
public:
    // `in` replaces standard input (for --secret-stdin); null: the process's own.
    Command(QTextStream &out, QTextStream &err, QIODevice *in = nullptr);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString description() const = 0;

    // `arguments` starts with the verb itself, as QCommandLineParser expects a program name first.
    virtual int execute(const QStringList &arguments) = 0;

protected:
    // Parses `arguments` with the options the command declared in `parser`. Returns false after
    // printing a usage error (or true with `helpShown` set when --help was asked).
    bool parse(QCommandLineParser &parser, const QStringList &arguments, bool *helpShown);
    void printUsageError(const QString &message);
    // The secret given beside the arguments: the first line of standard input when `fromStdin`, else
    // FLEXO_CLIENT_SECRET. `source` becomes "stdin" or "environment" ("" when none). False after a
    // usage error (--secret-stdin with nothing to read).
    bool readProvidedSecret(bool fromStdin, QString *secret, QString *source);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice *m_in = nullptr;
};

} // namespace flexo::cli
