// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hostdeck {

/// Exit codes of the command line: success, an error (message on stderr,
/// nothing written to the database), and a usage error (usage on stderr).
enum CliExit
{
    CliOk = 0,
    CliError = 1,
    CliUsage = 2
};

/// True when `arguments` (without the program name) ask for a command-line verb
/// (or --version/--help) rather than the console window: any word that is not an
/// option or an option's value. `--db URL`, the console's own options and Qt's
/// (-platform offscreen, -style ...) alone open the console.
bool isCliInvocation(const QStringList &arguments);

/// Runs one command-line verb: `arguments` are the process arguments without
/// the program name, e.g. {"rack", "show", "FRA1-A01", "--json", "--db", url}.
/// Output goes to `out`, messages and usage to `err`; returns a CliExit code.
/// When the verb started the embedded cluster itself, it stops it again
/// before returning (unless another client is connected).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage text, translated.
QString cliUsage();

} // namespace hostdeck
