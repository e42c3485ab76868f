// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/ipamfront.h"

#include "ipam/rdnspublisher.h"
#include "ipam/subnetallocator.h"

namespace hostdeck {

QFuture<Result<QList<SubnetRow>>> IpamFront::roots(int family)
{
    return m_pool->read<QList<SubnetRow>>(
        [family](QSqlDatabase &db) { return IpamRepository(db).roots(family); });
}

QFuture<Result<QList<SubnetRow>>> IpamFront::children(qint64 parentId, const Cidr &after, int limit)
{
    return m_pool->read<QList<SubnetRow>>(
        [=](QSqlDatabase &db) { return IpamRepository(db).childrenAfter(parentId, after, limit); });
}

QFuture<Result<QList<SubnetRow>>> IpamFront::subnetsById(const QList<qint64> &ids)
{
    return m_pool->read<QList<SubnetRow>>(
        [ids](QSqlDatabase &db) { return IpamRepository(db).subnetsById(ids); });
}

QFuture<Result<ChangeAnchors>> IpamFront::changeAnchors(const QList<qint64> &subnetIds,
                                                        const QList<qint64> &addressIds)
{
    return m_pool->read<ChangeAnchors>(
        [=](QSqlDatabase &db) { return IpamRepository(db).changeAnchors(subnetIds, addressIds); });
}

QFuture<Result<TreeRefresh>> IpamFront::treeRefresh(const TreeRefreshRequest &request)
{
    return m_pool->read<TreeRefresh>([request](QSqlDatabase &db) -> Result<TreeRefresh> {
        IpamRepository repository(db);
        TreeRefresh out;
        auto rows = repository.subnetsById(request.rowIds);
        if (!rows)
            return rows.error();
        out.rows = *rows;
        for (const auto &[parent, limit] : request.parents) {
            auto children =
                parent == 0 ? repository.roots(0) : repository.childrenAfter(parent, Cidr(), limit);
            if (!children)
                return children.error();
            out.children.insert(parent, *children);
        }
        return out;
    });
}

QFuture<Result<AddressMapData>> IpamFront::addressMap(const Cidr &range)
{
    return m_pool->read<AddressMapData>(
        [range](QSqlDatabase &db) { return IpamRepository(db).addressMap(range); });
}

QFuture<Result<QList<VlanRow>>> IpamFront::vlans(std::optional<qint64> locationId)
{
    return m_pool->read<QList<VlanRow>>(
        [locationId](QSqlDatabase &db) { return IpamRepository(db).vlans(locationId); });
}

QFuture<Result<SubnetAllocation>> IpamFront::allocateSubnetIn(const Cidr &pool, int prefix,
                                                              std::optional<qint64> customerId)
{
    return m_pool->run<SubnetAllocation>([=](QSqlDatabase &db) {
        SubnetRequest request;
        request.filter.family = pool.family();
        request.filter.pools = {pool};
        request.prefixLength = prefix;
        request.owner.customerId = customerId;
        request.purpose = QStringLiteral("console");
        return SubnetAllocator(db).allocateSubnet(request);
    });
}

QFuture<Result<AddressAllocation>> IpamFront::allocateAddressIn(const Cidr &pool,
                                                                std::optional<qint64> customerId)
{
    return m_pool->run<AddressAllocation>([=](QSqlDatabase &db) {
        AddressRequest request;
        request.filter.family = pool.family();
        request.filter.pools = {pool};
        request.count = 1;
        request.owner.customerId = customerId;
        return SubnetAllocator(db).allocateAddresses(request);
    });
}

QFuture<Result<QList<SubnetNode>>> IpamFront::split(const Cidr &cidr, int toPrefix)
{
    return m_pool->run<QList<SubnetNode>>(
        [=](QSqlDatabase &db) { return SubnetAllocator(db).split(cidr, toPrefix); });
}

QFuture<Result<SubnetNode>> IpamFront::mergeWithSibling(const Cidr &cidr)
{
    return m_pool->run<SubnetNode>(
        [=](QSqlDatabase &db) { return SubnetAllocator(db).mergeWithSibling(cidr); });
}

QFuture<Status> IpamFront::setUnavailable(const Cidr &cidr, bool unavailable)
{
    return m_pool->run<void>(
        [=](QSqlDatabase &db) { return SubnetAllocator(db).setUnavailable(cidr, unavailable); });
}

QFuture<Status> IpamFront::assignCustomer(const Cidr &cidr, std::optional<qint64> customerId)
{
    return m_pool->run<void>(
        [=](QSqlDatabase &db) { return SubnetAllocator(db).assignCustomer(cidr, customerId); });
}

QFuture<Status> IpamFront::setAddressUnavailable(const Cidr &address, bool unavailable)
{
    return m_pool->run<void>(
        [=](QSqlDatabase &db) { return SubnetAllocator(db).setAddressUnavailable(address, unavailable); });
}

QFuture<Status> IpamFront::releaseAddress(const Cidr &address)
{
    return m_pool->run<void>([=](QSqlDatabase &db) { return SubnetAllocator(db).releaseAddress(address); });
}

QFuture<Status> IpamFront::setReverseName(const Cidr &address, const QString &name,
                                          std::shared_ptr<RdnsProviderFactory> factory)
{
    return m_pool->run<void>([address, name, factory](QSqlDatabase &db) {
        return RdnsPublisher(db, factory).setName(address.addressString(), name);
    });
}

} // namespace hostdeck
