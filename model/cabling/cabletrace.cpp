// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabling/cabletrace.h"

#include "core/database.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CableTrace)
};

CableHop::Via viaFromString(const QString &via)
{
    if (via == QLatin1String("cable"))
        return CableHop::Via::Cable;
    if (via == QLatin1String("panel"))
        return CableHop::Via::Panel;
    if (via == QLatin1String("loop"))
        return CableHop::Via::Loop;
    if (via == QLatin1String("truncated"))
        return CableHop::Via::Truncated;
    return CableHop::Via::Start;
}
} // namespace

Result<qint64> findPort(QSqlDatabase &db, const QString &deviceName, const QString &portName)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id "
                                     "WHERE d.name = :device AND p.name = :port"),
                      {{QStringLiteral("device"), deviceName}, {QStringLiteral("port"), portName}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(Text::tr("Device \"%1\" has no port \"%2\".").arg(deviceName, portName));
    return q->value(0).toLongLong();
}

Result<CableTrace> traceCable(QSqlDatabase &db, qint64 portId, int maxHops)
{
    auto q =
        db::exec(db,
                 QStringLiteral("SELECT hop, port_id, port_name, port_kind, device_id, device_name, via, "
                                "cable_id FROM cable_trace(:port, :max_hops) ORDER BY hop"),
                 {{QStringLiteral("port"), portId}, {QStringLiteral("max_hops"), qBound(1, maxHops, 1024)}});
    if (!q)
        return q.error();
    CableTrace trace;
    while (q->next()) {
        CableHop hop;
        hop.hop = q->value(0).toInt();
        hop.portId = q->value(1).toLongLong();
        hop.portName = q->value(2).toString();
        hop.portKind = q->value(3).toString();
        hop.deviceId = q->value(4).toLongLong();
        hop.deviceName = q->value(5).toString();
        hop.via = viaFromString(q->value(6).toString());
        if (!q->value(7).isNull())
            hop.cableId = q->value(7).toLongLong();
        trace.hops << hop;
    }
    if (trace.hops.isEmpty())
        return Error::failure(Text::tr("There is no port with id %1.").arg(portId));
    return trace;
}

} // namespace hostdeck
