// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hostdeck {

/// Runs the operator console (QApplication, main window) with the process's
/// arguments and returns the exit code. Called by main() when no CLI verb is given.
int runGui(int argc, char **argv);

} // namespace hostdeck
