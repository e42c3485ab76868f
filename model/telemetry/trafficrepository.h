// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "telemetry/percentilerater.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hostdeck {

/// A device the Network page lists: switches (and routers, firewalls),
/// patch panels, PDUs, and any other device that has ports ("servers").
struct NetworkDevice
{
    enum class Group
    {
        Switches,
        PatchPanels,
        Pdus,
        Servers
    };

    qint64 id = 0;
    QString name;
    QString typeKind; ///< device_types.kind
    Group group = Group::Servers;
    QString rackName;
    int portCount = 0;
    bool hasSnmp = false; ///< a device_snmp row exists
};

/// One port as the ports table shows it: the row, the newest rate, the last
/// 24 hours of rates for the sparkline, and the far end of its cable.
struct PortRow
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString deviceName;
    QString name;
    QString kind;
    QString alias;
    QString adminStatus; ///< up, down, testing, unknown
    QString operStatus;
    std::optional<int> ifIndex;
    std::optional<qint64> speedBps;
    QDateTime lastPolled;
    /// The newest traffic sample's rates (bits/s) and when it started.
    std::optional<double> inBps;
    std::optional<double> outBps;
    QDateTime rateAt;
    /// Rates from sparkFrom to sparkTo, oldest first (gaps stay gaps).
    QList<TrafficRate> sparkline;
    QDateTime sparkFrom;
    QDateTime sparkTo;
    bool cabled = false;
    /// The last port of cable_trace() (device and port), when cabled.
    qint64 farPortId = 0;
    QString farDevice;
    QString farPort;
    bool farLoop = false;      ///< the trace ended in a loop
    bool farTruncated = false; ///< the trace was cut at the hop bound
    bool deviceHasSnmp = false;
};

/// The read side of the Network page (ports, rates, traffic series) and the
/// one write the page makes (a port's admin status). Runs on a worker
/// thread's connection; no GUI types.
class TrafficRepository
{
public:
    explicit TrafficRepository(QSqlDatabase &db);

    /// Switches, patch panels, PDUs and devices with ports, by group then name.
    Result<QList<NetworkDevice>> networkDevices();
    /// One device of the list; an error naming the id when there is none.
    Result<NetworkDevice> networkDevice(qint64 deviceId);
    /// The ports of a device with their newest rates, the sparkline series
    /// over the `sparkHours` before `now`, and cable far ends; ordered by
    /// ifIndex, then name.
    Result<QList<PortRow>> ports(qint64 deviceId, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                 int sparkHours = 24);
    /// The traffic of one port with samples starting in [from, to), oldest first.
    Result<QList<TrafficRate>> series(qint64 portId, const QDateTime &from, const QDateTime &to);

private:
    QSqlDatabase &m_db;
};

} // namespace hostdeck
