#pragma once

#include <QApplication>

namespace flexo::ui {

// Creates the QApplication, installs the translation for the system locale and opens the wizard
// (or the diagnose view when a config file is given). Returns the application's exit code.
int runGui(int &argc, char **argv, void (*setIdentity)());

// Installs the translation for FLEXO_LANG (or the system locale) and, when `dark`, the dark palette:
// shared with the GUI tests so their page pictures can be reviewed per language and palette.
void applyLocaleAndLook(QApplication &app, bool dark);

} // namespace flexo::ui
