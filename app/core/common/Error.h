#pragma once

#include "common/Remedy.h"

#include <QMetaType>
#include <QString>

namespace flexo {

// An error as a value: it crosses layers instead of an exception or a bare string.
// `message`, `cause` and `fix` are translated and meant for the admin (what happened, why, what to do);
// `detail` is technical, English, and goes to the log. None of them may contain a secret, token,
// authorization code or PKCE verifier: build them from redacted values only.
struct Error
{
    QString code;    // stable machine code: "config.secret.looks-like-secret-id", "AADSTS7000215", ...
    QString message; // what happened
    QString cause;   // why it most likely happened
    QString fix;     // what to do about it
    QString detail;  // technical detail for the log
    Remedy remedy;   // what to do, as a value: faces show it from here, never from the texts above

    [[nodiscard]] bool isNull() const { return code.isEmpty(); }
    [[nodiscard]] explicit operator bool() const { return !code.isEmpty(); }

    // "message cause fix", for a label, a dialog or a ticket.
    [[nodiscard]] QString userText() const;

    static Error make(const QString &code, const QString &message, const QString &cause = {},
                      const QString &fix = {}, const QString &detail = {});
};

// A value or an error.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_error.isNull(); }
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T &value() { return m_value; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    T m_value{};
    Error m_error;
};

} // namespace flexo

Q_DECLARE_METATYPE(flexo::Error)
