#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace flexo {

// The head of one HTTP request to the loopback listener, read from the bytes received so far. Works
// on bytes alone (no socket), so that whatever a browser or another local program sends can be
// tested and fuzzed.
struct LoopbackRequest
{
    enum class Status {
        Incomplete, // the blank line that ends the head has not arrived: wait for more
        TooLarge,   // no end of the head within kMaxHeaderBytes: answer 431
        Malformed,  // the request line is not "METHOD TARGET HTTP/…": answer 400
        Complete,
    };

    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

    Status status = Status::Incomplete;
    QByteArray method;
    QString path;     // percent-decoded
    QString rawQuery; // as received ('+' meaning space); empty without '?'

    // Reads everything received on one connection so far.
    [[nodiscard]] static LoopbackRequest parse(const QByteArray &received);
    // The decoded "state" of the query (the last one wins); nullopt when the query has none.
    [[nodiscard]] std::optional<QString> state() const;
};

} // namespace flexo
