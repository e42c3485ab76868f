// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hostdeck {

/// What a demo load created.
struct DemoSummary
{
    int sites = 0;
    int rooms = 0;
    int racks = 0;
    int deviceTypes = 0;
    int devices = 0;
    int customers = 0;
};

/// A realistic demo data centre: site EU-FRA (Frankfurt) with two rooms of 12
/// racks each, about 400 devices of real manufacturers' types (1U/2U servers,
/// top-of-rack switches, patch panels, 0U PDUs in the side channels, cable
/// managers, half-depth and half-width devices), a few customers (one renting a
/// whole rack), and power budgets that leave some racks tight and some over.
/// Its address plan: IPv4 and IPv6 pools at the site, a management network
/// per room, VLANs per location, customer subnets, server addresses with rDNS
/// names, BMC and switch management addresses, parked ranges and a pool for
/// manual assignments only, built through SubnetAllocator so the tree tiles.
/// The content is the same on every run (fixed seed).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    /// Loads the demo in one transaction. A database that already has racks is
    /// refused with a message, unless `onlyIfEmpty`, in which case nothing happens
    /// and an all-zero summary comes back.
    static Result<DemoSummary> load(QSqlDatabase &db, bool onlyIfEmpty);
    /// True when the database has no racks yet.
    static Result<bool> isEmpty(QSqlDatabase &db);
};

} // namespace hostdeck
