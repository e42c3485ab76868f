// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workerpool.h"
#include "dcim/dcimtypes.h"

#include <QFuture>

namespace hostdeck {

/// The asynchronous face of DcimRepository for the GUI: every call runs the
/// repository on a WorkerPool thread (with that thread's connection) and
/// returns at once with a future of value types. Never touches SQL on the
/// calling thread.
class DcimFront
{
public:
    /// Everything the navigation tree shows.
    struct Navigation
    {
        QList<Location> locations;
        QList<Rack> racks;
    };

    explicit DcimFront(WorkerPool *pool)
        : m_pool(pool)
    {}

    WorkerPool *pool() const { return m_pool; }

    QFuture<Result<QList<Location>>> locations();
    /// Locations and racks, read on one connection.
    QFuture<Result<Navigation>> navigation();
    QFuture<Result<QList<Rack>>> racks(qint64 locationId = 0);
    QFuture<Result<QList<Customer>>> customers();
    QFuture<Result<QList<DeviceType>>> deviceTypes();
    QFuture<Result<RackContents>> rackContents(qint64 rackId);
    QFuture<Result<QList<RackContents>>> locationContents(qint64 locationId);
    QFuture<Result<Device>> device(qint64 deviceId);
    QFuture<Result<QList<DeviceHit>>> search(const QString &text, int limit = 20);

    QFuture<Status> moveDevice(qint64 deviceId, const Placement &to);
    QFuture<Result<qint64>> createDevice(qint64 typeId, const DeviceProperties &properties,
                                         const Placement &placement);
    QFuture<Status> updateDevice(qint64 deviceId, const DeviceProperties &properties);
    QFuture<Status> setDisposition(qint64 deviceId, Disposition disposition);
    QFuture<Status> deleteDevice(qint64 deviceId);

private:
    WorkerPool *m_pool;
};

} // namespace hostdeck
