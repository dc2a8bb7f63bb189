#pragma once

#include <QStringList>
#include <QUrl>

#include <functional>

namespace flexo {

// Opens the authorize URL in a browser. Injected into the sign-in so that the wizard can use
// QDesktopServices (core has no QtGui) and tests can follow the URL themselves.
using BrowserOpener = std::function<bool(const QUrl &)>;

class BrowserOpeners
{
public:
    // $BROWSER when set (split like a shell word list, without a shell; the URL is appended as the
    // last argument), otherwise xdg-open. Started detached with ChildProcess: a clean environment, its
    // streams on /dev/null, and none of this process's descriptors.
    [[nodiscard]] static BrowserOpener system();
    // The program and arguments system() would start for `url`, given the value of $BROWSER.
    [[nodiscard]] static QStringList commandFor(const QString &browserVariable, const QUrl &url);
};

} // namespace flexo
