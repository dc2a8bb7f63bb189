#pragma once

#include "common/Error.h"

#include <QLatin1String>
#include <QString>

#include <chrono>

// The user-facing errors of the secret store, shared by every implementation so that the wizard,
// the command line and the checks show the same words. `detail` is technical and goes to the log;
// it must never contain a secret.
namespace flexo::secretErrors {

// Stable codes, for callers that react to a specific cause.
inline constexpr QLatin1String noSessionBusCode("secrets.unavailable.no-session-bus");
inline constexpr QLatin1String noServiceCode("secrets.unavailable.no-secret-service");
inline constexpr QLatin1String lockedCode("secrets.unavailable.locked");
inline constexpr QLatin1String noKeyringCode("secrets.unavailable.no-keyring");
inline constexpr QLatin1String deniedCode("secrets.access-denied");
inline constexpr QLatin1String timeoutCode("secrets.timeout");
inline constexpr QLatin1String notFoundCode("secrets.not-found");
inline constexpr QLatin1String failedCode("secrets.failed");

// Whether `error` is one of the errors below that means "the keychain cannot be used right now" (all
// of them except notFound), for code that only holds the Error, e.g. to offer the explicit export.
[[nodiscard]] bool isUnavailable(const Error &error);

// No D-Bus session bus (typical over SSH or on a server): nothing can provide a keyring.
[[nodiscard]] Error noSessionBus(const QString &detail);
// A session bus, but no Secret Service answers on it (no keyring daemon installed or running).
[[nodiscard]] Error noSecretService(const QString &detail);
// The keyring (its default collection) is locked and could not be unlocked by a prompt.
[[nodiscard]] Error locked(const QString &detail);
// There is no login keyring (default collection) yet, and it could not be created without a prompt.
[[nodiscard]] Error noLoginKeyring(const QString &detail);
// The admin declined the keyring's access prompt.
[[nodiscard]] Error deniedByUser(const QString &detail);
// The keyring did not answer in time.
[[nodiscard]] Error timedOut(std::chrono::milliseconds timeout, const QString &detail);
// No entry for this service and key.
[[nodiscard]] Error notFound(const QString &service, const QString &key, const QString &detail);
// Anything else the keychain reported.
[[nodiscard]] Error failed(const QString &reported, const QString &detail);

} // namespace flexo::secretErrors
