#pragma once

#include "ui/widgets/UserPrompt.h"

#include <QStringList>

// Answers the wizard's questions in place of the admin, without any dialog, and records them.
class ScriptedPrompt : public flexo::ui::UserPrompt
{
public:
    bool answer = true;             // the answer to every yes/no question
    QString saveFile;               // the answer to "save as" questions; empty = cancel
    QString openFile;               // the answer to "open" questions; empty = cancel
    QStringList questions;          // titles of the yes/no questions asked, in order
    QStringList suggestedSaveFiles; // the names "save as" questions suggested, in order

    void ask(QWidget *, const QString &title, const QString &, const QString &, const QString &,
             std::function<void(bool)> done) override
    {
        questions << title;
        done(answer);
    }
    void chooseSaveFile(QWidget *, const QString &, const QString &suggested, const QString &,
                        std::function<void(const QString &)> done) override
    {
        suggestedSaveFiles << suggested;
        done(saveFile);
    }
    void chooseOpenFile(QWidget *, const QString &, const QString &, const QString &,
                        std::function<void(const QString &)> done) override
    {
        done(openFile);
    }
};
