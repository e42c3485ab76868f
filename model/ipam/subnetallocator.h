// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ipam/ipamtypes.h"

#include <QSqlDatabase>

#include <optional>

namespace hostdeck {

/// Properties of a subnet created by SubnetAllocator::addSubnet.
struct NewSubnet
{
    Cidr cidr;
    std::optional<qint64> locationId;
    std::optional<qint64> vlanId; ///< vlans.id
    bool unavailable = false;
    bool autoAllocatable = true;
    QString description;
};

/// What SubnetAllocator::repairTree() did.
struct TreeRepair
{
    QList<Cidr> filled;  ///< unallocated subnets added where a subdivided subnet had a hole
    QList<Cidr> emptied; ///< subdivided subnets with no children left, made unallocated leaves again
};

/// The IPAM engine: allocates subnets and addresses from the prefix tree and
/// performs the manual tree operations, on the connection of the calling
/// (worker) thread.
///
/// Every public operation runs in ONE transaction of its own (retried a
/// bounded number of times on deadlock, serialisation failure or lock
/// timeout) and writes its provisioning_logs rows in that transaction.
/// Automatic allocation is one server-side call (ipam_allocate_subnet,
/// ipam_allocate_addresses; schema 0012) that locks only the leaves it takes,
/// so allocations in different pools never wait for each other and
/// allocations in one pool run side by side; it waits for another allocator
/// only when every matching leaf is held, so a busy pool is never reported
/// full. Manual edits lock the subnet they change and every subnet above it,
/// top down. A failed allocation rolls back everything and then records the
/// failure in a small transaction of its own. Bad input gets an Error naming
/// the problem and writes nothing.
///
/// The *InTransaction variants run inside the caller's open transaction
/// (composition, e.g. ipam_config fulfilment); they log successes only.
///
/// Subnet strategy: (1) an exact-fit free leaf; (2) else merge free sibling
/// leaves up to an aligned block of the requested size; (3) else split the
/// smallest free leaf that is larger, halving down. A free leaf is
/// unallocated, holds no addresses, is not parked (nor is an ancestor), lies
/// in auto-allocatable space (itself and every ancestor), and matches the
/// location, VLAN and pool filters.
class SubnetAllocator
{
public:
    explicit SubnetAllocator(QSqlDatabase &db);

    Result<SubnetAllocation> allocateSubnet(const SubnetRequest &request);
    Result<SubnetAllocation> allocateSubnetInTransaction(const SubnetRequest &request);

    /// `count` host addresses from unallocated leaf subnets of address size
    /// (IPv4 /16 and longer, IPv6 /64 and longer; smallest leaf first, then
    /// lowest address), skipping reserved addresses (see AddressRequest) and
    /// addresses already present (including parked ones).
    Result<AddressAllocation> allocateAddresses(const AddressRequest &request);
    Result<AddressAllocation> allocateAddressesInTransaction(const AddressRequest &request);

    /// Returns an allocated leaf to unallocated and clears its owner. Free
    /// siblings are NOT merged back: the allocator merges on demand, and
    /// deliberate manual splits stay as the operator made them.
    Status releaseSubnet(const Cidr &cidr);
    /// Deletes the address row (an allocation or a parked address).
    Status releaseAddress(const Cidr &address);

    /// Adds a subnet: a new root, or carved out of the free leaf that contains
    /// it (which is split down by halves, so the tree still tiles).
    Result<SubnetNode> addSubnet(const NewSubnet &subnet);
    /// Splits a free leaf into its two halves (toPrefix = prefix + 1) or into
    /// all /toPrefix pieces as direct children. Returns the children.
    Result<QList<SubnetNode>> split(const Cidr &cidr, int toPrefix);
    /// Merges a free leaf with its free buddy (the other half of the block of
    /// twice the size). Returns the merged leaf.
    Result<SubnetNode> mergeWithSibling(const Cidr &cidr);
    /// Parks (or unparks) a subnet: parked space and everything below it is
    /// skipped by automatic allocation.
    Status setUnavailable(const Cidr &cidr, bool unavailable);
    /// Parks or unparks a single address (a 'reserved' address row).
    Status setAddressUnavailable(const Cidr &address, bool unavailable);
    /// Assigns a free leaf to a customer (it becomes allocated), or with no
    /// customer returns an allocated leaf to unallocated.
    Status assignCustomer(const Cidr &cidr, std::optional<qint64> customerId);
    /// Deletes an empty root leaf. A leaf inside a tree is merged, not deleted.
    Status deleteLeaf(const Cidr &cidr);
    /// Fills the holes in the tree that direct SQL left before the database
    /// checked tiling (schema 0010): each gap inside a subdivided subnet becomes
    /// the fewest aligned unallocated subnets, and a subdivided subnet with no
    /// children left becomes an unallocated leaf. One transaction, every tree
    /// locked, a provisioning_logs row per repaired subnet.
    Result<TreeRepair> repairTree();

    /// Fulfils the ipam_config of the service's product for its device in one
    /// transaction: every rule or nothing. Disabled mode allocates nothing.
    Result<IpamFulfilment> fulfilService(qint64 serviceId);
    /// Re-provisioning: releases everything allocated to the device except
    /// management and BMC addresses (ipam_wipe_device).
    Result<IpamRelease> wipeDevice(qint64 deviceId);
    /// Cancellation: releases the service's subnets and addresses (management
    /// and BMC addresses stay with the hardware) and logs ipam_release_on_cancel.
    Result<IpamRelease> releaseService(qint64 serviceId);

    /// Reads a node (no lock).
    Result<SubnetNode> node(const Cidr &cidr);

private:
    QSqlDatabase &m_db;
};

} // namespace hostdeck
