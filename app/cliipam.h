// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/cidr.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <variant>

namespace hostdeck::ipamcli {

/// The options the ipam verbs add to the command line: those that take a
/// value (--family 4) and flags (--no-auto). runCli's parser accepts them;
/// parse() checks which ones apply to which verb.
QSet<QString> valueOptions();
QSet<QString> flagOptions();

/// True when `sub`, the word after "ipam", is handled here: every ipam verb
/// except "rdns" (and a missing or unknown one, which parse() reports).
bool handles(const QString &sub);

/// A checked ipam invocation: every argument parsed and in range; names
/// (location codes, VLANs, customers, pools) are looked up by run().
struct Request
{
    enum class Verb
    {
        AddSubnet,
        Allocate,
        Release,
        Tree,
        Free,
        Repair
    };
    Verb verb = Verb::Tree;
    Cidr cidr; ///< add-subnet, release, free; tree (invalid: every root)
    QString location;
    std::optional<int> vlan;
    bool unavailable = false;
    bool noAuto = false;
    int family = 0;
    std::optional<int> prefix;
    std::optional<int> ips;
    std::optional<Cidr> pool;
    QString customer; ///< id or code
    bool json = false;
};

/// Why an invocation was refused before touching the database: a usage error
/// (exit 2, usage text follows) or an invalid value (exit 1).
struct Problem
{
    QString message;
    bool usage = true;
};

/// Checks `words` (the positional arguments after "ipam") and `options` (all
/// options of the invocation, --db included).
std::variant<Request, Problem> parse(const QStringList &words, const QMap<QString, QString> &options);

/// Prints a non-usage problem; returns the exit code (1).
int fail(QTextStream &err, const QString &message);

/// Runs a checked request on an open connection with a current schema. Writes
/// go through SubnetAllocator (one transaction each, nothing written on
/// error). Returns a CliExit code.
int run(QSqlDatabase &db, const Request &request, QTextStream &out, QTextStream &err);

} // namespace hostdeck::ipamcli
