#pragma once

#include <QDateTime>
#include <QString>

namespace flexo {

// A sign-in kept for monitoring: the refresh token of a test sign-in, the account that signed in and
// when it was kept. It lives only in the keychain entry KeychainBinding::keptSignInEntryFor() names, as
// one small JSON value, and in memory; never in a file, a log or a report.
struct KeptSignIn
{
    QString refreshToken;
    QString account;  // user principal name
    QDateTime keptAt; // UTC, when the test sign-in was kept (a rotation keeps the date)

    [[nodiscard]] bool isNull() const { return refreshToken.isEmpty(); }

    // {"refreshToken": ..., "account": ..., "keptAt": "2026-12-04T17:00:00Z"}.
    [[nodiscard]] QString toValue() const;
    // A null sign-in for anything else than such a value.
    [[nodiscard]] static KeptSignIn fromValue(const QString &value);
};

} // namespace flexo
