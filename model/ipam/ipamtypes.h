// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/cidr.h"

#include <QList>
#include <QString>

#include <optional>

namespace hostdeck {

/// One row of the prefix tree (table subnets), with its effective values.
struct SubnetNode
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    Cidr cidr;
    QString status; ///< "unallocated", "allocated" or "subdivided"
    bool isUnavailable = false;
    bool autoAllocatable = true;
    std::optional<qint64> locationId;
    std::optional<qint64> vlanId;
    std::optional<qint64> customerId;
    std::optional<qint64> serviceId;
    std::optional<qint64> deviceId;
    QString description;

    bool isLeaf() const { return status != QLatin1String("subdivided"); }
};

/// Filters shared by subnet and address requests. Empty lists mean "any".
struct PoolFilter
{
    int family = 4;
    /// The pool's effective location must be this one or one of its ancestors
    /// (a site pool serves the site's rooms and cages). When unset and a device
    /// is given, the device's rack location is used. Pools without any
    /// effective location never match a located request.
    std::optional<qint64> locationId;
    QList<int> allowedVlans; ///< VIDs; the effective VLAN must be one of them
    QList<Cidr> pools;       ///< the space must lie inside one of these subnets
};

/// Who an allocation is for; all optional.
struct AllocationOwner
{
    std::optional<qint64> customerId;
    std::optional<qint64> serviceId;
    std::optional<qint64> deviceId;
};

/// A request for one subnet of `prefixLength`.
struct SubnetRequest
{
    PoolFilter filter;
    int prefixLength = 0;
    AllocationOwner owner;
    QString purpose;     ///< recorded in the provisioning log
    QString description; ///< stored on the allocated subnet
};

/// How a subnet request was satisfied.
enum class AllocationStrategy
{
    ExactFit,
    Merge,
    Split
};

/// One split performed to satisfy a request: `source` became subdivided into
/// `lower` and `upper`.
struct SplitStep
{
    Cidr source;
    Cidr lower;
    Cidr upper;
};

/// One merge: the free sibling leaves `lower` and `upper` became `merged`.
struct MergeStep
{
    Cidr merged;
    Cidr lower;
    Cidr upper;
};

struct SubnetAllocation
{
    qint64 subnetId = 0;
    Cidr cidr;
    Cidr pool; ///< the tree's root
    AllocationStrategy strategy = AllocationStrategy::ExactFit;
    QList<SplitStep> splits;
    QList<MergeStep> merges;
};

/// How an address is picked inside a subnet.
enum class AddressPick
{
    Next,
    Random
};

/// A request for `count` addresses. IPv4 skips network, broadcast and the
/// gateway (the first usable address, by convention) in subnets up to /30;
/// IPv6 skips the subnet-router anycast address (the network address) and the
/// gateway (network + 1) in subnets up to /126.
struct AddressRequest
{
    PoolFilter filter;
    int count = 1;
    AddressPick pick = AddressPick::Next;
    quint64 randomSeed = 0; ///< 0: a random seed; otherwise reproducible picks
    AllocationOwner owner;
    QString purpose = QStringLiteral("primary");
    std::optional<int> vlanVid; ///< recorded on the address (VID in the subnet's location)
};

struct AllocatedAddress
{
    qint64 id = 0;
    qint64 subnetId = 0;
    Cidr address; ///< a host (/32 or /128)
    Cidr subnet;
};

struct AddressAllocation
{
    QList<AllocatedAddress> addresses;
};

/// One rule of a product's ipam_config.
struct IpamRule
{
    enum class Type
    {
        Ip,
        Subnet
    } type = Type::Ip;
    int family = 4;
    int count = 1;
    int prefixLength = 0;
    QString purpose;
    QList<int> allowedVlans;
    QList<Cidr> pools;
    AddressPick pick = AddressPick::Next;
};

/// A product's ipam_config: mode full (rules apply) or disabled.
struct IpamConfig
{
    bool enabled = false;
    QList<IpamRule> rules;

    /// Parses and validates the JSON document; names the first problem.
    static Result<IpamConfig> fromJson(const QByteArray &json);
};

/// What fulfilling a service's ipam_config produced.
struct IpamFulfilment
{
    QList<SubnetAllocation> subnets;
    QList<AllocatedAddress> addresses;
};

/// What releasing allocations (cancel, re-provision) freed.
struct IpamRelease
{
    QList<Cidr> subnets;
    QList<Cidr> addresses;
};

QString allocationStrategyName(AllocationStrategy strategy);

} // namespace hostdeck
