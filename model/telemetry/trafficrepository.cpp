// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/trafficrepository.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QHash>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrafficRepository)
};

const QString kDeviceSelect = QStringLiteral(
    "SELECT d.id, d.name, t.kind, COALESCE(r.name, ''), "
    " (SELECT count(*) FROM ports p WHERE p.device_id = d.id), "
    " EXISTS (SELECT s.device_id FROM device_snmp s WHERE s.device_id = d.id) "
    "FROM devices d JOIN device_types t ON t.id = d.device_type_id LEFT JOIN racks r ON r.id = d.rack_id "
    "WHERE (t.kind IN ('switch', 'router', 'firewall', 'patch-panel', 'pdu') "
    "       OR EXISTS (SELECT p.id FROM ports p WHERE p.device_id = d.id)) ");

NetworkDevice::Group groupOf(const QString &kind)
{
    if (kind == QLatin1String("switch") || kind == QLatin1String("router") ||
        kind == QLatin1String("firewall"))
        return NetworkDevice::Group::Switches;
    if (kind == QLatin1String("patch-panel"))
        return NetworkDevice::Group::PatchPanels;
    if (kind == QLatin1String("pdu"))
        return NetworkDevice::Group::Pdus;
    return NetworkDevice::Group::Servers;
}

NetworkDevice networkDeviceFrom(const QSqlQuery &q)
{
    NetworkDevice d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.typeKind = q.value(2).toString();
    d.group = groupOf(d.typeKind);
    d.rackName = q.value(3).toString();
    d.portCount = q.value(4).toInt();
    d.hasSnmp = q.value(5).toBool();
    return d;
}

Error failure(const QString &message)
{
    Error e;
    e.message = message;
    return e;
}

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

TrafficRepository::TrafficRepository(QSqlDatabase &db)
    : m_db(db)
{}

Result<QList<NetworkDevice>> TrafficRepository::networkDevices()
{
    auto q = db::exec(m_db, kDeviceSelect + QStringLiteral("ORDER BY d.name"));
    if (!q)
        return q.error();
    QList<NetworkDevice> devices;
    while (q->next())
        devices << networkDeviceFrom(*q);
    std::stable_sort(devices.begin(), devices.end(),
                     [](const NetworkDevice &a, const NetworkDevice &b) { return a.group < b.group; });
    return devices;
}

Result<NetworkDevice> TrafficRepository::networkDevice(qint64 deviceId)
{
    auto q =
        db::exec(m_db, kDeviceSelect + QStringLiteral("AND d.id = :id"), {{QStringLiteral("id"), deviceId}});
    if (!q)
        return q.error();
    if (!q->next())
        return failure(Text::tr("Device %1 has no ports and is no network device, or it no longer exists.")
                           .arg(deviceId));
    return networkDeviceFrom(*q);
}

Result<QList<PortRow>> TrafficRepository::ports(qint64 deviceId, const QDateTime &now, int sparkHours)
{
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.device_id, d.name, p.name, p.kind, p.alias, p.admin_status, p.oper_status, "
            " p.if_index, p.speed_bps, extract(epoch FROM p.last_polled)::bigint, extract(epoch FROM "
            "ls.at)::bigint, ls.in_bps, ls.out_bps, (ce.port_id IS NOT "
            "NULL), "
            " far.port_id, far.device_name, far.port_name, far.via, "
            " EXISTS (SELECT s.device_id FROM device_snmp s WHERE s.device_id = d.id) "
            "FROM ports p JOIN devices d ON d.id = p.device_id "
            "LEFT JOIN cable_ends ce ON ce.port_id = p.id "
            "LEFT JOIN LATERAL (SELECT t.at, t.in_bytes * 8.0 / t.interval_s AS in_bps, "
            "                          t.out_bytes * 8.0 / t.interval_s AS out_bps "
            "                     FROM traffic_samples t WHERE t.port_id = p.id ORDER BY t.at DESC LIMIT 1) "
            "ls "
            "  ON true "
            "LEFT JOIN LATERAL (SELECT c.port_id, c.device_name, c.port_name, c.via FROM cable_trace(p.id) c "
            "                    WHERE ce.port_id IS NOT NULL AND c.hop > 0 ORDER BY c.hop DESC LIMIT 1) far "
            "  ON true "
            "WHERE p.device_id = :device "
            "ORDER BY p.if_index NULLS LAST, p.name"),
        {{QStringLiteral("device"), deviceId}});
    if (!q)
        return q.error();
    const QDateTime from = now.addSecs(-qint64(qMax(1, sparkHours)) * 3600);
    QList<PortRow> rows;
    QHash<qint64, qsizetype> byId;
    while (q->next()) {
        PortRow r;
        r.id = q->value(0).toLongLong();
        r.deviceId = q->value(1).toLongLong();
        r.deviceName = q->value(2).toString();
        r.name = q->value(3).toString();
        r.kind = q->value(4).toString();
        r.alias = q->value(5).toString();
        r.adminStatus = q->value(6).toString();
        r.operStatus = q->value(7).toString();
        if (!q->value(8).isNull())
            r.ifIndex = q->value(8).toInt();
        if (!q->value(9).isNull())
            r.speedBps = q->value(9).toLongLong();
        r.lastPolled = fromEpoch(q->value(10));
        if (!q->value(11).isNull()) {
            r.rateAt = fromEpoch(q->value(11));
            r.inBps = q->value(12).toDouble();
            r.outBps = q->value(13).toDouble();
        }
        r.cabled = q->value(14).toBool();
        if (!q->value(15).isNull()) {
            r.farPortId = q->value(15).toLongLong();
            r.farDevice = q->value(16).toString();
            r.farPort = q->value(17).toString();
            r.farLoop = q->value(18).toString() == QLatin1String("loop");
            r.farTruncated = q->value(18).toString() == QLatin1String("truncated");
        }
        r.deviceHasSnmp = q->value(19).toBool();
        r.sparkFrom = from;
        r.sparkTo = now;
        byId.insert(r.id, rows.size());
        rows << r;
    }
    if (rows.isEmpty())
        return rows;

    auto s = db::exec(
        m_db,
        QStringLiteral(
            "SELECT t.port_id, extract(epoch FROM t.at)::bigint, t.in_bytes * 8.0 / t.interval_s, "
            " t.out_bytes * 8.0 / t.interval_s "
            "FROM traffic_samples t JOIN ports p ON p.id = t.port_id "
            "WHERE p.device_id = :device AND t.at >= to_timestamp(:from) AND t.at < to_timestamp(:to) "
            "ORDER BY t.port_id, t.at"),
        {{QStringLiteral("device"), deviceId},
         {QStringLiteral("from"), from.toSecsSinceEpoch()},
         {QStringLiteral("to"), now.toSecsSinceEpoch()}});
    if (!s)
        return s.error();
    while (s->next()) {
        const auto it = byId.constFind(s->value(0).toLongLong());
        if (it == byId.cend())
            continue;
        rows[*it].sparkline << TrafficRate{fromEpoch(s->value(1)), s->value(2).toDouble(),
                                           s->value(3).toDouble()};
    }
    return rows;
}

Result<QList<TrafficRate>> TrafficRepository::series(qint64 portId, const QDateTime &from,
                                                     const QDateTime &to)
{
    auto q = db::exec(
        m_db,
        QStringLiteral("SELECT extract(epoch FROM t.at)::bigint, t.in_bytes * 8.0 / t.interval_s, "
                       " t.out_bytes * 8.0 / t.interval_s "
                       "FROM traffic_samples t WHERE t.port_id = :port AND t.at >= to_timestamp(:from) "
                       "AND t.at < to_timestamp(:to) ORDER BY t.at"),
        {{QStringLiteral("port"), portId},
         {QStringLiteral("from"), from.toSecsSinceEpoch()},
         {QStringLiteral("to"), to.toSecsSinceEpoch()}});
    if (!q)
        return q.error();
    QList<TrafficRate> rates;
    while (q->next())
        rates << TrafficRate{fromEpoch(q->value(0)), q->value(1).toDouble(), q->value(2).toDouble()};
    return rates;
}

} // namespace hostdeck
