#pragma once

#include "checks/CheckResult.h"
#include "config/ConfigRules.h"

#include <QIcon>

namespace flexo::ui {

// The icons of the check statuses and message severities, from the embedded SVGs so they stay
// sharp at any scale.
enum class Severity { Info, Success, Warning, Error, Busy };

void initResources();
[[nodiscard]] QIcon appIcon();
[[nodiscard]] QIcon severityIcon(Severity severity);
[[nodiscard]] QIcon statusIcon(CheckStatus status);
[[nodiscard]] Severity severityOf(CheckStatus status);
// A rule's finding as a message: notes are information.
[[nodiscard]] Severity severityOf(RuleSeverity severity);
[[nodiscard]] QString statusText(CheckStatus status); // translated, for the admin

} // namespace flexo::ui
