// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ipam/ipamtypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace hostdeck {

/// A subnet as the prefix tree and the command line show it: the row, its
/// effective (possibly inherited) values, and how much of it is in use.
struct SubnetRow
{
    SubnetNode node;
    std::optional<qint64> effectiveLocationId;
    QString effectiveLocationCode;
    bool locationInherited = false; ///< the location comes from an ancestor
    std::optional<int> vlanVid;     ///< VID of the effective VLAN
    QString customerCode;
    bool effectiveUnavailable = false; ///< parked itself or below a parked ancestor
    bool effectiveAutoAllocatable = true;
    int childCount = 0;
    qint64 addressCount = 0; ///< address rows inside
    /// Share in use: allocated leaves inside plus address rows, counted in
    /// addresses for IPv4 and in /64s for IPv6. 0..1.
    double utilisation = 0;
};

/// The free /N blocks inside a subnet.
struct FreeBlocks
{
    uint128 count = 0;  ///< how many there are in total
    QList<Cidr> blocks; ///< the first ones, in address order
};

struct IpAddressRow
{
    qint64 id = 0;
    qint64 subnetId = 0;
    Cidr address;
    QString purpose;
    std::optional<qint64> customerId;
    std::optional<qint64> serviceId;
    std::optional<qint64> deviceId;
    std::optional<int> vlanVid;
    QString rdns;
    QDateTime rdnsUpdatedAt;
    bool isUnavailable = false;
};

struct ProvisioningLogRow
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString event;
    std::optional<qint64> serviceId;
    std::optional<qint64> deviceId;
    std::optional<qint64> subnetId;
    bool success = false;
    QJsonObject detail;
};

/// A VLAN of a location (the VLAN list of the address-space page).
struct VlanRow
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString locationCode;
    int vid = 0;
    QString name;
    bool enabled = true;
};

/// A subnet inside an IP map's range that colours its cells: allocated or parked.
struct MapBlock
{
    Cidr cidr;
    bool allocated = false;
    bool parked = false;
    QString customerCode;
};

/// Everything the IP map draws for a range: the address rows inside it, the
/// allocated or parked subnets inside it, and the names behind the ids.
struct AddressMapData
{
    Cidr range;
    QList<IpAddressRow> addresses;
    QList<MapBlock> blocks;
    QHash<qint64, QString> customerCodes; ///< customers.id -> code
    QHash<qint64, QString> deviceNames;   ///< devices.id -> name
};

/// Where a changed subnet or address sits in the tree (live refresh): the
/// subnet's parent, or the address's subnet. Rows that no longer exist are absent.
struct ChangeAnchors
{
    QHash<qint64, std::optional<qint64>> subnetParents; ///< subnet id -> parent id
    QHash<qint64, qint64> addressSubnets;               ///< ip_addresses.id -> subnet id
};

/// Read side of IPAM for the tree view, the IP map and the command line. Runs
/// on a worker thread's connection; writes go through SubnetAllocator.
class IpamRepository
{
public:
    explicit IpamRepository(QSqlDatabase &db);

    /// Top-level pools, by CIDR; family 0 for both.
    Result<QList<SubnetRow>> roots(int family = 0);
    /// Children of a subnet by CIDR, a page at a time (lazy tree loading).
    Result<QList<SubnetRow>> children(qint64 parentId, int offset = 0, int limit = 1000);
    /// One subnet; an Error naming it when it does not exist.
    Result<SubnetRow> subnet(const Cidr &cidr);
    /// The free (unallocated, not parked, no address rows) aligned /prefix
    /// blocks inside `within`: inside free leaves, and blocks made of several
    /// free smaller leaves. Counts in 128 bits; lists at most `limit`.
    Result<FreeBlocks> freeBlocks(const Cidr &within, int prefix, int limit = 256);
    /// The address rows of a subnet (and its descendants), by address.
    Result<QList<IpAddressRow>> addresses(const Cidr &within, int limit = 1024);
    /// The VLANs of one location, or of every location, by location code and VID.
    Result<QList<VlanRow>> vlans(std::optional<qint64> locationId = std::nullopt);
    /// The IP map's data for `range` (at most `limit` address rows and blocks).
    Result<AddressMapData> addressMap(const Cidr &range, int limit = 1024);
    /// The tree positions of changed subnets and addresses (see ChangeAnchors).
    Result<ChangeAnchors> changeAnchors(const QList<qint64> &subnetIds, const QList<qint64> &addressIds);
    /// The next page of a subnet's children after `after` (keyset paging: the
    /// cost of a page does not grow with its depth); the first page when
    /// `after` is invalid.
    Result<QList<SubnetRow>> childrenAfter(qint64 parentId, const Cidr &after, int limit = 1000);
    /// Several subnets by id (missing ones are left out), in CIDR order.
    Result<QList<SubnetRow>> subnetsById(const QList<qint64> &ids);
    /// The newest provisioning log rows, optionally of one service.
    Result<QList<ProvisioningLogRow>> provisioningLog(int limit = 200,
                                                      std::optional<qint64> serviceId = std::nullopt);

private:
    Result<QList<SubnetRow>> rows(const QString &where, const QVariantMap &binds, const QString &tail);

    QSqlDatabase &m_db;
};

} // namespace hostdeck
