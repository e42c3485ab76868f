// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "oob/bmc.h"
#include "telemetry/snmp.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <variant>

/// The out-of-band and network verbs of the command line (docs/cli.md):
/// bmc power|inventory|pxe|accept-cert, snmp poll|set-admin, worker --poll and
/// cable trace, against a device of the database or a direct target given on
/// the command line (--redfish, --ipmi, --snmp) for work on the floor.
namespace hostdeck::oobcli {

/// The options these verbs add to the command line: those that take a value,
/// flags, and the value options that may be given more than once (their
/// values are joined with commas). runCli's parser accepts them; parse()
/// checks which ones apply to which verb.
QSet<QString> valueOptions();
QSet<QString> flagOptions();
QSet<QString> repeatableOptions();

/// True when `verb`, the first word of the command, is handled here.
bool handles(const QString &verb);

/// A checked invocation: every argument parsed and in range, passwords read
/// from the environment. Devices and ports are looked up by run().
struct Request
{
    enum class Verb
    {
        BmcPower,
        BmcInventory,
        BmcPxe,
        BmcAcceptCert,
        SnmpPoll,
        SnmpSetAdmin,
        Worker,
        CableTrace
    };
    Verb verb = Verb::BmcPower;
    QString device;                    ///< name or id; empty with a direct target
    std::optional<BmcTarget> bmc;      ///< --redfish / --ipmi
    QString system;                    ///< --system: the Redfish ComputerSystem (Id or path)
    std::optional<SnmpTarget> snmp;    ///< --snmp
    std::optional<PowerAction> action; ///< bmc power: nullopt = status
    QString fingerprint;               ///< accept-cert SHA256, or --cert-sha256: 64 lower-case hex
    bool yes = false;                  ///< accept-cert --yes
    QString port;                      ///< set-admin: a port name or an ifIndex
    bool up = true;                    ///< set-admin up|down
    QString portDevice;                ///< cable trace DEVICE:PORTNAME
    QString portName;
    qint64 portId = 0; ///< cable trace by id
    int intervalS = 300;
    int sweeps = 0; ///< worker: 0 = until SIGTERM/SIGINT
    bool json = false;
};

/// Why an invocation was refused before anything was contacted: a usage
/// error (exit 2, usage text follows) or an invalid value (exit 1).
struct Problem
{
    QString message;
    bool usage = true;
};

/// Checks `words` (all positional arguments, the verb first) and `options`
/// (all options of the invocation, --db included). Reads --password-env and
/// the other *-env variables from the environment.
std::variant<Request, Problem> parse(const QStringList &words, const QMap<QString, QString> &options);

/// Work on an open database with a current schema; returns a CliExit code.
using DatabaseWork = std::function<int(QSqlDatabase &, const ConnectionSettings &)>;
/// Opens the database of the invocation and runs the work on it, or prints
/// why it cannot be opened and returns CliError.
using WithDatabase = std::function<int(const DatabaseWork &)>;

/// Runs a checked request. Direct targets never touch the database; the
/// others go through `withDatabase`. Returns a CliExit code.
int run(const Request &request, const WithDatabase &withDatabase, QTextStream &out, QTextStream &err);

/// The usage lines of these verbs, translated, appended to the command line's usage.
QString usage();

} // namespace hostdeck::oobcli
