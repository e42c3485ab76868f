// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workerpool.h"
#include "ipam/ipamrepository.h"
#include "ipam/ipamtypes.h"
#include "ipam/rdnsprovider.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace hostdeck {

/// What the prefix tree re-reads after changes: some rows by id, and the
/// first `limit` children of some parents (id 0: the top-level pools).
struct TreeRefreshRequest
{
    QList<qint64> rowIds;
    QList<std::pair<qint64, int>> parents; ///< parent id (0 for the roots), limit
};

struct TreeRefresh
{
    QList<SubnetRow> rows;
    QHash<qint64, QList<SubnetRow>> children; ///< by parent id (0 for the roots)
};

/// The asynchronous face of IpamRepository and SubnetAllocator for the GUI:
/// every call runs on a WorkerPool thread (with that thread's connection) and
/// returns at once with a future of value types. Writes go through the
/// allocator, one transaction each, exactly as on the command line.
class IpamFront
{
public:
    explicit IpamFront(WorkerPool *pool)
        : m_pool(pool)
    {}

    WorkerPool *pool() const { return m_pool; }

    QFuture<Result<QList<SubnetRow>>> roots(int family = 0);
    /// The next `limit` children of a subnet after `after` (the first ones when invalid).
    QFuture<Result<QList<SubnetRow>>> children(qint64 parentId, const Cidr &after, int limit);
    QFuture<Result<QList<SubnetRow>>> subnetsById(const QList<qint64> &ids);
    QFuture<Result<ChangeAnchors>> changeAnchors(const QList<qint64> &subnetIds,
                                                 const QList<qint64> &addressIds);
    /// Reads everything a TreeRefreshRequest names, on one connection.
    QFuture<Result<TreeRefresh>> treeRefresh(const TreeRefreshRequest &request);
    QFuture<Result<AddressMapData>> addressMap(const Cidr &range);
    QFuture<Result<QList<VlanRow>>> vlans(std::optional<qint64> locationId);

    /// The next free /prefix inside `pool` (exact fit, merge, then split), for
    /// the customer when one is given.
    QFuture<Result<SubnetAllocation>> allocateSubnetIn(const Cidr &pool, int prefix,
                                                       std::optional<qint64> customerId);
    /// The next free address inside `pool` (a leaf of address size).
    QFuture<Result<AddressAllocation>> allocateAddressIn(const Cidr &pool, std::optional<qint64> customerId);
    QFuture<Result<QList<SubnetNode>>> split(const Cidr &cidr, int toPrefix);
    QFuture<Result<SubnetNode>> mergeWithSibling(const Cidr &cidr);
    QFuture<Status> setUnavailable(const Cidr &cidr, bool unavailable);
    QFuture<Status> assignCustomer(const Cidr &cidr, std::optional<qint64> customerId);
    QFuture<Status> setAddressUnavailable(const Cidr &address, bool unavailable);
    QFuture<Status> releaseAddress(const Cidr &address);
    /// Sets (or with an empty name removes) the reverse DNS name of a recorded
    /// address through RdnsPublisher, publishing at its provider; without a
    /// factory only internally served addresses can be changed.
    QFuture<Status> setReverseName(const Cidr &address, const QString &name,
                                   std::shared_ptr<RdnsProviderFactory> factory);

private:
    WorkerPool *m_pool;
};

} // namespace hostdeck
