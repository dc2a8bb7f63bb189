#pragma once

namespace flexo::ui {

// Creates the QApplication, installs the translation for the system locale and opens the wizard
// (or the diagnose view when a config file is given). Returns the application's exit code.
int runGui(int &argc, char **argv, void (*setIdentity)());

} // namespace flexo::ui
