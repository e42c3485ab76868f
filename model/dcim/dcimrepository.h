// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "dcim/dcimtypes.h"

#include <QSqlDatabase>

namespace hostdeck {

/// Reads and writes the data-centre tables: locations, racks, device types,
/// devices, customers. Runs on the caller's connection (a worker thread's);
/// every write is one transaction, and every value is a bound parameter.
class DcimRepository
{
public:
    explicit DcimRepository(QSqlDatabase db);

    Result<QList<Location>> locations();
    Result<QList<Customer>> customers();
    Result<QList<DeviceType>> deviceTypes();

    /// All racks, or those in one location and everything below it (site > room > cage).
    Result<QList<Rack>> racks(qint64 locationId = 0);
    /// A rack by id, or by name when `id` is 0.
    Result<Rack> rack(qint64 id, const QString &name = {});
    Result<RackContents> rackContents(qint64 rackId);
    /// Every rack of a location and everything below it, with its devices, in position order.
    Result<QList<RackContents>> locationContents(qint64 locationId);

    /// A device by id, or by name when `id` is 0.
    Result<Device> device(qint64 id, const QString &name = {});
    /// What an operator types for a device: its name (names are unique in any case), or else
    /// its id when the text is a number no device is named. The error names the text.
    Result<Device> deviceByNameOrId(const QString &nameOrId);
    /// Name, serial or asset tag: exact matches first, then prefixes.
    Result<QList<DeviceHit>> search(const QString &text, int limit = 20);

    /// Moves a device (one UPDATE). On an overlap the error names the device in the way.
    Status moveDevice(qint64 deviceId, const Placement &to);
    /// Creates a device of `typeId` at `placement` (rackId 0: unracked).
    Result<qint64> createDevice(qint64 typeId, const DeviceProperties &properties,
                                const Placement &placement);
    Status updateDevice(qint64 deviceId, const DeviceProperties &properties);
    Status setDisposition(qint64 deviceId, Disposition disposition);
    Status deleteDevice(qint64 deviceId);

private:
    Status explainOverlap(qint64 deviceId, const Placement &to, Error error);

    QSqlDatabase m_db;
};

} // namespace hostdeck
