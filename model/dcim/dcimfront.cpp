// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcim/dcimfront.h"

#include "dcim/dcimrepository.h"

namespace hostdeck {

QFuture<Result<QList<Location>>> DcimFront::locations()
{
    return m_pool->read<QList<Location>>([](QSqlDatabase &db) { return DcimRepository(db).locations(); });
}

QFuture<Result<DcimFront::Navigation>> DcimFront::navigation()
{
    return m_pool->read<Navigation>([](QSqlDatabase &db) -> Result<Navigation> {
        DcimRepository repo(db);
        auto locations = repo.locations();
        if (!locations)
            return locations.error();
        auto racks = repo.racks();
        if (!racks)
            return racks.error();
        return Navigation{*locations, *racks};
    });
}

QFuture<Result<QList<Rack>>> DcimFront::racks(qint64 locationId)
{
    return m_pool->read<QList<Rack>>(
        [locationId](QSqlDatabase &db) { return DcimRepository(db).racks(locationId); });
}

QFuture<Result<QList<Customer>>> DcimFront::customers()
{
    return m_pool->read<QList<Customer>>([](QSqlDatabase &db) { return DcimRepository(db).customers(); });
}

QFuture<Result<QList<DeviceType>>> DcimFront::deviceTypes()
{
    return m_pool->read<QList<DeviceType>>([](QSqlDatabase &db) { return DcimRepository(db).deviceTypes(); });
}

QFuture<Result<RackContents>> DcimFront::rackContents(qint64 rackId)
{
    return m_pool->read<RackContents>(
        [rackId](QSqlDatabase &db) { return DcimRepository(db).rackContents(rackId); });
}

QFuture<Result<QList<RackContents>>> DcimFront::locationContents(qint64 locationId)
{
    return m_pool->read<QList<RackContents>>(
        [locationId](QSqlDatabase &db) { return DcimRepository(db).locationContents(locationId); });
}

QFuture<Result<Device>> DcimFront::device(qint64 deviceId)
{
    return m_pool->read<Device>([deviceId](QSqlDatabase &db) { return DcimRepository(db).device(deviceId); });
}

QFuture<Result<QList<DeviceHit>>> DcimFront::search(const QString &text, int limit)
{
    return m_pool->read<QList<DeviceHit>>(
        [text, limit](QSqlDatabase &db) { return DcimRepository(db).search(text, limit); });
}

QFuture<Status> DcimFront::moveDevice(qint64 deviceId, const Placement &to)
{
    return m_pool->run<void>(
        [deviceId, to](QSqlDatabase &db) { return DcimRepository(db).moveDevice(deviceId, to); });
}

QFuture<Result<qint64>> DcimFront::createDevice(qint64 typeId, const DeviceProperties &properties,
                                                const Placement &placement)
{
    return m_pool->run<qint64>([typeId, properties, placement](QSqlDatabase &db) {
        return DcimRepository(db).createDevice(typeId, properties, placement);
    });
}

QFuture<Status> DcimFront::updateDevice(qint64 deviceId, const DeviceProperties &properties)
{
    return m_pool->run<void>([deviceId, properties](QSqlDatabase &db) {
        return DcimRepository(db).updateDevice(deviceId, properties);
    });
}

QFuture<Status> DcimFront::setDisposition(qint64 deviceId, Disposition disposition)
{
    return m_pool->run<void>([deviceId, disposition](QSqlDatabase &db) {
        return DcimRepository(db).setDisposition(deviceId, disposition);
    });
}

QFuture<Status> DcimFront::deleteDevice(qint64 deviceId)
{
    return m_pool->run<void>(
        [deviceId](QSqlDatabase &db) { return DcimRepository(db).deleteDevice(deviceId); });
}

} // namespace hostdeck
