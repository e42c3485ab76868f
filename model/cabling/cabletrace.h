// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hostdeck {

/// One port on a traced path, as cable_trace() (schema 0004) returns it.
struct CableHop
{
    enum class Via
    {
        Start,    ///< the port the trace started at
        Cable,    ///< reached over the cable `cableId`
        Panel,    ///< reached through a patch panel's front/rear mapping
        Loop,     ///< this port is already on the path: the trace ended here
        Truncated ///< the path is longer than the bound: the trace ended here
    };

    int hop = 0;
    qint64 portId = 0;
    QString portName;
    QString portKind;
    qint64 deviceId = 0;
    QString deviceName;
    Via via = Via::Start;
    std::optional<qint64> cableId;
};

/// A path from a port to its far end, in order (the start port first).
struct CableTrace
{
    QList<CableHop> hops;
    /// The path returned to a port already on it (the last hop names that port).
    bool loop() const { return !hops.isEmpty() && hops.constLast().via == CableHop::Via::Loop; }
    /// The path was cut after the hop bound (the last hop is the first one beyond it).
    bool truncated() const { return !hops.isEmpty() && hops.constLast().via == CableHop::Via::Truncated; }
};

/// The id of port `portName` of device `deviceName`; an error naming both
/// when there is no such port.
Result<qint64> findPort(QSqlDatabase &db, const QString &deviceName, const QString &portName);

/// Traces `portId` through cables and patch panels to the far end, at most
/// `maxHops` steps (1..1024). An error when the port does not exist.
Result<CableTrace> traceCable(QSqlDatabase &db, qint64 portId, int maxHops = 32);

} // namespace hostdeck
