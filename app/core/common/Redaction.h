#pragma once

#include <QString>
#include <QUrl>

namespace flexo {

// The single place where sensitive values are made safe to log, show or report.

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

// Removes every occurrence of each of `secrets` (and of its percent-encoded form) from `text`.
// A last line of defence for text that is built from outside input (error bodies, pasted URLs).
[[nodiscard]] QString scrub(QString text, const QStringList &secrets);

} // namespace flexo
