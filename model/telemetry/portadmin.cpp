// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/portadmin.h"

#include "core/database.h"
#include "telemetry/pollsweeper.h"
#include "telemetry/snmpsettings.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PortAdmin)
};
} // namespace

Result<AdminPort> PortAdmin::find(QSqlDatabase &db, qint64 deviceId, const QString &deviceName,
                                  const QString &nameOrIndex)
{
    bool numeric = false;
    const int number = nameOrIndex.toInt(&numeric);
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, name, if_index FROM ports WHERE device_id = :device"
                                     " AND (lower(name) = lower(:name) OR if_index = :number)"
                                     " ORDER BY (lower(name) = lower(:name)) DESC LIMIT 1"),
                      {{QStringLiteral("device"), deviceId},
                       {QStringLiteral("name"), nameOrIndex},
                       {QStringLiteral("number"), numeric ? number : 0}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::failure(
            Text::tr("Device %1 has no port \"%2\" (a port name or ifIndex).").arg(deviceName, nameOrIndex));
    AdminPort port;
    port.id = q->value(0).toLongLong();
    port.deviceName = deviceName;
    port.name = q->value(1).toString();
    if (q->value(2).isNull())
        return Error::failure(
            Text::tr("Port %1 of %2 has no ifIndex yet; the SNMP worker records it on its next "
                     "sweep (hostdeck worker --poll).")
                .arg(port.name, deviceName));
    port.ifIndex = q->value(2).toInt();
    return port;
}

Status PortAdmin::set(QSqlDatabase &db, SnmpPoller &poller, const SnmpTarget &target, const AdminPort &port,
                      bool up)
{
    if (Status s = poller.setAdminStatus(target, port.ifIndex, up); !s)
        return s;
    return record(db, port, up);
}

QFuture<Status> PortAdmin::setAsync(WorkerPool *db, PeerPool *peers, std::shared_ptr<SnmpPoller> poller,
                                    qint64 deviceId, const AdminPort &port, bool up)
{
    return peers->run<void>([db, poller, deviceId, port, up]() -> Status {
        auto target = db->readAndWait<SnmpTarget>(
            [deviceId](QSqlDatabase &c) { return SnmpSettingsRepository(c).target(deviceId); });
        if (!target)
            return target.error();
        if (Status s = poller->setAdminStatus(*target, port.ifIndex, up); !s)
            return s;
        return db->runAndWait<void>([port, up](QSqlDatabase &c) { return record(c, port, up); });
    });
}

Status PortAdmin::record(QSqlDatabase &db, const AdminPort &port, bool up)
{
    if (Status s = PollSweeper::recordAdminStatus(db, port.id, up); !s) {
        Error e = s.error();
        e.message = Text::tr("The switch set %1 of %2 %3, but recording it in the database failed: %4")
                        .arg(port.name, port.deviceName, up ? QStringLiteral("up") : QStringLiteral("down"),
                             e.message);
        return e;
    }
    return {};
}

} // namespace hostdeck
