// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetallocator.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubnetAllocator)
};

QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// QPSQL binds a null QString as NULL; text columns and list filters want ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const QString kNodeColumns =
    QStringLiteral("s.id, s.parent_id, s.cidr::text, s.allocation_status, s.is_unavailable, "
                   "s.auto_allocatable, s.location_id, "
                   "s.vlan_id, s.customer_id, s.service_id, s.device_id, s.description");

SubnetNode readNode(const QSqlQuery &q, int offset = 0)
{
    SubnetNode n;
    n.id = q.value(offset + 0).toLongLong();
    n.parentId = optionalId(q.value(offset + 1));
    n.cidr = Cidr::parse(q.value(offset + 2).toString()).value();
    n.status = q.value(offset + 3).toString();
    n.isUnavailable = q.value(offset + 4).toBool();
    n.autoAllocatable = q.value(offset + 5).toBool();
    n.locationId = optionalId(q.value(offset + 6));
    n.vlanId = optionalId(q.value(offset + 7));
    n.customerId = optionalId(q.value(offset + 8));
    n.serviceId = optionalId(q.value(offset + 9));
    n.deviceId = optionalId(q.value(offset + 10));
    n.description = q.value(offset + 11).toString();
    return n;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString joinInts(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(u',');
}

QString joinCidrs(const QList<Cidr> &cidrs)
{
    QStringList parts;
    for (const Cidr &c : cidrs)
        parts << c.toString();
    return parts.join(u',');
}

QString familyName(int family)
{
    return family == 4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// The request's filters as the lists ipam_allocate_* take (comma-separated, '' for none),
// computed once per request.
struct FilterBinds
{
    QString pools;
    QString locs;
    QString vlans;
    QString description; // for messages

    void addTo(QVariantMap &binds) const
    {
        binds.insert(QStringLiteral("pools"), nonNull(pools));
        binds.insert(QStringLiteral("locs"), nonNull(locs));
        binds.insert(QStringLiteral("vlans"), nonNull(vlans));
    }
};

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Pairwise buddy merges that turn the free leaves tiling `block` into `block`,
// smallest first. Empty when the leaves do not tile the block.
std::optional<QList<MergeStep>> mergeSteps(const QList<Cidr> &leaves, const Cidr &block)
{
    std::map<int, std::set<uint128>> byLength;
    for (const Cidr &leaf : leaves)
        byLength[leaf.prefixLength()].insert(leaf.network());
    QList<MergeStep> steps;
    for (int length = block.maxPrefix(); length > block.prefixLength(); --length) {
        auto &blocks = byLength[length];
        while (!blocks.empty()) {
            const Cidr a = Cidr::fromParts(block.family(), *blocks.begin(), length);
            const Cidr b = a.sibling();
            if (!blocks.count(b.network()))
                return std::nullopt;
            blocks.erase(a.network());
            blocks.erase(b.network());
            const Cidr merged = a.parent();
            steps << MergeStep{merged, a < b ? a : b, a < b ? b : a};
            byLength[length - 1].insert(merged.network());
        }
    }
    if (byLength[block.prefixLength()].size() != 1)
        return std::nullopt;
    return steps;
}

// Runs `work` in one transaction with a lock timeout, retrying a bounded
// number of times when the lock wait timed out.
// `setLockTimeout` false: the work sets its own (the ipam_allocate_* functions carry
// `SET lock_timeout = '5s'`), which saves a round trip per allocation.
template <typename Fn>
auto writeTransaction(QSqlDatabase &db, Fn &&work, bool setLockTimeout = true) -> decltype(work())
{
    constexpr int kAttempts = 4;
    for (int attempt = 1;; ++attempt) {
        auto result = db::inTransaction(db, [&]() -> decltype(work()) {
            if (setLockTimeout) {
                if (auto t = db::exec(db, QStringLiteral("SELECT set_config('lock_timeout', '5s', true)"));
                    !t)
                    return t.error();
            }
            return work();
        });
        if (!result.ok() && result.error().sqlState == QLatin1String("55P03")) {
            if (attempt < kAttempts)
                continue;
            Error e = result.error();
            e.message =
                Text::tr("The address plan is busy: another console held its lock too long. Try again.");
            return e;
        }
        return result;
    }
}

class Engine
{
public:
    explicit Engine(QSqlDatabase &db)
        : m_db(db)
    {}

    Result<QSqlQuery> exec(const QString &sql, const QVariantMap &binds = {})
    {
        return db::exec(m_db, sql, binds);
    }

    Status log(const QString &event, bool success, std::optional<qint64> subnetId,
               const AllocationOwner &owner, const QJsonObject &detail)
    {
        auto q = exec(
            QStringLiteral(
                "INSERT INTO provisioning_logs (event, service_id, device_id, subnet_id, success, detail) "
                "VALUES (:event, :service, :device, :subnet, :success, CAST(:detail AS jsonb))"),
            {{S("event"), event},
             {S("service"), nullableId(owner.serviceId)},
             {S("device"), nullableId(owner.deviceId)},
             {S("subnet"), nullableId(subnetId)},
             {S("success"), success},
             {S("detail"), jsonText(detail)}});
        if (!q)
            return q.error();
        return {};
    }

    /// Locks the roots of `family` in id order: the whole-tree operations
    /// (repair, releasing everything a service or device holds) against each
    /// other and against manual edits. Automatic allocation does not take
    /// these locks (it locks the leaves it carves, schema 0012).
    Status lockRoots(int family)
    {
        auto q = exec(QStringLiteral("SELECT id FROM subnets WHERE parent_id IS NULL AND ip_version = :family"
                                     " ORDER BY id FOR UPDATE"),
                      {{S("family"), family}});
        if (!q)
            return q.error();
        return {};
    }

    /// Locks the subnet `cidr` (or the leaf that would hold it) and every
    /// subnet above it, top down, so a manual edit and an allocator never
    /// change the same node at once; false when no tree holds `cidr`.
    /// `shared`: for work on one address row (release, park), which only has
    /// to keep the tree above it from changing: FOR SHARE lets it run beside
    /// the address allocators that share the leaf.
    Result<bool> lockRootOf(const Cidr &cidr, bool shared = false)
    {
        // A subnet split or merged by a transaction that committed while this one waited is not
        // in the lock statement's snapshot: lock again until a fresh look finds only rows this
        // transaction holds (then no one can add a subnet on the path any more).
        const QString lock =
            QStringLiteral("SELECT count(*), bool_or(parent_id IS NULL) FROM (SELECT parent_id"
                           " FROM subnets WHERE cidr >>= CAST(:cidr AS cidr)"
                           " ORDER BY masklen(cidr) ") +
            (shared ? QStringLiteral("FOR SHARE") : QStringLiteral("FOR UPDATE")) + QStringLiteral(") path");
        for (int pass = 0; pass < 4; ++pass) {
            auto held = exec(lock, {{S("cidr"), cidr.toString()}});
            if (!held)
                return held.error();
            held->next();
            auto seen =
                exec(QStringLiteral("SELECT count(*) FROM subnets WHERE cidr >>= CAST(:cidr AS cidr)"),
                     {{S("cidr"), cidr.toString()}});
            if (!seen)
                return seen.error();
            seen->next();
            if (seen->value(0).toLongLong() == held->value(0).toLongLong())
                return held->value(1).toBool();
        }
        Error busy{Text::tr("The address plan is busy: the subnets around %1 kept changing. Try again.")
                       .arg(cidr.toString()),
                   {},
                   QStringLiteral("55P03")};
        return busy;
    }

    Result<std::optional<SubnetNode>> findNode(const Cidr &cidr)
    {
        auto q = exec(QStringLiteral("SELECT ") + kNodeColumns +
                          QStringLiteral(" FROM subnets s WHERE s.cidr = CAST(:cidr AS cidr)"),
                      {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<SubnetNode>();
        return std::optional<SubnetNode>(readNode(*q));
    }

    Result<SubnetNode> requireNode(const Cidr &cidr)
    {
        auto n = findNode(cidr);
        if (!n)
            return n.error();
        if (!n->has_value())
            return Error{Text::tr("There is no subnet %1.").arg(cidr.toString()), {}, {}};
        return **n;
    }

    /// The deepest node containing `cidr` (or equal to it).
    Result<std::optional<SubnetNode>> container(const Cidr &cidr)
    {
        auto q = exec(QStringLiteral("SELECT ") + kNodeColumns +
                          QStringLiteral(" FROM subnets s WHERE s.cidr >>= CAST(:cidr AS cidr)"
                                         " ORDER BY masklen(s.cidr) DESC LIMIT 1"),
                      {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<SubnetNode>();
        return std::optional<SubnetNode>(readNode(*q));
    }

    Result<qint64> addressCount(const Cidr &cidr)
    {
        auto q =
            exec(QStringLiteral("SELECT count(*) FROM ip_addresses WHERE address <<= CAST(:cidr AS cidr)"),
                 {{S("cidr"), cidr.toString()}});
        if (!q)
            return q.error();
        q->next();
        return q->value(0).toLongLong();
    }

    /// The CIDR of the root holding `cidr`.
    Cidr rootOf(const Cidr &cidr)
    {
        auto q = exec(
            QStringLiteral(
                "SELECT cidr::text FROM subnets WHERE parent_id IS NULL AND cidr >>= CAST(:cidr AS cidr)"),
            {{S("cidr"), cidr.toString()}});
        if (q && q->next())
            return Cidr::parse(q->value(0).toString()).value();
        return {};
    }

    /// The location filter: the request's location (or the device's rack
    /// location) and its ancestors.
    Result<FilterBinds> filterBinds(const PoolFilter &filter, const AllocationOwner &owner)
    {
        FilterBinds b;
        b.pools = joinCidrs(filter.pools);
        b.vlans = joinInts(filter.allowedVlans);
        for (const Cidr &pool : filter.pools) {
            if (pool.family() != filter.family)
                return Error{Text::tr("The pool %1 is not an %2 network.")
                                 .arg(pool.toString(), familyName(filter.family)),
                             {},
                             {}};
        }
        std::optional<qint64> location = filter.locationId;
        if (!location && owner.deviceId) {
            auto q = exec(QStringLiteral("SELECT r.location_id FROM devices d LEFT JOIN racks r ON r.id = "
                                         "d.rack_id WHERE d.id = :id"),
                          {{S("id"), *owner.deviceId}});
            if (!q)
                return q.error();
            if (!q->next())
                return Error{Text::tr("There is no device with id %1.").arg(*owner.deviceId), {}, {}};
            location = optionalId(q->value(0));
        }
        QStringList parts;
        if (location) {
            auto q = exec(QStringLiteral("WITH RECURSIVE chain(id, parent_id, code, depth) AS ("
                                         " SELECT id, parent_id, code, 0 FROM locations WHERE id = :id"
                                         " UNION ALL SELECT l.id, l.parent_id, l.code, c.depth + 1"
                                         " FROM locations l JOIN chain c ON l.id = c.parent_id)"
                                         " SELECT id, code FROM chain ORDER BY depth"),
                          {{S("id"), *location}});
            if (!q)
                return q.error();
            QList<qint64> ids;
            QString code;
            while (q->next()) {
                ids << q->value(0).toLongLong();
                if (code.isEmpty())
                    code = q->value(1).toString();
            }
            if (ids.isEmpty())
                return Error{Text::tr("There is no location with id %1.").arg(*location), {}, {}};
            b.locs = joinIds(ids);
            parts << Text::tr("location %1").arg(code);
        }
        if (!filter.allowedVlans.isEmpty())
            parts << Text::tr("VLAN %1").arg(b.vlans);
        if (!filter.pools.isEmpty())
            parts << Text::tr("pool %1").arg(b.pools);
        b.description = parts.join(QStringLiteral(", "));
        return b;
    }

    /// The refusal an ipam_allocate_* call answered instead of an allocation (a JSON object
    /// with "refused"), worded and translated here; nullopt when it answered an allocation.
    static std::optional<Error> refusal(const QJsonDocument &answer)
    {
        const QJsonObject o = answer.object();
        if (!answer.isObject() || !o.contains(QLatin1String("refused")))
            return std::nullopt;
        if (o.value(QLatin1String("refused")).toString() == QLatin1String("missing_pool"))
            return Error{
                Text::tr("The pool subnet %1 does not exist.").arg(o.value(QLatin1String("pool")).toString()),
                {},
                {}};
        return Error{Text::tr("The database refused the allocation: %1")
                         .arg(QString::fromUtf8(answer.toJson(QJsonDocument::Compact)).left(200)),
                     {},
                     {}};
    }

    Result<SubnetAllocation> allocateSubnet(const SubnetRequest &request);
    Result<AddressAllocation> allocateAddresses(const AddressRequest &request);
    Result<QList<SplitStep>> splitDown(SubnetNode leaf, int toPrefix, qint64 &finalId,
                                       const AllocationOwner &owner);
    Status releaseServiceOrDevice(const QString &column, qint64 id, IpamRelease &released,
                                  bool keepManagement);

    Result<qint64> collapse(const Cidr &block, QList<MergeStep> &steps, const AllocationOwner &owner);

private:
    QSqlDatabase &m_db;
};

// Turns the free block `block` into one unallocated leaf; returns its id.
Result<qint64> Engine::collapse(const Cidr &block, QList<MergeStep> &steps, const AllocationOwner &owner)
{
    auto inside = exec(
        QStringLiteral("SELECT cidr::text, allocation_status FROM subnets WHERE cidr << CAST(:x AS cidr)"),
        {{S("x"), block.toString()}});
    if (!inside)
        return inside.error();
    QList<Cidr> leaves;
    while (inside->next()) {
        if (inside->value(1).toString() != QLatin1String("subdivided"))
            leaves << Cidr::parse(inside->value(0).toString()).value();
    }
    auto computed = mergeSteps(leaves, block);
    if (!computed)
        return Error{Text::tr("The subnets inside %1 do not tile it; the tree needs repair before merging.")
                         .arg(block.toString()),
                     {},
                     {}};
    auto holder = container(block);
    if (!holder)
        return holder.error();
    if (!holder->has_value())
        return Error{Text::tr("%1 lies outside every pool.").arg(block.toString()), {}, {}};
    const SubnetNode d = **holder;
    if (auto del = exec(QStringLiteral("DELETE FROM subnets WHERE cidr << CAST(:x AS cidr)"),
                        {{S("x"), block.toString()}});
        !del)
        return del.error();
    qint64 id = d.id;
    if (d.cidr == block) {
        if (auto up =
                exec(QStringLiteral("UPDATE subnets SET allocation_status = 'unallocated' WHERE id = :id"),
                     {{S("id"), d.id}});
            !up)
            return up.error();
    } else {
        auto ins = exec(QStringLiteral("INSERT INTO subnets (parent_id, cidr, ip_version) VALUES (:parent, "
                                       "CAST(:x AS cidr), :family)"
                                       " RETURNING id"),
                        {{S("parent"), d.id}, {S("x"), block.toString()}, {S("family"), block.family()}});
        if (!ins)
            return ins.error();
        ins->next();
        id = ins->value(0).toLongLong();
    }
    for (const MergeStep &step : std::as_const(*computed)) {
        QJsonObject detail{{S("cidr"), step.merged.toString()},
                           {S("children"), QJsonArray{step.lower.toString(), step.upper.toString()}}};
        if (Status s = log(QStringLiteral("ipam_subnet_merge"), true, id, owner, detail); !s)
            return s.error();
    }
    steps << *computed;
    return id;
}

Result<QList<SplitStep>> Engine::splitDown(SubnetNode leaf, int toPrefix, qint64 &finalId,
                                           const AllocationOwner &owner)
{
    QList<SplitStep> steps;
    while (leaf.cidr.prefixLength() < toPrefix) {
        if (auto up =
                exec(QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE id = :id"),
                     {{S("id"), leaf.id}});
            !up)
            return up.error();
        const auto [lower, upper] = leaf.cidr.halves();
        auto ins = exec(
            QStringLiteral(
                "INSERT INTO subnets (parent_id, cidr, ip_version)"
                " VALUES (:parent, CAST(:lower AS cidr), :family), (:parent, CAST(:upper AS cidr), :family)"
                " RETURNING id, cidr::text"),
            {{S("parent"), leaf.id},
             {S("lower"), lower.toString()},
             {S("upper"), upper.toString()},
             {S("family"), lower.family()}});
        if (!ins)
            return ins.error();
        qint64 lowerId = 0;
        while (ins->next()) {
            if (Cidr::parse(ins->value(1).toString()).value() == lower)
                lowerId = ins->value(0).toLongLong();
        }
        QJsonObject detail{{S("source"), leaf.cidr.toString()},
                           {S("children"), QJsonArray{lower.toString(), upper.toString()}}};
        if (Status s = log(QStringLiteral("ipam_subnet_split"), true, leaf.id, owner, detail); !s)
            return s.error();
        steps << SplitStep{leaf.cidr, lower, upper};
        SubnetNode next;
        next.id = lowerId;
        next.parentId = leaf.id;
        next.cidr = lower;
        next.status = QStringLiteral("unallocated");
        leaf = next;
    }
    finalId = leaf.id;
    return steps;
}

Cidr cidrAt(const QJsonValue &v)
{
    auto c = Cidr::parse(v.toString());
    return c ? *c : Cidr();
}

QString noSpaceSuffix(const FilterBinds &binds)
{
    return binds.description.isEmpty() ? QString() : QStringLiteral(" (") + binds.description + u')';
}

// The search, the carving and the log rows run server-side in one call
// (ipam_allocate_subnet, schema 0012), which locks only the leaf it takes.
Result<SubnetAllocation> Engine::allocateSubnet(const SubnetRequest &request)
{
    const int family = request.filter.family;
    if (Status s = Cidr::checkManagedPrefix(family, request.prefixLength); !s)
        return s.error();
    auto binds = filterBinds(request.filter, request.owner);
    if (!binds)
        return binds.error();
    QVariantMap b{{S("family"), family},
                  {S("prefix"), request.prefixLength},
                  {S("customer"), nullableId(request.owner.customerId)},
                  {S("service"), nullableId(request.owner.serviceId)},
                  {S("device"), nullableId(request.owner.deviceId)},
                  {S("description"), nonNull(request.description)},
                  {S("purpose"), nonNull(request.purpose)}};
    binds->addTo(b);
    auto q = exec(
        QStringLiteral("SELECT ipam_allocate_subnet(:family, :prefix, string_to_array(:pools, ',')::cidr[],"
                       " string_to_array(:locs, ',')::bigint[], string_to_array(:vlans, ',')::int[],"
                       " :customer, :service, :device, :description, :purpose)::text"),
        b);
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return Error{Text::tr("No free /%1 is left in the %2 pools%3: every block is allocated, parked, "
                              "holds addresses or is "
                              "not open to automatic allocation.")
                         .arg(request.prefixLength)
                         .arg(familyName(family), noSpaceSuffix(*binds)),
                     {},
                     {}};
    const QJsonDocument answer = QJsonDocument::fromJson(q->value(0).toString().toUtf8());
    if (auto refused = refusal(answer))
        return *refused;
    const QJsonObject o = answer.object();
    SubnetAllocation result;
    result.subnetId = o.value(S("id")).toInteger();
    result.cidr = cidrAt(o.value(S("cidr")));
    result.pool = cidrAt(o.value(S("pool")));
    const QString strategy = o.value(S("strategy")).toString();
    result.strategy = strategy == QLatin1String("merge")   ? AllocationStrategy::Merge
                      : strategy == QLatin1String("split") ? AllocationStrategy::Split
                                                           : AllocationStrategy::ExactFit;
    for (const QJsonValue &v : o.value(S("splits")).toArray()) {
        const QJsonArray a = v.toArray();
        result.splits << SplitStep{cidrAt(a.at(0)), cidrAt(a.at(1)), cidrAt(a.at(2))};
    }
    for (const QJsonValue &v : o.value(S("merges")).toArray()) {
        const QJsonArray a = v.toArray();
        result.merges << MergeStep{cidrAt(a.at(0)), cidrAt(a.at(1)), cidrAt(a.at(2))};
    }
    if (!result.cidr.isValid() || result.subnetId <= 0)
        return Error{Text::tr("The database answered an allocation in a form HostDeck does not know: %1")
                         .arg(q->value(0).toString().left(200)),
                     {},
                     {}};
    return result;
}

// Runs server-side in one call (ipam_allocate_addresses, schema 0012), which
// shares the leaves it uses with other address allocators.
Result<AddressAllocation> Engine::allocateAddresses(const AddressRequest &request)
{
    const int family = request.filter.family;
    if (family != 4 && family != 6)
        return Error{Text::tr("The address family must be 4 or 6, not %1.").arg(family), {}, {}};
    if (request.count < 1 || request.count > 9999)
        return Error{
            Text::tr("The number of addresses must be between 1 and 9999, not %1.").arg(request.count),
            {},
            {}};
    auto binds = filterBinds(request.filter, request.owner);
    if (!binds)
        return binds.error();
    const quint64 seed =
        request.randomSeed != 0 ? request.randomSeed : QRandomGenerator64::global()->generate();
    QVariantMap b{{S("family"), family},
                  {S("count"), request.count},
                  {S("pick"), request.pick == AddressPick::Random ? S("random") : S("next")},
                  {S("seed"), qint64(seed & 0x7fffffffffffffffULL) | 1},
                  {S("customer"), nullableId(request.owner.customerId)},
                  {S("service"), nullableId(request.owner.serviceId)},
                  {S("device"), nullableId(request.owner.deviceId)},
                  {S("purpose"), request.purpose.isEmpty() ? S("primary") : request.purpose}};
    binds->addTo(b);
    auto q = exec(
        QStringLiteral("SELECT ipam_allocate_addresses(:family, :count, :pick, :seed,"
                       " string_to_array(:pools, ',')::cidr[], string_to_array(:locs, ',')::bigint[],"
                       " string_to_array(:vlans, ',')::int[], :customer, :service, :device, :purpose)::text"),
        b);
    if (!q)
        return q.error();
    AddressAllocation result;
    if (q->next()) {
        const QJsonDocument answer = QJsonDocument::fromJson(q->value(0).toString().toUtf8());
        if (auto refused = refusal(answer))
            return *refused;
        const QJsonArray rows = answer.array();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const auto address = Cidr::parseAddress(o.value(S("address")).toString());
            if (!address)
                return address.error();
            result.addresses << AllocatedAddress{o.value(S("id")).toInteger(),
                                                 o.value(S("subnet_id")).toInteger(), *address,
                                                 cidrAt(o.value(S("subnet")))};
        }
    }
    if (result.addresses.size() < request.count)
        return Error{Text::tr("Only %1 of %2 %3 addresses could be found in the pools%4: the matching "
                              "address subnets (IPv4 /16 or longer, IPv6 /64 or longer) are full, parked "
                              "or not open to automatic allocation.")
                         .arg(result.addresses.size())
                         .arg(request.count)
                         .arg(familyName(family), noSpaceSuffix(*binds)),
                     {},
                     {}};
    return result;
}

// Releases what is linked to a service or device (`column` is a fixed column
// name); management and BMC addresses stay when `keepManagement`.
Status Engine::releaseServiceOrDevice(const QString &column, qint64 id, IpamRelease &released,
                                      bool keepManagement)
{
    const QString keep =
        keepManagement ? QStringLiteral(" AND purpose NOT IN ('management', 'bmc')") : QString();
    auto addrs = exec(QStringLiteral("DELETE FROM ip_addresses WHERE ") + column + QStringLiteral(" = :id") +
                          keep + QStringLiteral(" RETURNING host(address)"),
                      {{S("id"), id}});
    if (!addrs)
        return addrs.error();
    while (addrs->next())
        released.addresses << Cidr::parseAddress(addrs->value(0).toString()).value();
    auto subs = exec(
        QStringLiteral(
            "UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL, service_id = NULL,"
            " device_id = NULL WHERE allocation_status = 'allocated' AND ") +
            column +
            QStringLiteral(
                " = :id AND NOT EXISTS (SELECT 1 FROM ip_addresses a WHERE a.address <<= subnets.cidr)"
                " RETURNING cidr::text"),
        {{S("id"), id}});
    if (!subs)
        return subs.error();
    while (subs->next())
        released.subnets << Cidr::parse(subs->value(0).toString()).value();
    std::sort(released.addresses.begin(), released.addresses.end());
    std::sort(released.subnets.begin(), released.subnets.end());
    return {};
}

QJsonArray cidrArray(const QList<Cidr> &cidrs, bool asAddresses = false)
{
    QJsonArray a;
    for (const Cidr &c : cidrs)
        a << (asAddresses ? c.addressString() : c.toString());
    return a;
}
} // namespace

SubnetAllocator::SubnetAllocator(QSqlDatabase &db)
    : m_db(db)
{}

Result<SubnetAllocation> SubnetAllocator::allocateSubnetInTransaction(const SubnetRequest &request)
{
    return Engine(m_db).allocateSubnet(request);
}

Result<SubnetAllocation> SubnetAllocator::allocateSubnet(const SubnetRequest &request)
{
    auto result = writeTransaction(
        m_db, [&] { return allocateSubnetInTransaction(request); }, false);
    if (!result.ok() && !result.error().connectionLost) {
        QJsonObject detail{{S("family"), request.filter.family},
                           {S("prefix_length"), request.prefixLength},
                           {S("pools"), cidrArray(request.filter.pools)},
                           {S("error"), result.error().message}};
        if (!request.purpose.isEmpty())
            detail.insert(S("purpose"), request.purpose);
        db::inTransaction(m_db, [&] {
            return Engine(m_db).log(QStringLiteral("ipam_allocate_subnet"), false, std::nullopt,
                                    request.owner, detail);
        });
    }
    return result;
}

Result<AddressAllocation> SubnetAllocator::allocateAddressesInTransaction(const AddressRequest &request)
{
    return Engine(m_db).allocateAddresses(request);
}

Result<AddressAllocation> SubnetAllocator::allocateAddresses(const AddressRequest &request)
{
    auto result = writeTransaction(
        m_db, [&] { return allocateAddressesInTransaction(request); }, false);
    if (!result.ok() && !result.error().connectionLost) {
        QJsonObject detail{{S("family"), request.filter.family},
                           {S("count"), request.count},
                           {S("purpose"), request.purpose},
                           {S("vlan"), request.filter.allowedVlans.isEmpty()
                                           ? QJsonValue()
                                           : QJsonValue(request.filter.allowedVlans.first())},
                           {S("pools"), cidrArray(request.filter.pools)},
                           {S("error"), result.error().message}};
        db::inTransaction(m_db, [&] {
            return Engine(m_db).log(QStringLiteral("ipam_allocate_ip"), false, std::nullopt, request.owner,
                                    detail);
        });
    }
    return result;
}

Status SubnetAllocator::releaseSubnet(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (n->status != QLatin1String("allocated"))
            return Error{Text::tr("%1 is %2, not allocated; there is nothing to release.")
                             .arg(cidr.toString(), n->status),
                         {},
                         {}};
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error{Text::tr("%1 still holds %2 IP address records; release them first.")
                             .arg(cidr.toString())
                             .arg(*count),
                         {},
                         {}};
        if (auto up = e.exec(
                QStringLiteral("UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL,"
                               " service_id = NULL, device_id = NULL WHERE id = :id"),
                {{S("id"), n->id}});
            !up)
            return up.error();
        return e.log(QStringLiteral("ipam_release_subnet"), true, n->id,
                     AllocationOwner{n->customerId, n->serviceId, n->deviceId},
                     QJsonObject{{S("cidr"), cidr.toString()}, {S("allocation_id"), n->id}});
    });
}

Status SubnetAllocator::releaseAddress(const Cidr &address)
{
    if (!address.isHost())
        return Error{Text::tr("%1 is a network, not a single address.").arg(address.toString()), {}, {}};
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(address, true); !root)
            return root.error();
        auto del =
            e.exec(QStringLiteral("DELETE FROM ip_addresses WHERE address = CAST(:a AS inet)"
                                  " RETURNING id, subnet_id, customer_id, service_id, device_id, purpose"),
                   {{S("a"), address.addressString()}});
        if (!del)
            return del.error();
        if (!del->next())
            return Error{Text::tr("The address %1 is not allocated.").arg(address.addressString()), {}, {}};
        const AllocationOwner owner{optionalId(del->value(2)), optionalId(del->value(3)),
                                    optionalId(del->value(4))};
        return e.log(QStringLiteral("ipam_release_ip"), true, del->value(1).toLongLong(), owner,
                     QJsonObject{{S("address"), address.addressString()},
                                 {S("allocation_id"), del->value(0).toLongLong()},
                                 {S("purpose"), del->value(5).toString()}});
    });
}

namespace {
// The fewest aligned blocks covering the addresses [from, to] of `family`.
QList<Cidr> blocksCovering(int family, uint128 from, uint128 to)
{
    const int width = family == 4 ? 32 : 128;
    QList<Cidr> out;
    for (int guard = 0; from <= to && guard < 2 * width + 2; ++guard) {
        int bits = 0; // host bits of the block starting at `from`
        while (bits < width && ((from >> bits) & 1) == 0 && bits < 127)
            ++bits;
        while (bits > 0 &&
               (from + ((uint128(1) << bits) - 1) > to || from + ((uint128(1) << bits) - 1) < from))
            --bits;
        out << Cidr::fromParts(family, from, width - bits);
        const uint128 next = from + (uint128(1) << bits);
        if (next == 0 || next < from)
            break; // the top of the address space
        from = next;
    }
    return out;
}
} // namespace

Result<SubnetNode> SubnetAllocator::addSubnet(const NewSubnet &subnet)
{
    if (!subnet.cidr.isValid())
        return Error{Text::tr("No subnet given."), {}, {}};
    if (Status s = Cidr::checkManaged(subnet.cidr); !s)
        return s.error();
    return writeTransaction(m_db, [&]() -> Result<SubnetNode> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(subnet.cidr); !root)
            return root.error();
        auto holder = e.container(subnet.cidr);
        if (!holder)
            return holder.error();
        qint64 id = 0;
        if (!holder->has_value()) {
            // A new root. Existing roots inside it become its children, the space between them free
            // subnets, in this transaction (as NetBox and NIPAP do): importing an address plan does not
            // depend on the order of its blocks.
            auto inner = e.exec(
                QStringLiteral(
                    "SELECT id, cidr::text FROM subnets WHERE parent_id IS NULL AND cidr << CAST(:c AS "
                    "cidr) ORDER BY cidr FOR UPDATE"),
                {{S("c"), subnet.cidr.toString()}});
            if (!inner)
                return inner.error();
            QList<qint64> adoptedIds;
            QList<Cidr> adopted;
            while (inner->next()) {
                adoptedIds << inner->value(0).toLongLong();
                adopted << Cidr::parse(inner->value(1).toString()).value();
            }
            if (!adopted.isEmpty()) {
                // The new root overlaps them until they are its children (subnets_no_sibling_overlap, 0011).
                if (Status d = db::execScript(
                        m_db, QStringLiteral("SET CONSTRAINTS subnets_no_sibling_overlap DEFERRED"));
                    !d)
                    return d.error();
            }
            auto ins = e.exec(
                QStringLiteral(
                    "INSERT INTO subnets (cidr, ip_version, allocation_status) VALUES (CAST(:c AS cidr), "
                    ":family, :status) RETURNING id"),
                {{S("c"), subnet.cidr.toString()},
                 {S("family"), subnet.cidr.family()},
                 {S("status"),
                  adopted.isEmpty() ? QStringLiteral("unallocated") : QStringLiteral("subdivided")}});
            if (!ins)
                return ins.error();
            ins->next();
            id = ins->value(0).toLongLong();
            if (!adopted.isEmpty()) {
                QStringList ids;
                for (qint64 a : std::as_const(adoptedIds))
                    ids << QString::number(a);
                if (auto moved = e.exec(QStringLiteral("UPDATE subnets SET parent_id = :p WHERE id = ANY "
                                                       "(CAST(:ids AS bigint[]))"),
                                        {{S("p"), id}, {S("ids"), u'{' + ids.join(u',') + u'}'}});
                    !moved)
                    return moved.error();
                QList<Cidr> gaps;
                uint128 cursor = subnet.cidr.network();
                bool atTop = false;
                for (const Cidr &c : std::as_const(adopted)) {
                    if (c.network() > cursor)
                        gaps << blocksCovering(c.family(), cursor, c.network() - 1);
                    atTop = c.last() == subnet.cidr.last();
                    cursor = c.last() + 1;
                }
                if (!atTop)
                    gaps << blocksCovering(subnet.cidr.family(), cursor, subnet.cidr.last());
                QJsonArray filled;
                for (const Cidr &gap : std::as_const(gaps)) {
                    auto g = e.exec(QStringLiteral("INSERT INTO subnets (cidr, ip_version, parent_id) VALUES "
                                                   "(CAST(:c AS cidr), :f, :p)"),
                                    {{S("c"), gap.toString()}, {S("f"), gap.family()}, {S("p"), id}});
                    if (!g)
                        return g.error();
                    filled.append(gap.toString());
                }
                QJsonArray children;
                for (const Cidr &c : std::as_const(adopted))
                    children.append(c.toString());
                if (Status d = db::execScript(
                        m_db, QStringLiteral("SET CONSTRAINTS subnets_no_sibling_overlap IMMEDIATE"));
                    !d)
                    return d.error();
                if (Status logged = e.log(QStringLiteral("ipam_add_covering_pool"), true, id, {},
                                          QJsonObject{{S("subnet"), subnet.cidr.toString()},
                                                      {S("adopted"), children},
                                                      {S("filled"), filled}});
                    !logged)
                    return logged.error();
            }
        } else {
            const SubnetNode d = **holder;
            if (d.cidr == subnet.cidr)
                return Error{Text::tr("The subnet %1 already exists.").arg(subnet.cidr.toString()), {}, {}};
            if (!d.isLeaf())
                return Error{Text::tr("%1 would contain existing subnets of %2; split or merge %2 instead.")
                                 .arg(subnet.cidr.toString(), d.cidr.toString()),
                             {},
                             {}};
            if (d.status == QLatin1String("allocated"))
                return Error{Text::tr("%1 lies inside %2, which is allocated; release it first.")
                                 .arg(subnet.cidr.toString(), d.cidr.toString()),
                             {},
                             {}};
            auto count = e.addressCount(d.cidr);
            if (!count)
                return count.error();
            if (*count > 0)
                return Error{Text::tr("%1 lies inside %2, which holds IP addresses and cannot be split.")
                                 .arg(subnet.cidr.toString(), d.cidr.toString()),
                             {},
                             {}};
            // Split towards the new subnet: at each level descend into the half holding it.
            SubnetNode current = d;
            while (current.cidr.prefixLength() < subnet.cidr.prefixLength()) {
                qint64 lowerId = 0;
                auto steps =
                    e.splitDown(current, current.cidr.prefixLength() + 1, lowerId, AllocationOwner{});
                if (!steps)
                    return steps.error();
                const SplitStep step = steps->constFirst();
                const Cidr next = step.lower.contains(subnet.cidr) ? step.lower : step.upper;
                auto n = e.requireNode(next);
                if (!n)
                    return n.error();
                current = *n;
            }
            id = current.id;
        }
        auto up = e.exec(
            QStringLiteral(
                "UPDATE subnets SET location_id = :location, vlan_id = :vlan, is_unavailable = :unavailable,"
                " auto_allocatable = :auto, description = :description WHERE id = :id"),
            {{S("location"), nullableId(subnet.locationId)},
             {S("vlan"), nullableId(subnet.vlanId)},
             {S("unavailable"), subnet.unavailable},
             {S("auto"), subnet.autoAllocatable},
             {S("description"), nonNull(subnet.description)},
             {S("id"), id}});
        if (!up)
            return up.error();
        return e.requireNode(subnet.cidr);
    });
}

Result<QList<SubnetNode>> SubnetAllocator::split(const Cidr &cidr, int toPrefix)
{
    return writeTransaction(m_db, [&]() -> Result<QList<SubnetNode>> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error{Text::tr("%1 is already subdivided.").arg(cidr.toString()), {}, {}};
        if (n->status == QLatin1String("allocated"))
            return Error{
                Text::tr("%1 is allocated; release it before splitting it.").arg(cidr.toString()), {}, {}};
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error{Text::tr("%1 holds %2 IP address records and cannot be split.")
                             .arg(cidr.toString())
                             .arg(*count),
                         {},
                         {}};
        auto pieces = cidr.subdivide(toPrefix);
        if (!pieces)
            return pieces.error();
        if (auto up =
                e.exec(QStringLiteral("UPDATE subnets SET allocation_status = 'subdivided' WHERE id = :id"),
                       {{S("id"), n->id}});
            !up)
            return up.error();
        auto ins = e.exec(
            QStringLiteral(
                "INSERT INTO subnets (parent_id, cidr, ip_version)"
                " SELECT :parent, CAST(p AS cidr), :family FROM unnest(string_to_array(:pieces, ',')) p"),
            {{S("parent"), n->id}, {S("family"), cidr.family()}, {S("pieces"), joinCidrs(*pieces)}});
        if (!ins)
            return ins.error();
        QJsonObject detail{
            {S("source"), cidr.toString()}, {S("prefix_length"), toPrefix}, {S("count"), pieces->size()}};
        if (pieces->size() <= 256)
            detail.insert(S("children"), cidrArray(*pieces));
        if (Status s = e.log(QStringLiteral("ipam_subnet_split"), true, n->id, AllocationOwner{}, detail); !s)
            return s.error();
        auto rows = e.exec(QStringLiteral("SELECT ") + kNodeColumns +
                               QStringLiteral(" FROM subnets s WHERE s.parent_id = :id ORDER BY s.cidr"),
                           {{S("id"), n->id}});
        if (!rows)
            return rows.error();
        QList<SubnetNode> children;
        while (rows->next())
            children << readNode(*rows);
        return children;
    });
}

Result<SubnetNode> SubnetAllocator::mergeWithSibling(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Result<SubnetNode> {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        if (auto buddy = e.lockRootOf(cidr.sibling()); !buddy)
            return buddy.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->parentId)
            return Error{
                Text::tr("%1 is a top-level pool and has no sibling to merge with.").arg(cidr.toString()),
                {},
                {}};
        const Cidr buddy = cidr.sibling();
        auto b = e.findNode(buddy);
        if (!b)
            return b.error();
        if (!b->has_value() || (*b)->parentId != n->parentId)
            return Error{
                Text::tr("%1 cannot be merged: its other half %2 is not a sibling subnet of the same size.")
                    .arg(cidr.toString(), buddy.toString()),
                {},
                {}};
        for (const SubnetNode &x : {*n, **b}) {
            if (x.status != QLatin1String("unallocated"))
                return Error{Text::tr("%1 cannot be merged: %2 is %3.")
                                 .arg(cidr.toString(), x.cidr.toString(), x.status),
                             {},
                             {}};
            if (x.isUnavailable)
                return Error{
                    Text::tr("%1 cannot be merged: %2 is parked.").arg(cidr.toString(), x.cidr.toString()),
                    {},
                    {}};
        }
        auto count = e.addressCount(cidr.parent());
        if (!count)
            return count.error();
        if (*count > 0)
            return Error{Text::tr("%1 cannot be merged: %2 holds IP address records.")
                             .arg(cidr.toString(), cidr.parent().toString()),
                         {},
                         {}};
        QList<MergeStep> steps;
        auto id = e.collapse(cidr.parent(), steps, AllocationOwner{});
        if (!id)
            return id.error();
        return e.requireNode(cidr.parent());
    });
}

Status SubnetAllocator::setUnavailable(const Cidr &cidr, bool unavailable)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (auto up = e.exec(QStringLiteral("UPDATE subnets SET is_unavailable = :u WHERE id = :id"),
                             {{S("u"), unavailable}, {S("id"), n->id}});
            !up)
            return up.error();
        return e.log(unavailable ? QStringLiteral("ipam_subnet_park") : QStringLiteral("ipam_subnet_unpark"),
                     true, n->id, AllocationOwner{}, QJsonObject{{S("cidr"), cidr.toString()}});
    });
}

Status SubnetAllocator::setAddressUnavailable(const Cidr &address, bool unavailable)
{
    if (!address.isHost())
        return Error{Text::tr("%1 is a network, not a single address.").arg(address.toString()), {}, {}};
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(address, true); !root)
            return root.error();
        auto existing =
            e.exec(QStringLiteral(
                       "SELECT id, purpose, customer_id IS NULL AND service_id IS NULL AND device_id IS NULL"
                       " FROM ip_addresses WHERE address = CAST(:a AS inet)"),
                   {{S("a"), address.addressString()}});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            const qint64 id = existing->value(0).toLongLong();
            const bool parkOnly =
                existing->value(1).toString() == QLatin1String("reserved") && existing->value(2).toBool();
            if (!unavailable && parkOnly) {
                if (auto del =
                        e.exec(QStringLiteral("DELETE FROM ip_addresses WHERE id = :id"), {{S("id"), id}});
                    !del)
                    return del.error();
            } else if (auto up = e.exec(
                           QStringLiteral("UPDATE ip_addresses SET is_unavailable = :u WHERE id = :id"),
                           {{S("u"), unavailable}, {S("id"), id}});
                       !up) {
                return up.error();
            }
            return {};
        }
        if (!unavailable)
            return Error{Text::tr("The address %1 is not parked.").arg(address.addressString()), {}, {}};
        auto holder = e.container(address);
        if (!holder)
            return holder.error();
        if (!holder->has_value())
            return Error{
                Text::tr("The address %1 lies in no known subnet.").arg(address.addressString()), {}, {}};
        auto ins =
            e.exec(QStringLiteral("INSERT INTO ip_addresses (subnet_id, address, purpose, is_unavailable)"
                                  " VALUES (:s, CAST(:a AS inet), 'reserved', true)"),
                   {{S("s"), (*holder)->id}, {S("a"), address.addressString()}});
        if (!ins)
            return ins.error();
        return {};
    });
}

Status SubnetAllocator::assignCustomer(const Cidr &cidr, std::optional<qint64> customerId)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error{
                Text::tr("%1 is subdivided; assign one of its subnets instead.").arg(cidr.toString()),
                {},
                {}};
        if (customerId) {
            if (n->status == QLatin1String("allocated") && n->customerId != customerId)
                return Error{Text::tr("%1 is already allocated to another customer; release it first.")
                                 .arg(cidr.toString()),
                             {},
                             {}};
            auto up = e.exec(
                QStringLiteral(
                    "UPDATE subnets SET allocation_status = 'allocated', customer_id = :c WHERE id = :id"),
                {{S("c"), *customerId}, {S("id"), n->id}});
            if (!up)
                return up.error();
            return e.log(QStringLiteral("ipam_assign_customer"), true, n->id,
                         AllocationOwner{customerId, {}, {}},
                         QJsonObject{{S("cidr"), cidr.toString()}, {S("customer_id"), *customerId}});
        }
        if (n->status != QLatin1String("allocated"))
            return Error{Text::tr("%1 is not assigned to anyone.").arg(cidr.toString()), {}, {}};
        auto up = e.exec(
            QStringLiteral(
                "UPDATE subnets SET allocation_status = 'unallocated', customer_id = NULL, service_id = NULL,"
                " device_id = NULL WHERE id = :id"),
            {{S("id"), n->id}});
        if (!up)
            return up.error();
        return e.log(QStringLiteral("ipam_unassign_customer"), true, n->id,
                     AllocationOwner{n->customerId, n->serviceId, n->deviceId},
                     QJsonObject{{S("cidr"), cidr.toString()}});
    });
}

Result<TreeRepair> SubnetAllocator::repairTree()
{
    return writeTransaction(m_db, [&]() -> Result<TreeRepair> {
        Engine e(m_db);
        for (int family : {4, 6}) {
            if (Status locked = e.lockRoots(family); !locked)
                return locked.error();
        }
        auto broken = e.exec(QStringLiteral(
            "SELECT p.id, p.cidr::text, t.children FROM subnets p CROSS JOIN LATERAL subnet_tiling(p.id) t "
            "WHERE p.allocation_status = 'subdivided' AND t.covered <> t.size ORDER BY p.cidr"));
        if (!broken)
            return broken.error();
        struct Broken
        {
            qint64 id;
            Cidr cidr;
            qint64 children;
        };
        QList<Broken> parents;
        while (broken->next())
            parents << Broken{broken->value(0).toLongLong(), Cidr::parse(broken->value(1).toString()).value(),
                              broken->value(2).toLongLong()};
        TreeRepair repair;
        for (const Broken &p : std::as_const(parents)) {
            QJsonArray added;
            if (p.children == 0) {
                if (auto q = e.exec(
                        QStringLiteral("UPDATE subnets SET allocation_status = 'unallocated' WHERE id = "
                                       ":id"),
                        {{S("id"), p.id}});
                    !q)
                    return q.error();
                repair.emptied << p.cidr;
            } else {
                auto children = e.exec(
                    QStringLiteral("SELECT cidr::text FROM subnets WHERE parent_id = :id ORDER BY cidr"),
                    {{S("id"), p.id}});
                if (!children)
                    return children.error();
                QList<Cidr> gaps;
                uint128 cursor = p.cidr.network();
                bool atTop = false;
                while (children->next()) {
                    const Cidr c = Cidr::parse(children->value(0).toString()).value();
                    if (!atTop && c.network() > cursor)
                        gaps << blocksCovering(p.cidr.family(), cursor, c.network() - 1);
                    atTop = c.last() == p.cidr.last();
                    cursor = c.last() + 1;
                }
                if (!atTop)
                    gaps << blocksCovering(p.cidr.family(), cursor, p.cidr.last());
                for (const Cidr &gap : std::as_const(gaps)) {
                    auto ins = e.exec(QStringLiteral("INSERT INTO subnets (cidr, ip_version, parent_id) "
                                                     "VALUES (CAST(:c AS cidr), :f, :p)"),
                                      {{S("c"), gap.toString()}, {S("f"), gap.family()}, {S("p"), p.id}});
                    if (!ins)
                        return ins.error();
                    added.append(gap.toString());
                    repair.filled << gap;
                }
            }
            if (Status logged = e.log(QStringLiteral("ipam_repair"), true, p.id, {},
                                      QJsonObject{{S("subnet"), p.cidr.toString()},
                                                  {S("filled"), added},
                                                  {S("emptied"), p.children == 0}});
                !logged)
                return logged.error();
        }
        return repair;
    });
}

Status SubnetAllocator::deleteLeaf(const Cidr &cidr)
{
    return writeTransaction(m_db, [&]() -> Status {
        Engine e(m_db);
        if (auto root = e.lockRootOf(cidr); !root)
            return root.error();
        auto n = e.requireNode(cidr);
        if (!n)
            return n.error();
        if (!n->isLeaf())
            return Error{
                Text::tr("%1 is subdivided; only an empty leaf can be deleted.").arg(cidr.toString()),
                {},
                {}};
        if (n->status == QLatin1String("allocated"))
            return Error{
                Text::tr("%1 is allocated; release it before deleting it.").arg(cidr.toString()), {}, {}};
        if (n->parentId)
            return Error{
                Text::tr("%1 is part of a larger subnet; merge it with its sibling instead of deleting it.")
                    .arg(cidr.toString()),
                {},
                {}};
        auto count = e.addressCount(cidr);
        if (!count)
            return count.error();
        if (*count > 0)
            return Error{Text::tr("%1 holds %2 IP address records; release them first.")
                             .arg(cidr.toString())
                             .arg(*count),
                         {},
                         {}};
        if (auto del = e.exec(QStringLiteral("DELETE FROM subnets WHERE id = :id"), {{S("id"), n->id}}); !del)
            return del.error();
        return e.log(QStringLiteral("ipam_subnet_delete"), true, std::nullopt, AllocationOwner{},
                     QJsonObject{{S("cidr"), cidr.toString()}});
    });
}

Result<IpamFulfilment> SubnetAllocator::fulfilService(qint64 serviceId)
{
    QString failedEvent = QStringLiteral("ipam_allocate_ip");
    AllocationOwner owner{{}, serviceId, {}};
    auto result = writeTransaction(m_db, [&]() -> Result<IpamFulfilment> {
        Engine e(m_db);
        auto q = e.exec(
            QStringLiteral("SELECT s.customer_id, s.device_id, p.ipam_config::text, p.name FROM services s"
                           " JOIN products p ON p.id = s.product_id WHERE s.id = :id FOR UPDATE OF s"),
            {{S("id"), serviceId}});
        if (!q)
            return q.error();
        if (!q->next())
            return Error{Text::tr("There is no service with id %1.").arg(serviceId), {}, {}};
        owner = AllocationOwner{q->value(0).toLongLong(), serviceId, optionalId(q->value(1))};
        auto config = IpamConfig::fromJson(q->value(2).toString().toUtf8());
        if (!config)
            return Error{Text::tr("The product \"%1\" has an invalid IPAM configuration: %2")
                             .arg(q->value(3).toString(), config.error().message),
                         {},
                         {}};
        IpamFulfilment done;
        if (!config->enabled)
            return done;
        for (const IpamRule &rule : std::as_const(config->rules)) {
            PoolFilter filter{rule.family, std::nullopt, rule.allowedVlans, rule.pools};
            if (rule.type == IpamRule::Type::Subnet) {
                failedEvent = QStringLiteral("ipam_allocate_subnet");
                for (int i = 0; i < rule.count; ++i) {
                    SubnetRequest r{filter, rule.prefixLength, owner, rule.purpose, {}};
                    auto a = e.allocateSubnet(r);
                    if (!a)
                        return a.error();
                    done.subnets << *a;
                }
            } else {
                failedEvent = QStringLiteral("ipam_allocate_ip");
                AddressRequest r;
                r.filter = filter;
                r.count = rule.count;
                r.pick = rule.pick;
                r.owner = owner;
                r.purpose = rule.purpose;
                auto a = e.allocateAddresses(r);
                if (!a)
                    return a.error();
                done.addresses << a->addresses;
            }
        }
        return done;
    });
    if (!result.ok() && !result.error().connectionLost) {
        db::inTransaction(m_db, [&] {
            return Engine(m_db).log(
                failedEvent, false, std::nullopt, owner,
                QJsonObject{{S("service_id"), serviceId}, {S("error"), result.error().message}});
        });
    }
    return result;
}

namespace {
// Releases everything a service or a device owns (management addresses stay) and logs `event`,
// in one transaction over both families' trees.
Result<IpamRelease> releaseOwned(QSqlDatabase &db, const QString &column, qint64 id, const QString &event,
                                 const AllocationOwner &owner)
{
    return writeTransaction(db, [&]() -> Result<IpamRelease> {
        Engine e(db);
        if (Status s = e.lockRoots(4); !s)
            return s.error();
        if (Status s = e.lockRoots(6); !s)
            return s.error();
        IpamRelease released;
        if (Status s = e.releaseServiceOrDevice(column, id, released, true); !s)
            return s.error();
        if (Status s = e.log(event, true, std::nullopt, owner,
                             QJsonObject{{S("subnets"), cidrArray(released.subnets)},
                                         {S("addresses"), cidrArray(released.addresses, true)}});
            !s)
            return s.error();
        return released;
    });
}
} // namespace

Result<IpamRelease> SubnetAllocator::wipeDevice(qint64 deviceId)
{
    return releaseOwned(m_db, QStringLiteral("device_id"), deviceId, QStringLiteral("ipam_wipe_device"),
                        AllocationOwner{{}, {}, deviceId});
}

Result<IpamRelease> SubnetAllocator::releaseService(qint64 serviceId)
{
    return releaseOwned(m_db, QStringLiteral("service_id"), serviceId,
                        QStringLiteral("ipam_release_on_cancel"), AllocationOwner{{}, serviceId, {}});
}

Result<SubnetNode> SubnetAllocator::node(const Cidr &cidr)
{
    return Engine(m_db).requireNode(cidr);
}

} // namespace hostdeck
