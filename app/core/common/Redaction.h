#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace flexo {

// The single place where sensitive values are made safe to log, show or report, and where text
// from outside (files, servers, the command line) is made safe to print.

// "abc…(40 chars)": the first three characters, as Entra shows them as the secret's hint, and the length.
[[nodiscard]] QString redactSecret(const QString &secret);

// "[redacted token, 1234 chars]": nothing of a token, code or verifier is kept.
[[nodiscard]] QString redactToken(const QString &token);

// "c***@contoso.com": a user principal name with the local part masked.
[[nodiscard]] QString redactUser(const QString &upn);

// A URL with the values of sensitive query and fragment items (code, state, client_secret,
// code_verifier, access_token, refresh_token, id_token, assertion, password) replaced by "REDACTED".
[[nodiscard]] QString redactUrl(const QUrl &url);

// A form-encoded body (as sent to a token endpoint) with sensitive values replaced by "REDACTED".
[[nodiscard]] QString redactForm(const QByteArray &body);

// Makes `value` known as a secret of this process (a client secret read from the keychain, a file,
// standard input or the environment; a token, an authorization code, a PKCE verifier). scrub()
// removes every registered value from all text it is given, and the log handler scrubs every line.
// Values shorter than eight characters are ignored: they cannot be told apart from ordinary text,
// and no real secret, token, code or verifier is that short.
void registerSensitiveValue(const QString &value);
[[nodiscard]] QStringList registeredSensitiveValues();

// Replaces every occurrence of each of `secrets` and of each registered value with "REDACTED": raw,
// fully or partly percent-encoded (also "%25"-encoded and '+' for a space), JSON-escaped ("\u0041",
// "\/"), HTML-escaped ("&amp;", "&#65;", "&#x41;") and Markdown-escaped ("\_") forms, in any mix.
// A last line of defence for text that leaves the program (logs, reports, terminal output).
// Values of `secrets` shorter than four characters are ignored.
[[nodiscard]] QString scrub(QString text, const QStringList &secrets = {});

// How plainText() treats line breaks.
enum class TextLines {
    Single,   // one line: CR, LF and tab are escaped too
    Multi,    // LF and tab kept; CR LF becomes LF; a lone CR is escaped
    Terminal, // LF, tab and CR kept (a progress line redraws with CR); everything else escaped
};

// `text` with every control character (C0 such as ESC, DEL, C1 such as CSI), line or paragraph
// separator and bidirectional override made visible as an escape ("\x1b", "\u009b", "\u202e"), so that text
// from outside can neither drive a terminal (colours, titles, OSC 8 links, cursor moves) nor forge
// log lines, nor reorder what a reader sees.
[[nodiscard]] QString plainText(const QString &text, TextLines lines = TextLines::Single);

} // namespace flexo
