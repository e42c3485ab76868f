// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

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
    int ports = 0; ///< switch, NIC, BMC, patch panel and PDU outlet ports
    int cables = 0;
    int bmcSettings = 0;    ///< device_bmc rows
    int snmpAgents = 0;     ///< device_snmp rows
    int trafficSamples = 0; ///< a week of 5-minute samples per cabled switch port
    int powerSamples = 0;   ///< a week of 5-minute samples per PDU, and per outlet in some racks
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
/// Its network: ports on every switch (vendor names and ifIndex), server
/// (two NICs and a BMC, with MACs), patch panel (front mapped to rear) and PDU
/// (outlets); in the first two racks of each row servers are cabled to their
/// top-of-rack switches and their BMCs through two patch panels to the partner
/// rack's management switch, with uplinks to the row's fibre panel; BMC
/// settings (Redfish or IPMI) where a BMC has an address, SNMP settings for
/// switches and PDUs, and a week of 5-minute traffic samples for the cabled
/// switch ports and power samples for the PDUs (docs/network.md, "Demo").
/// The content is the same on every run (fixed seed); samples end at the last
/// complete 5-minute slot before the load.
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
