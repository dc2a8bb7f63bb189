#include "ui/widgets/UserPrompt.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace flexo::ui {

void DialogPrompt::ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                       const QString &noText, std::function<void(bool)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->addButton(noText, QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, yes, done = std::move(done)](int) { done(box->clickedButton() == yes); });
    box->open();
}

void DialogPrompt::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, suggestedPath, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(suggestedPath);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

void DialogPrompt::chooseOpenFile(QWidget *parent, const QString &title, const QString &directory,
                                  const QString &filter, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, title, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace flexo::ui
