// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/ipamrepository.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IpamRepository)
};

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

// The used share of subnet s (0..1): allocated descendants count whole, addresses in unallocated or
// subdivided descendants one each. Exact counts of addresses (numeric powers of two are exact for
// integer exponents, up to 2^128), so no prefix length rounds a denominator to zero; e.max is the
// family's address width.
const QString kUsedFraction =
    QStringLiteral("CAST(((SELECT coalesce(sum(power(2::numeric, e.max - masklen(d.cidr))), 0) FROM subnets d"
                   "        WHERE d.cidr <<= s.cidr AND d.allocation_status = 'allocated')"
                   "   + (SELECT count(*) FROM ip_addresses a JOIN subnets d ON d.id = a.subnet_id"
                   "        WHERE a.address <<= s.cidr AND d.allocation_status <> 'allocated')"
                   "  ) / power(2::numeric, e.max - masklen(s.cidr)) AS float8)");

const QString kRowSelect =
    QStringLiteral(
        "SELECT s.id, s.parent_id, s.cidr::text, s.allocation_status, s.is_unavailable, s.auto_allocatable, "
        "s.location_id,"
        " s.vlan_id, s.customer_id, s.service_id, s.device_id, s.description,"
        " e.loc, l.code, v.vid, c.code, subnet_effective_unavailable(s.cidr), subnet_effective_auto(s.cidr),"
        " (SELECT count(*) FROM subnets k WHERE k.parent_id = s.id),"
        " (SELECT count(*) FROM ip_addresses a WHERE a.address <<= s.cidr), ") +
    kUsedFraction +
    QStringLiteral(" FROM subnets s"
                   " CROSS JOIN LATERAL (SELECT subnet_effective_location(s.cidr) AS loc,"
                   "    CASE family(s.cidr) WHEN 4 THEN 32 ELSE 128 END AS max) e"
                   " LEFT JOIN locations l ON l.id = e.loc"
                   " LEFT JOIN vlans v ON v.id = subnet_effective_vlan(s.cidr)"
                   " LEFT JOIN customers c ON c.id = s.customer_id");

SubnetRow readRow(const QSqlQuery &q)
{
    SubnetRow r;
    SubnetNode &n = r.node;
    n.id = q.value(0).toLongLong();
    n.parentId = optionalId(q.value(1));
    n.cidr = Cidr::parse(q.value(2).toString()).value();
    n.status = q.value(3).toString();
    n.isUnavailable = q.value(4).toBool();
    n.autoAllocatable = q.value(5).toBool();
    n.locationId = optionalId(q.value(6));
    n.vlanId = optionalId(q.value(7));
    n.customerId = optionalId(q.value(8));
    n.serviceId = optionalId(q.value(9));
    n.deviceId = optionalId(q.value(10));
    n.description = q.value(11).toString();
    r.effectiveLocationId = optionalId(q.value(12));
    r.effectiveLocationCode = q.value(13).toString();
    r.locationInherited = !n.locationId && r.effectiveLocationId;
    r.vlanVid = optionalInt(q.value(14));
    r.customerCode = q.value(15).toString();
    r.effectiveUnavailable = q.value(16).toBool();
    r.effectiveAutoAllocatable = q.value(17).toBool();
    r.childCount = q.value(18).toInt();
    r.addressCount = q.value(19).toLongLong();
    r.utilisation = q.value(20).toDouble();
    return r;
}

uint128 parseDecimal(const QString &text)
{
    uint128 v = 0;
    for (QChar c : text) {
        if (c == u'.')
            break;
        if (c >= u'0' && c <= u'9')
            v = v * 10 + uint128(c.unicode() - u'0');
    }
    return v;
}
} // namespace

IpamRepository::IpamRepository(QSqlDatabase &db)
    : m_db(db)
{}

Result<QList<SubnetRow>> IpamRepository::rows(const QString &where, const QVariantMap &binds,
                                              const QString &tail)
{
    auto q = db::exec(m_db, kRowSelect + QStringLiteral(" WHERE ") + where + tail, binds);
    if (!q)
        return q.error();
    QList<SubnetRow> out;
    while (q->next())
        out << readRow(*q);
    return out;
}

Result<QList<SubnetRow>> IpamRepository::roots(int family)
{
    return rows(QStringLiteral("s.parent_id IS NULL AND (:family = 0 OR s.ip_version = :family)"),
                {{S("family"), family}}, QStringLiteral(" ORDER BY s.cidr"));
}

Result<QList<SubnetRow>> IpamRepository::children(qint64 parentId, int offset, int limit)
{
    return rows(
        QStringLiteral("s.parent_id = :parent"),
        {{S("parent"), parentId}, {S("offset"), std::max(offset, 0)}, {S("limit"), std::max(limit, 0)}},
        QStringLiteral(" ORDER BY s.cidr OFFSET :offset LIMIT :limit"));
}

Result<SubnetRow> IpamRepository::subnet(const Cidr &cidr)
{
    auto found = rows(QStringLiteral("s.cidr = CAST(:cidr AS cidr)"), {{S("cidr"), cidr.toString()}}, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::failure(Text::tr("There is no subnet %1.").arg(cidr.toString()));
    return found->constFirst();
}

Result<FreeBlocks> IpamRepository::freeBlocks(const Cidr &within, int prefix, int limit)
{
    if (!within.isValid())
        return Error::failure(Text::tr("No subnet given."));
    if (prefix < within.prefixLength() || prefix > within.maxPrefix())
        return Error::failure(
            Text::tr("/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.")
                .arg(prefix)
                .arg(within.toString())
                .arg(within.prefixLength())
                .arg(within.maxPrefix()));
    const QVariantMap binds{{S("w"), within.toString()},
                            {S("prefix"), prefix},
                            {S("wlen"), within.prefixLength()},
                            {S("limit"), std::max(limit, 0)}};
    // Free leaves of /prefix or larger overlapping the block (inside it, or holding it).
    const QString leafWhere = QStringLiteral(
        " FROM subnets l WHERE l.allocation_status = 'unallocated' AND masklen(l.cidr) <= :prefix"
        " AND l.cidr && CAST(:w AS cidr) AND NOT subnet_effective_unavailable(l.cidr)"
        " AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= l.cidr)");
    // Blocks of /prefix made of several smaller free leaves.
    const QString mergedFrom = QStringLiteral(
        " FROM (SELECT DISTINCT set_masklen(s.cidr, :prefix) AS x FROM subnets s"
        "  WHERE s.allocation_status = 'unallocated' AND NOT s.is_unavailable AND masklen(s.cidr) > :prefix"
        "  AND s.cidr << CAST(:w AS cidr)) c"
        " WHERE EXISTS (SELECT 1 FROM subnets p WHERE p.cidr >>= c.x)"
        " AND NOT EXISTS (SELECT 1 FROM subnets d WHERE d.cidr <<= c.x AND (d.allocation_status = "
        "'allocated' OR d.is_unavailable))"
        " AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= c.x)"
        " AND NOT subnet_effective_unavailable(c.x)");

    FreeBlocks result;
    auto count = db::exec(
        m_db,
        QStringLiteral(
            "SELECT CAST(coalesce(sum(power(2::numeric, :prefix - greatest(masklen(l.cidr), :wlen))), 0)"
            " AS text)") +
            leafWhere,
        binds);
    if (!count)
        return count.error();
    count->next();
    result.count = parseDecimal(count->value(0).toString());
    auto mergedCount = db::exec(m_db, QStringLiteral("SELECT count(*)") + mergedFrom, binds);
    if (!mergedCount)
        return mergedCount.error();
    mergedCount->next();
    result.count += uint128(mergedCount->value(0).toLongLong());

    QList<Cidr> candidates;
    auto leaves = db::exec(m_db,
                           QStringLiteral("SELECT l.cidr::text") + leafWhere +
                               QStringLiteral(" ORDER BY l.cidr LIMIT :limit"),
                           binds);
    if (!leaves)
        return leaves.error();
    while (leaves->next()) {
        const Cidr leaf = Cidr::parse(leaves->value(0).toString()).value();
        const Cidr area = leaf.contains(within) ? within : leaf;
        const int extra = prefix - area.prefixLength();
        const qint64 pieces = extra >= 62 ? limit : std::min<qint64>(qint64(1) << extra, limit);
        for (qint64 i = 0; i < pieces; ++i)
            candidates << Cidr::fromParts(
                area.family(), area.network() + (uint128(i) << (area.maxPrefix() - prefix)), prefix);
    }
    auto merged = db::exec(
        m_db, QStringLiteral("SELECT c.x::text") + mergedFrom + QStringLiteral(" ORDER BY c.x LIMIT :limit"),
        binds);
    if (!merged)
        return merged.error();
    while (merged->next())
        candidates << Cidr::parse(merged->value(0).toString()).value();
    std::sort(candidates.begin(), candidates.end());
    result.blocks = candidates.mid(0, limit);
    return result;
}

Result<QList<IpAddressRow>> IpamRepository::addresses(const Cidr &within, int limit)
{
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.subnet_id, host(a.address), a.purpose, a.customer_id, a.service_id, a.device_id,"
            " v.vid, a.rdns, a.rdns_updated_at, a.is_unavailable FROM ip_addresses a"
            " LEFT JOIN vlans v ON v.id = a.vlan_id"
            " WHERE a.address <<= CAST(:w AS cidr) ORDER BY a.address LIMIT :limit"),
        {{S("w"), within.toString()}, {S("limit"), std::max(limit, 0)}});
    if (!q)
        return q.error();
    QList<IpAddressRow> out;
    while (q->next()) {
        IpAddressRow r;
        r.id = q->value(0).toLongLong();
        r.subnetId = q->value(1).toLongLong();
        r.address = Cidr::parseAddress(q->value(2).toString()).value();
        r.purpose = q->value(3).toString();
        r.customerId = optionalId(q->value(4));
        r.serviceId = optionalId(q->value(5));
        r.deviceId = optionalId(q->value(6));
        r.vlanVid = optionalInt(q->value(7));
        r.rdns = q->value(8).toString();
        r.rdnsUpdatedAt = q->value(9).toDateTime();
        r.isUnavailable = q->value(10).toBool();
        out << r;
    }
    return out;
}

Result<QList<ProvisioningLogRow>> IpamRepository::provisioningLog(int limit, std::optional<qint64> serviceId)
{
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT id, at, actor, event, service_id, device_id, subnet_id, success, detail::text"
            " FROM provisioning_logs WHERE (CAST(:service AS bigint) IS NULL OR service_id = :service)"
            " ORDER BY id DESC LIMIT :limit"),
        {{S("service"), serviceId ? QVariant(*serviceId) : QVariant(QMetaType::fromType<qint64>())},
         {S("limit"), std::max(limit, 0)}});
    if (!q)
        return q.error();
    QList<ProvisioningLogRow> out;
    while (q->next()) {
        ProvisioningLogRow r;
        r.id = q->value(0).toLongLong();
        r.at = q->value(1).toDateTime();
        r.actor = q->value(2).toString();
        r.event = q->value(3).toString();
        r.serviceId = optionalId(q->value(4));
        r.deviceId = optionalId(q->value(5));
        r.subnetId = optionalId(q->value(6));
        r.success = q->value(7).toBool();
        r.detail = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        out << r;
    }
    return out;
}

namespace {
// A bigint[] literal for a bound parameter: "{1,2,3}".
QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}
} // namespace

Result<QList<VlanRow>> IpamRepository::vlans(std::optional<qint64> locationId)
{
    auto q =
        db::exec(m_db,
                 QStringLiteral(
                     "SELECT v.id, v.location_id, l.code, v.vid, v.name, v.enabled FROM vlans v"
                     " JOIN locations l ON l.id = v.location_id"
                     " WHERE (CAST(:loc AS bigint) IS NULL OR v.location_id = :loc) ORDER BY l.code, v.vid"),
                 {{S("loc"), locationId ? QVariant(*locationId) : QVariant(QMetaType::fromType<qint64>())}});
    if (!q)
        return q.error();
    QList<VlanRow> out;
    while (q->next()) {
        VlanRow r;
        r.id = q->value(0).toLongLong();
        r.locationId = q->value(1).toLongLong();
        r.locationCode = q->value(2).toString();
        r.vid = q->value(3).toInt();
        r.name = q->value(4).toString();
        r.enabled = q->value(5).toBool();
        out << r;
    }
    return out;
}

Result<AddressMapData> IpamRepository::addressMap(const Cidr &range, int limit)
{
    if (!range.isValid())
        return Error::failure(Text::tr("No subnet given."));
    AddressMapData data;
    data.range = range;
    auto addressRows = addresses(range, limit);
    if (!addressRows)
        return addressRows.error();
    data.addresses = *addressRows;
    const QVariantMap binds{{S("w"), range.toString()}, {S("limit"), std::max(limit, 0)}};
    auto blocks = db::exec(
        m_db,
        QStringLiteral("SELECT s.cidr::text, s.allocation_status = 'allocated', s.is_unavailable, c.code"
                       " FROM subnets s LEFT JOIN customers c ON c.id = s.customer_id"
                       " WHERE s.cidr << CAST(:w AS cidr)"
                       " AND (s.allocation_status = 'allocated' OR s.is_unavailable)"
                       " ORDER BY s.cidr LIMIT :limit"),
        binds);
    if (!blocks)
        return blocks.error();
    while (blocks->next()) {
        MapBlock b;
        b.cidr = Cidr::parse(blocks->value(0).toString()).value();
        b.allocated = blocks->value(1).toBool();
        b.parked = blocks->value(2).toBool();
        b.customerCode = blocks->value(3).toString();
        data.blocks << b;
    }
    auto names = db::exec(
        m_db,
        QStringLiteral("SELECT 'c', c.id, c.code FROM customers c WHERE c.id IN"
                       " (SELECT a.customer_id FROM ip_addresses a WHERE a.address <<= CAST(:w AS cidr))"
                       " UNION ALL SELECT 'd', d.id, d.name FROM devices d WHERE d.id IN"
                       " (SELECT a.device_id FROM ip_addresses a WHERE a.address <<= CAST(:w AS cidr))"),
        {{S("w"), range.toString()}});
    if (!names)
        return names.error();
    while (names->next()) {
        if (names->value(0).toString() == QLatin1String("c"))
            data.customerCodes.insert(names->value(1).toLongLong(), names->value(2).toString());
        else
            data.deviceNames.insert(names->value(1).toLongLong(), names->value(2).toString());
    }
    return data;
}

Result<ChangeAnchors> IpamRepository::changeAnchors(const QList<qint64> &subnetIds,
                                                    const QList<qint64> &addressIds)
{
    ChangeAnchors anchors;
    if (!subnetIds.isEmpty()) {
        auto q = db::exec(
            m_db, QStringLiteral("SELECT id, parent_id FROM subnets WHERE id = ANY(CAST(:ids AS bigint[]))"),
            {{S("ids"), idArray(subnetIds)}});
        if (!q)
            return q.error();
        while (q->next())
            anchors.subnetParents.insert(q->value(0).toLongLong(), optionalId(q->value(1)));
    }
    if (!addressIds.isEmpty()) {
        auto q = db::exec(
            m_db,
            QStringLiteral("SELECT id, subnet_id FROM ip_addresses WHERE id = ANY(CAST(:ids AS bigint[]))"),
            {{S("ids"), idArray(addressIds)}});
        if (!q)
            return q.error();
        while (q->next())
            anchors.addressSubnets.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    return anchors;
}

Result<QList<SubnetRow>> IpamRepository::childrenAfter(qint64 parentId, const Cidr &after, int limit)
{
    // The columns of kRowSelect, but the inherited values come from the parent, computed once,
    // instead of four ancestor look-ups per child: a page of a /8's 65,536 /24s reads in a
    // fraction of the time.
    const QString select =
        QStringLiteral(
            "WITH p AS (SELECT subnet_effective_location(x.cidr) AS loc, subnet_effective_vlan(x.cidr) AS "
            "vlan,"
            "   subnet_effective_unavailable(x.cidr) AS unavailable, subnet_effective_auto(x.cidr) AS auto"
            "   FROM subnets x WHERE x.id = :parent)"
            " SELECT s.id, s.parent_id, s.cidr::text, s.allocation_status, s.is_unavailable, "
            "s.auto_allocatable,"
            " s.location_id, s.vlan_id, s.customer_id, s.service_id, s.device_id, s.description,"
            " e.loc, l.code, v.vid, c.code, s.is_unavailable OR p.unavailable, s.auto_allocatable AND p.auto,"
            // Children lie inside their parent: the CIDR condition lets the planner use the GiST
            // index even when one parent holds most rows (parent_id statistics then say "all").
            " (SELECT count(*) FROM subnets k WHERE k.cidr << s.cidr AND k.parent_id = s.id),"
            " (SELECT count(*) FROM ip_addresses a WHERE a.address <<= s.cidr), ") +
        kUsedFraction +
        QStringLiteral(" FROM subnets s CROSS JOIN p"
                       " CROSS JOIN LATERAL (SELECT coalesce(s.location_id, p.loc) AS loc, "
                       "coalesce(s.vlan_id, p.vlan) AS "
                       "vlan,"
                       "    CASE family(s.cidr) WHEN 4 THEN 32 ELSE 128 END AS max) e"
                       " LEFT JOIN locations l ON l.id = e.loc"
                       " LEFT JOIN vlans v ON v.id = e.vlan"
                       " LEFT JOIN customers c ON c.id = s.customer_id"
                       " WHERE s.parent_id = :parent");
    QVariantMap binds{{S("parent"), parentId}, {S("limit"), std::max(limit, 0)}};
    QString where;
    if (after.isValid()) {
        where = QStringLiteral(" AND s.cidr > CAST(:after AS cidr)");
        binds.insert(S("after"), after.toString());
    }
    auto q = db::exec(m_db, select + where + QStringLiteral(" ORDER BY s.cidr LIMIT :limit"), binds);
    if (!q)
        return q.error();
    QList<SubnetRow> out;
    while (q->next())
        out << readRow(*q);
    return out;
}

Result<QList<SubnetRow>> IpamRepository::subnetsById(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<SubnetRow>{};
    return rows(QStringLiteral("s.id = ANY(CAST(:ids AS bigint[]))"), {{S("ids"), idArray(ids)}},
                QStringLiteral(" ORDER BY s.cidr"));
}

} // namespace hostdeck
