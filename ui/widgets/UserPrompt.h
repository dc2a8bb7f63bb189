#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace flexo::ui {

// Every question the wizard asks in a dialog goes through here, answered asynchronously, so the
// wizard never blocks in exec() and tests can answer in place of the admin.
class UserPrompt
{
public:
    virtual ~UserPrompt() = default;

    // A yes/no question; `done(true)` for the "yes" choice.
    virtual void ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                     const QString &noText, std::function<void(bool)> done) = 0;
    // A file to write; `done` receives an empty path when the admin cancels.
    virtual void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                const QString &filter, std::function<void(const QString &)> done) = 0;
    // A file to read; `done` receives an empty path when the admin cancels.
    virtual void chooseOpenFile(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter, std::function<void(const QString &)> done) = 0;
};

// The desktop's dialogs, opened window-modal with open() rather than exec().
class DialogPrompt : public UserPrompt
{
public:
    void ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
             const QString &noText, std::function<void(bool)> done) override;
    void chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                        const QString &filter, std::function<void(const QString &)> done) override;
    void chooseOpenFile(QWidget *parent, const QString &title, const QString &directory,
                        const QString &filter, std::function<void(const QString &)> done) override;
};

} // namespace flexo::ui
