// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/peerpool.h"
#include "core/result.h"
#include "core/workerpool.h"
#include "telemetry/snmp.h"

#include <QSqlDatabase>
#include <QString>

namespace hostdeck {

/// A switch port as an administrative change needs it.
struct AdminPort
{
    qint64 id = 0;
    QString deviceName;
    QString name;
    int ifIndex = 0;
};

/// Setting a switch port administratively up or down: the one implementation behind the Network
/// page and `hostdeck snmp set-admin`. Blocks on the agent (an SNMP SET): run it on a worker
/// thread. The SET is sent once; a failed SET records nothing.
class PortAdmin
{
public:
    /// A device's port by name (any case) or ifIndex (a name wins). Errors name what was
    /// typed, and refuse a port the poller has not given an ifIndex yet.
    static Result<AdminPort> find(QSqlDatabase &db, qint64 deviceId, const QString &deviceName,
                                  const QString &nameOrIndex);

    /// Sends the SET of ifAdminStatus to `target`, then records the port's new admin status
    /// (activity-logged as the session's role) in one transaction. When the switch changed but
    /// the recording failed, the error says both.
    static Status set(QSqlDatabase &db, SnmpPoller &poller, const SnmpTarget &target, const AdminPort &port,
                      bool up);

    /// The same for the console: the agent's target is read on `db`, the SET goes out from a
    /// `peers` thread (no database thread waits for the agent), and the new status is
    /// recorded on `db`. `deviceId` is the port's device. Never repeated.
    static QFuture<Status> setAsync(WorkerPool *db, PeerPool *peers, std::shared_ptr<SnmpPoller> poller,
                                    qint64 deviceId, const AdminPort &port, bool up);

private:
    static Status record(QSqlDatabase &db, const AdminPort &port, bool up);
};

} // namespace hostdeck
