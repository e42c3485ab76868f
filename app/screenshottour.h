// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hostdeck {

class MainWindow;

/// Walks the console through the views the README shows and saves each as a
/// PNG in `directory` (mainwindow, rack, drag, search, addressspace; with a "_de" suffix
/// when the interface is German). Runs on the GUI thread with the event loop
/// live; returns false with `error` set when a step did not come about.
bool takeScreenshots(MainWindow &window, const QString &directory, QString *error);

} // namespace hostdeck
