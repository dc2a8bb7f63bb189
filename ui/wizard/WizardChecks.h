#pragma once

#include "checks/Check.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace flexo {
class CheckRunner;
}

namespace flexo::ui {

// The engine pieces the wizard uses, gathered in one place: the checks it runs, the cloud
// catalog's facts it shows, the sign-in's pasted answer and the probe-meeting cleanup journal.
class WizardChecks
{
public:
    [[nodiscard]] static std::vector<std::unique_ptr<Check>> create(const QString &journalFile);
    [[nodiscard]] static QUrl portalUrl(Cloud cloud);
    [[nodiscard]] static bool onlineMeetingsAvailable(Cloud cloud);
    // Hands the address the browser ended on (or its error page's text) to the running sign-in.
    [[nodiscard]] static Error submitPastedAnswer(CheckRunner &runner, const QString &text);
    [[nodiscard]] static int leftoverCount(const QString &journalFile);
    // Id and join link of every probe meeting still in the journal, for removal by hand.
    [[nodiscard]] static QList<QPair<QString, QUrl>> leftoverMeetings(const QString &journalFile);
    static void deleteLeftovers(CheckRunner &runner, const QString &journalFile, QObject *context,
                                std::function<void(bool)> done);
};

} // namespace flexo::ui
